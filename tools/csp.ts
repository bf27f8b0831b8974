// The pages' Content-Security-Policy, in one place. vite.config.ts writes it into both pages
// (index.html, teacher.html) as a <meta http-equiv="Content-Security-Policy">, and sends it as a
// header from `vite preview` and, with the dev server's allowances, from `npm start`; the browser
// tests read it from here to check the built pages.
//
// Why a <meta>: the pages are static files for any host, and after one visit they load from the
// service worker with no host at all; a <meta> goes wherever the file goes. What a <meta> policy
// cannot do (the browser ignores these directives there): frame-ancestors (who may frame the page),
// report-uri / report-to (where violations are reported) and sandbox. It does not govern the
// service worker or the teacher's Web Worker either, which take their policy from their own
// response's headers. A host that can send headers should send HEADER_POLICY (vite preview does).
//
// What the built pages need, and nothing more:
//   script-src  'self'         Vite's <script type="module" src> and modulepreload links, the lazy
//                              chunks (scenes, qrcode, jsQR), public/registerSW.js (a deferred
//                              external script). No inline script, no eval or new Function.
//   style-src   'self'         the built CSS is a <link>; styles set from code go through the CSSOM
//                              (el.style...), which CSP does not restrict. No style attributes in
//                              markup and no <style> elements.
//   img-src     'self' data: blob:   icons and backdrops (files); Phaser decodes each SVG from an
//                              object URL (blob:) and makes its built-in textures from data: URIs;
//                              the debrief's QR code is a data: SVG.
//   font-src    'self'         the @fontsource files.
//   connect-src 'self'         Phaser's loader fetches the SVGs; the service worker's precache.
//   worker-src  'self'         the service worker (sw.js) and the teacher's verifying Web Worker.
//   manifest-src 'self'        manifest.webmanifest.
//   base-uri, form-action 'none', and everything else 'none' (default-src): no <base>, no forms
//   posted anywhere, no plugins, frames or media by URL. The camera's video element takes its
//   MediaStream as srcObject, which no directive governs; downloads are <a download href="blob:">,
//   a download rather than a navigation, which no directive governs either.

/**
 * Other origins the pages may connect to (connect-src only; never scripts, styles or images): the
 * class servers of a build that is served apart from its class server, named when building with
 * CLASS_SERVER_ORIGINS=https://class.example.org[,https://…] (scheme, host and port only; no path,
 * no wildcard). Empty by default: `npm start`, `vite preview` and the compose file put the class
 * server behind the game's own origin (the path /class-server/, proxied), which 'self' allows.
 */
export const CLASS_SERVER_ORIGINS: readonly string[] = (process.env.CLASS_SERVER_ORIGINS ?? '')
  .split(',')
  .map((o) => o.trim())
  .filter((o) => o.length > 0);

export type Directives = Record<string, readonly string[]>;

/** The built pages' policy, as directives. */
export function buildDirectives(classServers: readonly string[] = CLASS_SERVER_ORIGINS): Directives {
  for (const o of classServers) {
    if (!/^https:\/\/[a-z0-9.-]+(:\d+)?$/i.test(o)) throw new Error(`csp: a class server must be an https origin, not ${JSON.stringify(o)}`);
  }
  return {
    'default-src': ["'none'"],
    'script-src': ["'self'"],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...classServers],
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
  };
}

/**
 * The dev server's policy (`npm start`): the build's, plus what Vite's dev client needs. It injects
 * every CSS import as a <style> element ('unsafe-inline' styles) and talks to the server over a
 * websocket for hot reloading (ws:, wss:: 'self' alone does not match a websocket in every
 * browser). Scripts stay strict: no inline script, no eval, in dev too.
 */
export function devDirectives(): Directives {
  const d = buildDirectives();
  return { ...d, 'style-src': [...d['style-src']!, "'unsafe-inline'"], 'connect-src': [...d['connect-src']!, 'ws:', 'wss:'] };
}

export function serialize(d: Directives): string {
  return Object.entries(d)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ');
}

/** The policy in both built pages' <meta>. */
export const BUILD_POLICY = serialize(buildDirectives());
/** The dev server's policy, in its pages' <meta> and headers. */
export const DEV_POLICY = serialize(devDirectives());
/**
 * As a header (vite preview; what a host should send): the same, plus what only a header can say.
 * frame-ancestors 'none': no other site may show the pages in a frame.
 */
export const HEADER_POLICY = `${BUILD_POLICY}; frame-ancestors 'none'`;
export const DEV_HEADER_POLICY = `${DEV_POLICY}; frame-ancestors 'none'`;

/** Parses a policy string back into directives (for the tests). */
export function parsePolicy(policy: string): Directives {
  const out: Record<string, string[]> = {};
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out[name.toLowerCase()] = values;
  }
  return out;
}
