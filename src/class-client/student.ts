// A student in a live class (issue #12). Loaded only when the game is opened from a class link
// (`?server=…&class=CODE`, scenes/main.ts): the join screen, then the class's game (its seed,
// scenario and difficulty are the server's), played as any game is — the engine runs here for the
// screens — while every move of Kim's goes to the server with its number. The server is the one that
// counts: it plays each move again with the same engine. A dropped connection changes nothing here:
// the game plays on, and what the server has not confirmed is sent when the connection is back.
import type { Joined, JoinInfo, JoinOptions } from '../class/protocol';
import { JoinInfoSchema } from '../class/protocol';
import { ENGINE_VERSION } from '../engine/version';
import type { GameRecord, KimMove, Lang, Move } from '../engine/types';
import { setClassDeadline } from '../shell/class-timer';
import { classChanged, setClassHooks } from '../shell/class-hooks';
import type { ClassLink } from '../shell/class-link';
import { h } from '../shell/dom';
import { getLang, setLang, t } from '../shell/i18n';
import { notify } from '../shell/overlay';
import { readSave } from '../shell/persistence';
import { loadScenarios, lookupBundle } from '../shell/scenario';
import { session } from '../shell/session';
import { gamePlace, type StartPlan } from '../shell/startup';
import { browserUpdateEnv, updateToNewBuild } from '../shell/update-build';
import { type ClosedGame, drawClosedGame } from './closed-game';
import { drawClassProblem, drawJoinScreen, type JoinChoice } from './join-screen';
import { cleanJustification, judgeDraft, MAX_JUSTIFICATION } from './justification';
import { forgetMembership, readMembership, writeMembership, type Membership } from './membership';
import { Outbox } from './outbox';
import { getJson, joinRoom, type JoinFailure, type LiveRoom, type RoomEvents } from './room';

type Status = 'connecting' | 'online' | 'offline';

interface Live {
  link: ClassLink;
  joined: Joined;
  member: Membership;
  room: LiveRoom | null;
  status: Status;
  outbox: Outbox;
  /** The hand-in waiting for a connection (the justification as written). */
  handInWaiting: string | null;
  /** Sent on this connection (answered or not): sent again only on a new one. */
  handInSent: boolean;
  /** The draft was judged empty or not words once: pressed again, it is handed in as it is. */
  warned: string | null;
  note: string | null;
  retry: ReturnType<typeof setTimeout> | null;
  /** A game not played on here (./closed-game.ts): draws its screen again after a change. */
  closedRedraw?: () => void;
}

let live: Live | null = null;

const bi = (m: { en: string; id: string }, lang: Lang = getLang()) => m[lang];

/** The class's game is the one on show (not a game the student started from the menu meanwhile). */
function isClassGame(): boolean {
  return !!live && session.active && session.record().seed === live.joined.seed && session.record().scenarioId === live.joined.scenario;
}

function failureText(why: JoinFailure): string {
  return why.kind === 'refused' ? bi(why.error.message) : t('ui.class.unreachable');
}

/** The server refused this page as an earlier build than it serves (client.outdated): the page updates itself to the new one. */
function tooOld(why: JoinFailure): boolean {
  if (why.kind !== 'refused' || why.error.key !== 'client.outdated') return false;
  void updateToNewBuild(browserUpdateEnv());
  return true;
}

/** Sends what the server has not had yet, if connected. */
function flush(): void {
  if (!live || !live.room || live.status !== 'online' || !isClassGame()) return;
  for (const { n, move } of live.outbox.take(session.record().moves)) live.room.sendMove(n, move as KimMove);
  if (live.handInWaiting !== null && !live.handInSent && session.view().phase === 'over' && live.outbox.pending(session.record().moves) === 0) {
    live.handInSent = true;
    live.room.handIn(live.handInWaiting);
  }
}

function setStatus(s: Status): void {
  if (!live || live.status === s) return;
  live.status = s;
  classChanged();
}

/** The record the server's game stands for, to resume it here. */
function recordOf(j: Joined): GameRecord | null {
  const bundle = lookupBundle(j.scenario);
  if (!bundle) return null;
  return { engineVersion: ENGINE_VERSION, scenarioId: j.scenario, scenarioHash: bundle.hash, seed: j.seed, settings: { difficulty: j.difficulty, session: j.session }, moves: j.moves as Move[] };
}

