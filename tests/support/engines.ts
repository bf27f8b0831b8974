// Loads the engines of earlier versions (src/engine/rules/) before the tests, as a page loads the
// one a code or a record names before reading it (src/engine/versions.ts). Version 1 is frozen
// while it is still the live version, so every test that reads a code or a replay made today
// reads it through the frozen engine, as it will be read once the rules change.
import { loadEngines } from '../../src/engine';

if (!(await loadEngines())) throw new Error('an engine of an earlier version could not be loaded');
