// The class table as a spreadsheet: one row per student, in the teacher's language (the format of
// the code-based classroom's CSV: in Indonesian, `;` between cells and decimal commas).
import type { StudentRow } from '../src/class/protocol';
import type { Cell } from '../src/classroom/csv';
import { ENGINE_VERSION, type Lang } from '../src/engine';

const HEAD: Record<Lang, string[]> = {
  en: ['Student', 'Joined', 'Stage', 'Score', 'Finished', 'Unfinished (time up)', 'How the day ended', 'Moves', 'Asks', 'Minutes played', 'Ranking', 'Goals', 'Justification', 'Result code', 'Engine version'],
  id: ['Siswa', 'Bergabung', 'Tahap', 'Skor', 'Selesai', 'Belum selesai (waktu habis)', 'Cara hari berakhir', 'Langkah', 'Pertanyaan', 'Menit bermain', 'Peringkat', 'Tujuan', 'Alasan', 'Kode hasil', 'Versi mesin permainan'],
};
const YES: Record<Lang, [string, string]> = { en: ['yes', 'no'], id: ['ya', 'tidak'] };

export function csvOfRows(rows: readonly StudentRow[], lang: Lang): Cell[][] {
  const yn = (b: boolean) => YES[lang][b ? 0 : 1];
  return [
    HEAD[lang],
    ...rows.map((r) => [
      r.label,
      yn(r.joined),
      // A game of a version this server does not read has no stage to tell.
      r.engine?.rules === 'unknown' ? null : r.phase,
      r.score,
      yn(r.finished),
      yn(r.unfinished),
      r.ending,
      r.moves,
      r.asks,
      r.minutesPlayed,
      r.ranking?.join(' > ') ?? null,
      r.goals.map((g) => `${g.goal}: ${g.status}`).join(', '),
      r.justification,
      r.resultCode,
      // The rules the game was played under: a game begun on an earlier version keeps its own (README, "After a change of the rules").
      r.joined ? (r.engine?.version ?? ENGINE_VERSION) : null,
    ]),
  ];
}