const sameMove = (a: Move, b: Move) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The game to play after joining: this browser's save when it is the class's game and holds at
 * least what the server holds (moves made offline are then sent); else the server's.
 */
async function takeUpGame(j: Joined): Promise<StartPlan> {
  // The server plays it under other rules than this page's (one of them is a newer build): not taken up, as a save of another version is not.
  if (j.engineVersion !== undefined && j.engineVersion !== ENGINE_VERSION) throw new Error(`the class's game is engine version ${j.engineVersion}, this page's is ${ENGINE_VERSION}`);
  await loadScenarios([j.scenario]);
  const bundle = lookupBundle(j.scenario);
  if (!bundle) throw new Error(`scenario ${j.scenario} not in this build`);
  const matches = (r: GameRecord) => r.seed === j.seed && r.scenarioId === j.scenario && r.settings.difficulty === j.difficulty && r.moves.length >= j.moves.length && j.moves.every((m, i) => sameMove(m as Move, r.moves[i]!));
  if (session.active && matches(session.record())) return gamePlace();
  const save = readSave();
  if (save.kind === 'ok' && matches(save.record) && session.load(save.record).ok) return gamePlace();
  if (j.moves.length === 0) {
    session.start(j.seed, j.difficulty, j.session, bundle);
    session.setName(j.label);
    return { scene: 'Briefing' };
  }
  const res = session.load(recordOf(j)!);
  if (!res.ok) throw new Error('the server holds a game this engine cannot replay');
  return gamePlace();
}

/** Plays the moves that end the day (time is up): rank as offered, end the talks, present the day. */
function endTheDay(): void {
  for (let i = 0; i < 8 && isClassGame(); i++) {
    const phase = session.view().phase;
    if (phase === 'over') break;
    const legal = session.legal();
    const next =
      phase === 'briefing' ? legal.find((m) => m.type === 'briefing.rank') : phase === 'talks' ? legal.find((m) => m.type === 'summit.end') : legal.find((m) => m.type === 'press.present');
    if (!next || !session.play(next).ok) break;
  }
}

function handIn(text: string): void {
  if (!live) return;
  live.handInWaiting = cleanJustification(text);
  live.note = live.status === 'online' ? null : t('ui.class.handIn.waiting');
  flush();
  classChanged();
}

function events(): RoomEvents {
  return {
    joined: (j) => {
      if (!live) return;
      live.joined = j;
      live.handInSent = false;
      live.outbox.reconnected(j.moves.length);
      setStatus('online');
      flush();
    },
    ok: (m) => {
      live?.outbox.ok(m.n);
      // A hand-in waits for the last moves to be confirmed.
      if (live?.handInWaiting !== null) flush();
    },
    refused: (m) => {
      live?.outbox.refuse(m.n);
      notify('error', [{ key: 'ui.class.refused', params: { n: m.n + 1, reason: bi(m.error.message) } }], undefined, 'class-refused');
    },
    gap: (m) => {
      live?.outbox.gap(m.expected);
      flush();
    },
    handedIn: (m) => {
      if (!live) return;
      live.handInWaiting = null;
      live.member = { ...live.member, handedIn: true };
      live.note = m.unfinished ? t('ui.class.handIn.unfinished') : null;
      writeMembership(live.link, live.member);
      live.closedRedraw?.();
      classChanged();
    },
    timeUp: (m) => {
      if (!live) return;
      notify('info', [{ key: 'ui.class.timeUp', params: { says: bi(m.message) } }], undefined, 'class-time-up');
      endTheDay();
      if (!live.member.handedIn) handIn(live.member.draft);
    },
    clock: (c) => {
      if (!live) return;
      live.joined = { ...live.joined, endsAt: c.endsAt, endedAt: c.endedAt };
      // Ended by the teacher: the clock says time is up.
      setClassDeadline(live.joined.seed, c.endedAt ? Math.min(Date.now(), Date.parse(c.endedAt)) : c.endsAt ? Date.parse(c.endsAt) : null);
      classChanged();
    },
    error: (e) => notify('error', [{ key: 'ui.class.serverSays', params: { says: bi(e.message) } }], undefined, 'class-error'),
    dropped: () => setStatus('offline'),
    back: () => {
      if (!live) return;
      live.outbox.reconnected();
      live.handInSent = false;
      setStatus('online');
      flush();
    },
    gone: () => {
      if (!live) return;
      live.room = null;
      setStatus('offline');
      scheduleRejoin(2000);
    },
  };
}

