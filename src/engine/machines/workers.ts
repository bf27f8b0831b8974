// Workers: the year-end deadline of resolution 2397 [P12, P13] leaves a fixed number of proposals;
// when they are spent without a deal the track closes itself.
import { SCENARIO } from '../scenario/load';
import { createGoalMachine } from './goal-machine';

export const workersMachine = createGoalMachine('workers', {
  rounds: SCENARIO.goals.find((g) => g.id === 'workers')?.rounds ?? 3,
});
