export { playFixed } from './fixed';