/** After the connection is gone for good: join again with the token (the server gives the game back), until it works. */
function scheduleRejoin(delay: number): void {
  if (!live || live.retry) return;
  live.retry = setTimeout(() => {
    if (!live) return;
    live.retry = null;
    if (!navigator.onLine) return scheduleRejoin(Math.min(delay * 2, 15_000));
    void connect({ code: live.link.code, token: live.member.token }).then((r) => {
      if (!r.ok && r.why.kind === 'unreachable') scheduleRejoin(Math.min(delay * 2, 15_000));
    });
  }, delay);
}

/** Joins the room; the server answers `joined`, which the first join awaits. */
async function connect(options: JoinOptions): Promise<{ ok: true; joined: Joined } | { ok: false; why: JoinFailure }> {
  let resolveJoined!: (j: Joined) => void;
  const first = new Promise<Joined>((r) => (resolveJoined = r));
  const on = events();
  const joinedHandler = on.joined;
  on.joined = (j) => {
    resolveJoined(j);
    joinedHandler(j);
  };
  const server = live?.link.server ?? pendingLink!.server;
  const res = await joinRoom(server, options, on);
  if (!res.ok) return res;
  if (live) live.room = res.room;
  const timeout = new Promise<null>((r) => setTimeout(() => r(null), 10_000));
  const joined = await Promise.race([first, timeout]);
  if (!joined) {
    res.room.leave();
    return { ok: false, why: { kind: 'unreachable' } };
  }
  if (live) live.room = res.room;
  else pendingRoom = res.room;
  return { ok: true, joined };
}

let pendingLink: ClassLink | null = null;
let pendingRoom: LiveRoom | null = null;

/** Joined (first time, or back with the token): keep the membership, take the game up, start forwarding. */
async function adopt(link: ClassLink, j: Joined, firstTime: boolean): Promise<StartPlan> {
  const previous = readMembership(link);
  const member: Membership = { token: j.token, rejoinCode: j.rejoinCode, label: j.label, studentId: j.studentId, seed: j.seed, handedIn: j.handedIn, draft: previous?.seed === j.seed ? previous.draft : '' };
  const kept = writeMembership(link, member);
  if (firstTime) setLang(j.lang);
  live = { link, joined: j, member, room: pendingRoom, status: 'online', outbox: new Outbox(j.moves.length), handInWaiting: null, handInSent: false, warned: null, note: null, retry: null };
  pendingRoom = null;
  if (j.closed) return showClosed(live, j.closed);
  const plan = await takeUpGame(j);
  setClassDeadline(j.seed, j.endedAt ? Date.parse(j.endedAt) : j.endsAt ? Date.parse(j.endsAt) : null);
  session.subscribe(() => {
    flush();
    classChanged();
  });
  setClassHooks({ debrief: debriefPart, chip });
  addEventListener('online', () => {
    if (live && !live.room) scheduleRejoin(10);
  });
  notify('info', [{ key: kept ? 'ui.class.joined' : 'ui.class.joinedNotKept', params: { title: j.title, label: j.label, rejoin: j.rejoinCode } }], undefined, 'class-joined');
  flush();
  // The class is over already (the teacher said time is up while this browser was away).
  if (j.endedAt && !j.handedIn) {
    endTheDay();
    handIn(member.draft);
    return isClassGame() ? gamePlace() : plan;
  }
  return plan;
}

/**
 * The server holds this game under other rules than this page plays (an earlier version's, or one it
 * does not know): not taken up here; its screen says why, shows what it stands at, and hands it in as
 * it is when the server allows. Resolves when the student goes on without the class.
 */
