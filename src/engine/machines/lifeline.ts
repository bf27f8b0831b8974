// Lifeline: the Kremlin has said there will be no joint statement [P5]. The shared guards already
// keep `joint-statement` from ever being agreed; the track has no deadline and no list.
import { createGoalMachine } from './goal-machine';

export const lifelineMachine = createGoalMachine('lifeline', {});
