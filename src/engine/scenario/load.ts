import raw from '../../content/vladivostok-2019/scenario.json';
import { parseScenario, type Scenario } from './schema';

function load(): Scenario {
  const parsed = parseScenario(raw);
  if (!parsed.ok) throw new Error(`The scenario vladivostok-2019 is invalid:\n${parsed.issues.join('\n')}`);
  return parsed.scenario;
}

/** The one scenario of this version, validated once when the engine is loaded. */
export const SCENARIO: Scenario = load();
export const SCENARIOS: Record<string, Scenario> = { [SCENARIO.id]: SCENARIO };
