// The class server's HTTP API as the teacher's page calls it, with the class's key in a header.
// Every answer is checked against the protocol's schemas; a refusal comes back in the server's own
// words (both languages), a silence as 'unreachable'.
import * as v from 'valibot';
import {
  CLASS_PROTOCOL,
  CLASS_PROTOCOL_HEADER,
  ClassCreatedSchema,
  ClassViewSchema,
  ErrorResponseSchema,
  type Bilingual,
  type ClassCreated,
  type ClassView,
  type CreateClass,
} from '../../class/protocol';

/** A refusal carries the server's key (`client.outdated`: this page is too old for the server) and its words. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: Bilingual | 'unreachable'; key?: string };

async function call<T>(server: string, path: string, init: RequestInit, read: (res: Response) => Promise<ApiResult<T>>): Promise<ApiResult<T>> {
  let res: Response;
  try {
    // Every call says which version of the contract this page speaks (protocol.ts).
    res = await fetch(`${server}/api${path}`, { ...init, headers: { ...(init.headers as Record<string, string> | undefined), [CLASS_PROTOCOL_HEADER]: String(CLASS_PROTOCOL) } });
  } catch {
    return { ok: false, error: 'unreachable' };
  }
  if (!res.ok) {
    try {
      const body = v.safeParse(ErrorResponseSchema, await res.json());
      return body.success ? { ok: false, error: body.output.error.message, key: body.output.error.key } : { ok: false, error: 'unreachable' };
    } catch {
      return { ok: false, error: 'unreachable' };
    }
  }
  return read(res);
}

const json =
  <S extends v.GenericSchema>(schema: S) =>
  async (res: Response): Promise<ApiResult<v.InferOutput<S>>> => {
    try {
      const r = v.safeParse(schema, await res.json());
      return r.success ? { ok: true, value: r.output } : { ok: false, error: 'unreachable' };
    } catch {
      return { ok: false, error: 'unreachable' };
    }
  };

const auth = (key: string) => ({ authorization: `Bearer ${key}` });
const nothing = async (): Promise<ApiResult<null>> => ({ ok: true, value: null });

export function createClass(server: string, body: CreateClass): Promise<ApiResult<ClassCreated>> {
  return call(server, '/classes', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }, json(ClassCreatedSchema));
}

export function getClass(server: string, classId: string, key: string): Promise<ApiResult<ClassView>> {
  return call(server, `/classes/${encodeURIComponent(classId)}`, { headers: auth(key) }, json(ClassViewSchema));
}

export function startClock(server: string, classId: string, key: string): Promise<ApiResult<null>> {
  return call(server, `/classes/${encodeURIComponent(classId)}/start`, { method: 'POST', headers: auth(key) }, nothing);
}

export function endClass(server: string, classId: string, key: string): Promise<ApiResult<null>> {
  return call(server, `/classes/${encodeURIComponent(classId)}/end`, { method: 'POST', headers: auth(key) }, nothing);
}

export function deleteClass(server: string, classId: string, key: string): Promise<ApiResult<null>> {
  return call(server, `/classes/${encodeURIComponent(classId)}`, { method: 'DELETE', headers: auth(key) }, nothing);
}

export function exportCsv(server: string, classId: string, key: string, lang: string): Promise<ApiResult<string>> {
  return call(server, `/classes/${encodeURIComponent(classId)}/export.csv?lang=${lang}`, { headers: auth(key) }, async (res) => ({ ok: true, value: await res.text() }));
}
