#!/usr/bin/env node
// Runs every vitest project once, shows vitest's own report, then closes with one plain line
// "tests: N passed, N failed" (and skipped, if any) read from vitest's JSON results.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'hezuo-vitest-'));
const resultsFile = join(dir, 'results.json');
const args = [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${resultsFile}`,
  ...process.argv.slice(2),
];
const run = spawnSync(join(root, 'node_modules', '.bin', 'vitest'), args, { cwd: root, stdio: 'inherit' });

let summary = 'tests: no results were written';
try {
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  const skipped = results.numPendingTests + results.numTodoTests;
  summary = `tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`;
} catch {
  // vitest crashed before writing results; its exit code says so below.
}
rmSync(dir, { recursive: true, force: true });
console.log(`\n${summary}`);
process.exit(run.status ?? 1);
