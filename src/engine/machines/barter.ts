// Barter: a goods list must pass Putin's check against the UN resolutions before list-bound
// options can be agreed [P17]. The list adds a `listing` state to the shared chart.
import { createGoalMachine } from './goal-machine';

export const barterMachine = createGoalMachine('barter', { goodsList: true });