function showClosed(l: Live, closed: NonNullable<Joined['closed']>): Promise<StartPlan> {
  return new Promise((resolve) => {
    const state: ClosedGame = { closed, label: l.member.label, rejoinCode: l.member.rejoinCode, handedIn: l.member.handedIn, draft: l.member.draft, status: '' };
    const redraw = () => {
      state.handedIn = l.member.handedIn;
      drawClosedGame(state, {
        draft: (text) => {
          state.draft = text;
          l.member = { ...l.member, draft: text };
          writeMembership(l.link, l.member);
        },
        handIn: () => {
          if (!l.room || l.status !== 'online') {
            state.status = t('ui.class.unreachable');
          } else {
            l.room.handIn(cleanJustification(state.draft));
            state.status = t('ui.class.handIn.sending');
          }
          redraw();
        },
        playAlone: () => {
          l.closedRedraw = undefined;
          resolve({ scene: 'Title' });
        },
      });
    };
    l.closedRedraw = redraw;
    redraw();
  });
}

/** The top bar's chip: the class, connected or not, and the rejoin code. */
function chip(): HTMLElement | null {
  if (!live) return null;
  const online = live.status === 'online';
  return h(
    'span',
    { class: `chip chip-static${online ? '' : ' chip-warn'}`, id: 'class-status', role: 'status' },
    h('span', { 'aria-hidden': 'true' }, online ? '● ' : '○ '),
    t(online ? 'ui.class.chip.online' : 'ui.class.chip.offline', { code: live.link.code, rejoin: live.member.rejoinCode }),
  );
}

/** The debrief's part: the justification box and the hand-in to the teacher. */
function debriefPart(): HTMLElement | null {
  if (!live || !isClassGame()) return null;
  const l = live;
  const done = l.member.handedIn;
  const counter = (text: string) => t('ui.class.handIn.count', { n: [...text].length, max: MAX_JUSTIFICATION });
  return h(
    'section',
    { class: 'section', 'aria-labelledby': 'class-hand-h', id: 'class-hand-in' },
    h('h2', { id: 'class-hand-h' }, t('ui.class.handIn.title')),
    h('p', { class: 'hint' }, t('ui.class.handIn.intro', { label: l.member.label, rejoin: l.member.rejoinCode })),
    h('label', { for: 'class-justification' }, t('ui.class.handIn.label')),
    h('textarea', {
      id: 'class-justification',
      rows: 4,
      maxlength: MAX_JUSTIFICATION,
      readonly: done,
      'aria-describedby': 'class-justification-count',
      value: l.member.draft,
      oninput: (e: Event) => {
        const text = (e.target as HTMLTextAreaElement).value.slice(0, MAX_JUSTIFICATION);
        l.member = { ...l.member, draft: text };
        l.warned = null;
        writeMembership(l.link, l.member);
        const c = document.getElementById('class-justification-count');
        if (c) c.textContent = counter(text);
      },
    }),
    h('p', { class: 'hint', id: 'class-justification-count' }, counter(l.member.draft)),
    done
      ? null
      : h(
          'div',
          { class: 'row' },
          h(
            'button',
            {
              type: 'button',
              class: 'btn btn-primary',
              id: 'class-hand-in-button',
              onclick: () => {
                const draft = l.member.draft;
                const judged = judgeDraft(draft);
                if (judged !== 'ok' && l.warned !== draft) {
                  l.warned = draft;
                  l.note = t(judged === 'empty' ? 'ui.class.handIn.empty' : 'ui.class.handIn.notWords');
                  classChanged();
                  return;
                }
                handIn(draft);
              },
            },
            t('ui.class.handIn.button'),
          ),
        ),
    h('p', { role: 'status', id: 'class-hand-in-status' }, done ? [t('ui.class.handIn.sent'), l.note ? ` ${l.note}` : ''].join('') : l.handInWaiting !== null ? l.note ?? t('ui.class.handIn.sending') : l.note ?? ''),
  );
}

