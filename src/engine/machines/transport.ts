// Transport: Russia's thin purse [P4] is a term in Putin's utility (money), and rail work waits for
// the sanctions to allow it [P15] (the rail option is a conditional deal). The chart is the shared one.
import { createGoalMachine } from './goal-machine';

export const transportMachine = createGoalMachine('transport', {});
