// Sanctions: relief beyond "step by step" needs the humanitarian case [P10]; that twist is a gate
// in Putin's reasons (needs-framing), so the chart is the shared one.
import { createGoalMachine } from './goal-machine';

export const sanctionsMachine = createGoalMachine('sanctions', {});
