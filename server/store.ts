// Every query of the class server, in plain SQL (the same on PGlite and PostgreSQL: db/db.ts).
import type { Db, Queryable } from './db/db';

export interface ClassRecord {
  id: string;
  code: string;
  teacherKeyHash: string;
  title: string;
  scenario: string;
  lang: 'en' | 'id';
  minutes: number;
  difficulty: 'open' | 'standard' | 'hard';
  roster: string[];
  createdAt: Date;
  keepUntil: Date;
  endsAt: Date | null;
  endedAt: Date | null;
}

export interface StudentRecord {
  id: string;
  classId: string;
  name: string;
  tokenHash: string;
  rejoinCode: string;
  seed: string;
  engineVersion: number;
  scenarioHash: string;
  joinedAt: Date;
}

export interface StoredMove {
  n: number;
  move: unknown;
  at: Date;
}

export interface HandIn {
  justification: string | null;
  unfinished: boolean;
  at: Date;
}

const asDate = (x: unknown): Date => (x instanceof Date ? x : new Date(String(x)));
const asDateOrNull = (x: unknown): Date | null => (x === null || x === undefined ? null : asDate(x));
const asJson = (x: unknown): unknown => (typeof x === 'string' ? JSON.parse(x) : x);

type Row = Record<string, unknown>;
function classOf(r: Row): ClassRecord {
  return {
    id: String(r.id),
    code: String(r.code),
    teacherKeyHash: String(r.teacher_key_hash),
    title: String(r.title),
    scenario: String(r.scenario),
    lang: r.lang as ClassRecord['lang'],
    minutes: Number(r.minutes),
    difficulty: r.difficulty as ClassRecord['difficulty'],
    roster: asJson(r.roster) as string[],
    createdAt: asDate(r.created_at),
    keepUntil: asDate(r.keep_until),
    endsAt: asDateOrNull(r.ends_at),
    endedAt: asDateOrNull(r.ended_at),
  };
}
function studentOf(r: Row): StudentRecord {
  return {
    id: String(r.id),
    classId: String(r.class_id),
    name: String(r.name),
    tokenHash: String(r.token_hash),
    rejoinCode: String(r.rejoin_code),
    seed: String(r.seed),
    engineVersion: Number(r.engine_version),
    scenarioHash: String(r.scenario_hash),
    joinedAt: asDate(r.joined_at),
  };
}

export class Store {
  constructor(readonly db: Db) {}

  async createClass(c: Omit<ClassRecord, 'createdAt' | 'endsAt' | 'endedAt'>, q: Queryable = this.db): Promise<ClassRecord> {
    const { rows } = await q.query(
      `INSERT INTO classes (id, code, teacher_key_hash, title, scenario, lang, minutes, difficulty, roster, keep_until)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10) RETURNING *`,
      [c.id, c.code, c.teacherKeyHash, c.title, c.scenario, c.lang, c.minutes, c.difficulty, JSON.stringify(c.roster), c.keepUntil.toISOString()],
    );
    return classOf(rows[0]!);
  }

  async classById(id: string): Promise<ClassRecord | null> {
    const { rows } = await this.db.query('SELECT * FROM classes WHERE id = $1', [id]);
    return rows[0] ? classOf(rows[0]) : null;
  }

  async classByCode(code: string): Promise<ClassRecord | null> {
    const { rows } = await this.db.query('SELECT * FROM classes WHERE code = $1', [code]);
    return rows[0] ? classOf(rows[0]) : null;
  }

  async codeTaken(code: string): Promise<boolean> {
    return (await this.db.query('SELECT 1 FROM classes WHERE code = $1', [code])).rows.length > 0;
  }

  async addToRoster(id: string, names: string[]): Promise<ClassRecord | null> {
    const { rows } = await this.db.query(`UPDATE classes SET roster = roster || $2::jsonb WHERE id = $1 RETURNING *`, [id, JSON.stringify(names)]);
    return rows[0] ? classOf(rows[0]) : null;
  }

  async setTimes(id: string, times: { endsAt?: Date | null; endedAt?: Date | null }): Promise<ClassRecord | null> {
    const { rows } = await this.db.query(
      `UPDATE classes SET ends_at = CASE WHEN $2 THEN $3::timestamptz ELSE ends_at END,
                          ended_at = CASE WHEN $4 THEN $5::timestamptz ELSE ended_at END
       WHERE id = $1 RETURNING *`,
      [id, 'endsAt' in times, times.endsAt?.toISOString() ?? null, 'endedAt' in times, times.endedAt?.toISOString() ?? null],
    );
    return rows[0] ? classOf(rows[0]) : null;
  }

  /** Time is up: ended_at set once (the first end counts). */
  async endClass(id: string, at: Date): Promise<ClassRecord | null> {
    const { rows } = await this.db.query('UPDATE classes SET ended_at = COALESCE(ended_at, $2::timestamptz) WHERE id = $1 RETURNING *', [id, at.toISOString()]);
    return rows[0] ? classOf(rows[0]) : null;
  }

  async deleteClass(id: string): Promise<boolean> {
    return (await this.db.query('DELETE FROM classes WHERE id = $1 RETURNING id', [id])).rows.length > 0;
  }

  /** Retention: every class whose keep-until date has passed, with all it holds. Returns how many. */
  async sweep(now: Date): Promise<number> {
    return (await this.db.query('DELETE FROM classes WHERE keep_until < $1 RETURNING id', [now.toISOString()])).rows.length;
  }

