import type { GoalId } from '../types';
import { barterMachine } from './barter';
import type { GoalMachine } from './goal-machine';
import { lifelineMachine } from './lifeline';
import { sanctionsMachine } from './sanctions';
import { transportMachine } from './transport';
import { workersMachine } from './workers';

export const GOAL_MACHINES: Record<GoalId, GoalMachine> = {
  lifeline: lifelineMachine,
  sanctions: sanctionsMachine,
  workers: workersMachine,
  transport: transportMachine,
  barter: barterMachine,
};
