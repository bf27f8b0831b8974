// What the server says to people, in both languages of the game: its own refusals (below) and the
// engine's reasons for refusing a move (the scenario's and the game's catalogues, through the game's
// one formatter).
import engineEn from '../src/content/engine.en.json';
import engineId from '../src/content/engine.id.json';
import uiEn from '../src/content/ui.en.json';
import uiId from '../src/content/ui.id.json';
import type { Bilingual, ErrorBody, ErrorKey } from '../src/class/protocol';
import type { Message, ScenarioBundle } from '../src/engine';
import { format } from '../src/shell/text';

const SAID: Record<ErrorKey | 'time.up', Bilingual> = {
  'class.unknown': { en: 'There is no class with this code or link. Check it with your teacher.', id: 'Tidak ada kelas dengan kode atau tautan ini. Periksa dengan gurumu.' },
  'class.deleted': { en: 'This class has been deleted.', id: 'Kelas ini sudah dihapus.' },
  'class.full': { en: 'This class is full.', id: 'Kelas ini sudah penuh.' },
  'teacher.key-wrong': { en: "This teacher's link is not the class's: its key is wrong.", id: 'Tautan guru ini bukan milik kelas ini: kuncinya salah.' },
  'student.unknown': { en: 'This rejoin code or saved game is not known in this class. Join with your name.', id: 'Kode gabung ulang atau permainan tersimpan ini tidak dikenal di kelas ini. Bergabunglah dengan namamu.' },
  'input.bad': { en: 'The server could not read this request. Nothing was changed.', id: 'Server tidak dapat membaca permintaan ini. Tidak ada yang diubah.' },
  'rate.limited': { en: 'Too many messages at once: wait a moment. Nothing was changed.', id: 'Terlalu banyak pesan sekaligus: tunggu sebentar. Tidak ada yang diubah.' },
  'move.illegal': { en: 'This move is not allowed now.', id: 'Langkah ini tidak diizinkan sekarang.' },
  'move.gap': { en: 'A move is missing before this one: the game sends it again.', id: 'Ada langkah yang hilang sebelum ini: permainan mengirimnya lagi.' },
  'game.not-over': { en: 'Finish the day before handing in.', id: 'Selesaikan hari ini sebelum menyerahkan.' },
  'game.handed-in': { en: 'This game has been handed in already.', id: 'Permainan ini sudah diserahkan.' },
  'game.earlier-version': {
    en: 'This game was begun on an earlier version of the game, whose rules have changed since: it cannot be played on. Its score stays as it was, and it can be handed in as it is.',
    id: 'Permainan ini dimulai pada versi permainan yang lebih lama, yang aturannya sudah berubah sejak itu: permainan ini tidak dapat dilanjutkan. Skornya tetap seperti semula, dan permainan ini dapat diserahkan apa adanya.',
  },
  'game.unknown-version': {
    en: 'This game was begun on a newer version of the game than this class server runs: it cannot be played or handed in here. Nothing is lost; tell your teacher.',
    id: 'Permainan ini dimulai pada versi permainan yang lebih baru daripada yang dijalankan server kelas ini: permainan ini tidak dapat dilanjutkan atau diserahkan di sini. Tidak ada yang hilang; beri tahu gurumu.',
  },
  'scenario.unknown': { en: 'This server does not know that scenario.', id: 'Server ini tidak mengenal skenario itu.' },
  'server.error': { en: 'The class server had a problem. Nothing was changed; try again.', id: 'Server kelas mengalami masalah. Tidak ada yang diubah; coba lagi.' },
  // Read by a page older than the server (often one kept offline by its service worker), which cannot
  // update itself while it is open: what to do, and that nothing is lost.
  'client.outdated': {
    en: 'This page is an earlier version of the game than the class server runs, and cannot show this class. Close every tab of the game and open this page again to get the new version. Nothing is lost: the class and its games are kept on the server (keep the class in this list).',
    id: 'Halaman ini adalah versi permainan yang lebih lama daripada yang dijalankan server kelas, dan tidak dapat menampilkan kelas ini. Tutup semua tab permainan lalu buka halaman ini lagi untuk mendapatkan versi baru. Tidak ada yang hilang: kelas dan permainannya tersimpan di server (biarkan kelas ini di daftar).',
  },
  'time.up': { en: 'Time is up: the day ends now. Hand in your game.', id: 'Waktu habis: hari ini berakhir sekarang. Serahkan permainanmu.' },
};

export const said = (key: ErrorKey | 'time.up'): Bilingual => SAID[key];
export const refusal = (key: ErrorKey): ErrorBody => ({ key, message: SAID[key] });

/** The engine's reason for refusing a move, in both languages. */
export function engineRefusal(bundle: ScenarioBundle, error: Message): ErrorBody {
  return {
    key: 'move.illegal',
    message: {
      en: format('en', error, [bundle.messages.en, engineEn, uiEn]),
      id: format('id', error, [bundle.messages.id, engineId, uiId, bundle.messages.en, engineEn, uiEn]),
    },
  };
}