  async addStudent(s: Omit<StudentRecord, 'joinedAt'>): Promise<StudentRecord> {
    const { rows } = await this.db.query(
      `INSERT INTO students (id, class_id, name, token_hash, rejoin_code, seed, engine_version, scenario_hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *`,
      [s.id, s.classId, s.name, s.tokenHash, s.rejoinCode, s.seed, s.engineVersion, s.scenarioHash],
    );
    return studentOf(rows[0]!);
  }

  async students(classId: string): Promise<StudentRecord[]> {
    const { rows } = await this.db.query('SELECT * FROM students WHERE class_id = $1 ORDER BY joined_at, id', [classId]);
    return rows.map(studentOf);
  }

  async studentCount(classId: string): Promise<number> {
    const { rows } = await this.db.query<{ n: number | string }>('SELECT count(*) AS n FROM students WHERE class_id = $1', [classId]);
    return Number(rows[0]!.n);
  }

  async studentByToken(classId: string, tokenHash: string): Promise<StudentRecord | null> {
    const { rows } = await this.db.query('SELECT * FROM students WHERE class_id = $1 AND token_hash = $2', [classId, tokenHash]);
    return rows[0] ? studentOf(rows[0]) : null;
  }

  async studentByRejoin(classId: string, code: string): Promise<StudentRecord | null> {
    const { rows } = await this.db.query('SELECT * FROM students WHERE class_id = $1 AND rejoin_code = $2', [classId, code]);
    return rows[0] ? studentOf(rows[0]) : null;
  }

  /** A new token for a student who came back with their rejoin code (on another device): the old one stops working. */
  async newToken(studentId: string, tokenHash: string): Promise<void> {
    await this.db.query('UPDATE students SET token_hash = $2 WHERE id = $1', [studentId, tokenHash]);
  }

  /** Every stored move of the class's students, by student, in order. */
  async movesOfClass(classId: string): Promise<Map<string, StoredMove[]>> {
    const { rows } = await this.db.query(
      'SELECT m.student_id, m.n, m.move, m.at FROM game_moves m JOIN students s ON s.id = m.student_id WHERE s.class_id = $1 ORDER BY m.student_id, m.n',
      [classId],
    );
    const out = new Map<string, StoredMove[]>();
    for (const r of rows) {
      const id = String(r.student_id);
      if (!out.has(id)) out.set(id, []);
      out.get(id)!.push({ n: Number(r.n), move: asJson(r.move), at: asDate(r.at) });
    }
    return out;
  }

  async moves(studentId: string): Promise<StoredMove[]> {
    const { rows } = await this.db.query('SELECT n, move, at FROM game_moves WHERE student_id = $1 ORDER BY n', [studentId]);
    return rows.map((r) => ({ n: Number(r.n), move: asJson(r.move), at: asDate(r.at) }));
  }

  /**
   * Store move n; false when that number is already stored (nothing changes then). The moves that
   * arrive in one turn of the event loop, and those that come while a write is under way, go
   * together in the next write (one statement, one commit): under load the database's cost is per
   * statement, not per row (PGlite: a few ms a statement, a tenth of that a row), so a busy server
   * writes dozens of moves for the price of one, and an idle one writes each move at once.
   */
  addMove(studentId: string, n: number, move: unknown, at: Date): Promise<boolean> {
    return new Promise((resolve, reject) => {
      this.pendingMoves.push({ studentId, n, move: JSON.stringify(move), at: at.toISOString(), resolve, reject });
      if (!this.writing && !this.writeSoon) {
        this.writeSoon = true;
        setImmediate(() => {
          this.writeSoon = false;
          void this.writeMoves();
        });
      }
    });
  }

  private pendingMoves: { studentId: string; n: number; move: string; at: string; resolve: (stored: boolean) => void; reject: (e: unknown) => void }[] = [];
  private writing = false;
  private writeSoon = false;

  private async writeMoves(): Promise<void> {
    if (this.writing) return;
    this.writing = true;
    try {
      while (this.pendingMoves.length > 0) {
        const batch = this.pendingMoves.splice(0, 500);
        try {
          // One statement whatever the number of moves (its text never changes): arrays of the columns, unnested.
          const { rows } = await this.db.query<{ student_id: string; n: number }>(
            `INSERT INTO game_moves (student_id, n, move, at)
             SELECT * FROM unnest($1::uuid[], $2::int[], $3::jsonb[], $4::timestamptz[])
             ON CONFLICT (student_id, n) DO NOTHING RETURNING student_id, n`,
            [batch.map((m) => m.studentId), batch.map((m) => m.n), batch.map((m) => m.move), batch.map((m) => m.at)],
          );
          const stored = new Set(rows.map((r) => `${r.student_id}/${r.n}`));
          for (const m of batch) m.resolve(stored.has(`${m.studentId}/${m.n}`));
        } catch (e) {
          for (const m of batch) m.reject(e);
        }
      }
    } finally {
      this.writing = false;
    }
  }

  async handInsOfClass(classId: string): Promise<Map<string, HandIn>> {
    const { rows } = await this.db.query('SELECT h.* FROM hand_ins h JOIN students s ON s.id = h.student_id WHERE s.class_id = $1', [classId]);
    return new Map(rows.map((r) => [String(r.student_id), { justification: (r.justification as string | null) ?? null, unfinished: Boolean(r.unfinished), at: asDate(r.at) }]));
  }

  /** Hand in once: false when this student has handed in already (the first hand-in stands). */
  async handIn(studentId: string, h: HandIn): Promise<boolean> {
    const { rows } = await this.db.query(
      'INSERT INTO hand_ins (student_id, justification, unfinished, at) VALUES ($1, $2, $3, $4) ON CONFLICT (student_id) DO NOTHING RETURNING student_id',
      [studentId, h.justification, h.unfinished, h.at.toISOString()],
    );
    return rows.length > 0;
  }
}