/** The student's start: join (or rejoin with the token kept here), then the class's game. */
export async function startClass(link: ClassLink, allowed: boolean): Promise<StartPlan> {
  pendingLink = link;
  return new Promise<StartPlan>((resolve) => {
    const playAlone = () => resolve({ scene: 'Title' });
    if (!allowed) {
      drawClassProblem(t('ui.class.notAllowed', { server: link.server }), [{ id: 'class-play-alone', label: t('ui.class.join.playAlone'), run: playAlone, primary: true }]);
      return;
    }
    const done = (j: Joined, firstTime: boolean) =>
      adopt(link, j, firstTime).then(resolve, () => {
        drawClassProblem(t('ui.class.cannotPlay'), [{ id: 'class-play-alone', label: t('ui.class.join.playAlone'), run: playAlone, primary: true }]);
      });

    const showJoin = (info: JoinInfo, error: string | null) => {
      const state = { info, error, busy: false };
      const choose = async (c: JoinChoice) => {
        state.busy = true;
        state.error = null;
        drawJoinScreen(state, choose, playAlone);
        const r = await connect('name' in c ? { code: link.code, name: c.name } : { code: link.code, rejoin: c.rejoin });
        if (r.ok) return done(r.joined, true);
        tooOld(r.why);
        state.busy = false;
        state.error = failureText(r.why);
        drawJoinScreen(state, choose, playAlone);
      };
      drawJoinScreen(state, choose, playAlone);
    };

    const fetchInfo = async (error: string | null) => {
      drawClassProblemQuiet();
      const info = await getJson(link.server, `/api/join/${encodeURIComponent(link.code)}`, JoinInfoSchema);
      if (info.ok) return showJoin(info.value, error);
      drawClassProblem(failureText(info.why), [
        { id: 'class-retry', label: t('ui.class.retry'), run: () => void fetchInfo(null), primary: true },
        { id: 'class-play-alone', label: t('ui.class.join.playAlone'), run: playAlone },
      ]);
    };

    const member = readMembership(link);
    if (!member) return void fetchInfo(null);
    // Back in this browser: the token takes the student into their game again.
    drawClassProblemQuiet();
    void connect({ code: link.code, token: member.token }).then(async (r) => {
      if (r.ok) return done(r.joined, false);
      if (tooOld(r.why)) {
        // Not a refusal of this student: the token stays, for the new build to join with.
        return drawClassProblem(failureText(r.why), [{ id: 'class-play-alone', label: t('ui.class.join.playAlone'), run: playAlone }]);
      }
      if (r.why.kind === 'refused') {
        // The server does not know this token (the class was deleted, or this is another server): join afresh.
        forgetMembership(link);
        return fetchInfo(failureText(r.why));
      }
      // No connection: the game kept here plays on, and joins when the connection is back.
      const save = readSave();
      if (save.kind === 'ok' && save.record.seed === member.seed && session.load(save.record).ok) {
        const j: Joined = {
          studentId: member.studentId, token: member.token, rejoinCode: member.rejoinCode, label: member.label, seed: member.seed,
          scenario: save.record.scenarioId, difficulty: save.record.settings.difficulty, lang: getLang(), title: '', minutes: 0,
          session: save.record.settings.session ?? '', moves: [], endsAt: null, endedAt: null, handedIn: member.handedIn,
        };
        live = { link, joined: j, member, room: null, status: 'offline', outbox: new Outbox(0), handInWaiting: null, handInSent: false, warned: null, note: null, retry: null };
        session.subscribe(() => classChanged());
        setClassHooks({ debrief: debriefPart, chip });
        scheduleRejoin(2000);
        addEventListener('online', () => {
          if (live && !live.room) scheduleRejoin(10);
        });
        return resolve(gamePlace());
      }
      drawClassProblem(t('ui.class.unreachable'), [
        { id: 'class-retry', label: t('ui.class.retry'), run: () => location.reload(), primary: true },
        { id: 'class-play-alone', label: t('ui.class.join.playAlone'), run: playAlone },
      ]);
    });
  });
}

/** While connecting: the panel says so. */
function drawClassProblemQuiet(): void {
  const p = document.getElementById('panel');
  if (!p) return;
  p.dataset.scene = 'ClassJoin';
  p.replaceChildren(h('h1', null, t('ui.class.join.title')), h('p', { class: 'muted', role: 'status' }, t('ui.class.join.connecting')));
}

