// Prints one plain line over the Vitest JSON reports of the unit and e2e runs:
// "tests: N passed, N failed, N skipped". Prints nothing if neither run wrote a report.
import { existsSync, readFileSync } from 'node:fs';

const files = ['test-artifacts/vitest-unit.json', 'test-artifacts/vitest-e2e.json'].filter((f) => existsSync(f));
if (files.length > 0) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const f of files) {
    const r = JSON.parse(readFileSync(f, 'utf8'));
    passed += r.numPassedTests ?? 0;
    failed += r.numFailedTests ?? 0;
    skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  }
  console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
}
