// npm run tournament -- --agents A B ... [--seeds N] [--difficulty D|all] [--scenario ID] [--seed PREFIX] [--cap N] [--json]
// Every agent plays Kim on the same seeds (PREFIX-1 … PREFIX-N) against the computer's Putin; one
// table per difficulty, a row per agent: the mean score, its standard deviation, min, median and
// max, the mean of score / the solver's best on each seed (where the solver is there), the games
// scored above the solver's best (where its search stopped at its cap, its best found) and above the
// most any line could score on the seed (its upper bound: never, unless the bound is wrong), how
// often the deals were exactly the record's (history.deals), and illegal moves. --json: the tables and every game's score and best. An agent is a reference
// player's name (random, greedy, historical, strong) or a module file (see the README).
import { DIFFICULTIES, type Difficulty, scoreGame } from '../src/engine';
import { runGame } from '../src/engine/agents';
import { bestRange, type LoadedAgent, loadAgent } from './agents';
import { parseArgs } from './args';
import { bundleNamed } from './scenarios';

/** `--agents A B C` → `--agents A,B,C`: the one flag that takes several values. */
function joinAgents(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] !== '--agents') {
      out.push(argv[i]!);
      continue;
    }
    const names: string[] = [];
    while (i + 1 < argv.length && !argv[i + 1]!.startsWith('--')) names.push(argv[++i]!);
    out.push('--agents', names.join(','));
  }
  return out;
}

export interface Row {
  agent: string;
  games: number;
  mean: number;
  sd: number;
  min: number;
  median: number;
  max: number;
  /** Mean of score / best over the seeds where the solver gave a best above 0; null without the solver. */
  ofBest: number | null;
  /** Share of games whose deals were exactly the record's. */
  record: number;
  /** Games in which the agent scored above the solver's best for the seed (the solver is capped: its best within its budget); null without the solver. */
  aboveBest: number | null;
  /** Games above the most any line could score on the seed (the solver's upper bound): never, unless its bound is wrong; null without the solver. */
  aboveUpper: number | null;
  illegal: number;
}

export function summarise(agent: string, scores: number[], ratios: number[], records: number, illegal: number, aboveBest: number | null = null, aboveUpper: number | null = null): Row {
  const n = scores.length;
  const mean = scores.reduce((a, b) => a + b, 0) / n;
  const sd = n > 1 ? Math.sqrt(scores.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1)) : 0;
  const sorted = [...scores].sort((a, b) => a - b);
  const median = n % 2 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
  const ofBest = ratios.length ? ratios.reduce((a, b) => a + b, 0) / ratios.length : null;
  return { agent, games: n, mean, sd, min: sorted[0]!, median, max: sorted[n - 1]!, ofBest, record: records / n, aboveBest, aboveUpper, illegal };
}

const f1 = (x: number) => x.toFixed(1);

export function table(difficulty: string, rows: Row[]): string {
  const head = '| agent | games | mean | sd | min | median | max | score/best | > best | > upper | record | illegal |';
  const rule = '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |';
  const lines = rows.map((r) =>
    `| ${r.agent} | ${r.games} | ${f1(r.mean)} | ${f1(r.sd)} | ${f1(r.min)} | ${f1(r.median)} | ${f1(r.max)} | ${r.ofBest === null ? '–' : `${(r.ofBest * 100).toFixed(0)}%`} | ${r.aboveBest ?? '–'} | ${r.aboveUpper ?? '–'} | ${(r.record * 100).toFixed(1)}% | ${r.illegal} |`,
  );
  return [`${difficulty}`, '', head, rule, ...lines, ''].join('\n');
}

async function main(): Promise<void> {
  const parsed = parseArgs(joinAgents(process.argv.slice(2)), { agents: 'string', seeds: 'number', difficulty: 'string', scenario: 'string', seed: 'string', cap: 'number', json: 'boolean' });
  if (!parsed.ok) {
    console.error(`tournament: ${parsed.error}`);
    process.exit(2);
  }
  const args = parsed.args as { agents?: string; seeds?: number; difficulty?: string; scenario?: string; seed?: string; cap?: number; json?: boolean };
  const names = (args.agents ?? '').split(',').filter(Boolean);
  if (names.length === 0) {
    console.error('tournament: --agents needs at least one agent (random, greedy, historical, strong, or a module file)');
    process.exit(2);
  }
  const bundle = bundleNamed(args.scenario);
  if (typeof bundle === 'string') {
    console.error(`tournament: --scenario: ${bundle}`);
    process.exit(2);
  }
  const difficulties = (args.difficulty === 'all' ? [...DIFFICULTIES] : (args.difficulty ?? 'standard').split(',')) as Difficulty[];
  const wrong = difficulties.find((d) => !DIFFICULTIES.includes(d));
  if (wrong) {
    console.error(`tournament: --difficulty must be one of ${DIFFICULTIES.join(', ')} or all, not "${wrong}"`);
    process.exit(2);
  }
  const agents: LoadedAgent[] = [];
  for (const name of names) {
    const loaded = await loadAgent(name, bundle);
    if (typeof loaded === 'string') {
      console.error(`tournament: ${loaded}`);
      process.exit(2);
    }
    agents.push(loaded);
  }
  const seeds = args.seeds ?? 50;
  const prefix = args.seed ?? 'tournament';
  const record = bundle.scenario.history.deals;
  const out: Record<string, Row[]> = {};
  const games: { agent: string; difficulty: string; seed: string; score: number; best: number | null; bestUpper: number | null }[] = [];
  for (const difficulty of difficulties) {
    const rows: Row[] = [];
    for (const a of agents) {
      const scores: number[] = [];
      const ratios: number[] = [];
      let records = 0;
      let illegal = 0;
      let aboveBest: number | null = null;
      let aboveUpper: number | null = null;
      for (let i = 1; i <= seeds; i++) {
        const seed = `${prefix}-${i}`;
        const settings = { difficulty };
        const played = await runGame(bundle, { seed, settings }, { kim: a.agent }, { copy: !a.builtin });
        const report = scoreGame(played.game);
        scores.push(report.kim);
        illegal += played.illegal.length;
        if (report.perGoal.every((g) => g.deal === (record[g.goal] ?? null))) records++;
        const range = bestRange(bundle, seed, settings, args.cap);
        const best = range?.score ?? null;
        if (best !== null && best > 0) ratios.push(report.kim / best);
        if (range !== null) {
          aboveBest = (aboveBest ?? 0) + (report.kim > range.score + 0.05 ? 1 : 0);
          aboveUpper = (aboveUpper ?? 0) + (report.kim > range.upper + 0.05 ? 1 : 0);
        }
        games.push({ agent: a.name, difficulty, seed, score: report.kim, best, bestUpper: range?.upper ?? null });
      }
      rows.push(summarise(a.name, scores, ratios, records, illegal, aboveBest, aboveUpper));
    }
    out[difficulty] = rows;
    if (!args.json) console.log(table(difficulty, rows));
  }
  if (args.json) console.log(JSON.stringify({ scenario: bundle.scenario.id, seeds, prefix, tables: out, games }));
}

await main();
