#!/usr/bin/env node
// Lints every published package the way its users will meet it: publint --strict on the
// package.json and files, then @arethetypeswrong/cli on the packed tarball (ESM, CJS, node10,
// bundler resolution). Run after `pnpm build`. Exits non-zero if any package has a problem.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const packagesDir = join(root, 'packages');
const bin = (name) => join(root, 'node_modules', '.bin', name);

const packages = readdirSync(packagesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => join(packagesDir, entry.name))
  .filter((dir) => {
    try {
      return !JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).private;
    } catch {
      return false;
    }
  });

const failures = [];
for (const dir of packages) {
  const { name } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  for (const [tool, args] of [
    ['publint', ['--strict']],
    ['attw', ['--pack', '.', '--format', 'table-flipped']],
  ]) {
    const result = spawnSync(bin(tool), args, { cwd: dir, encoding: 'utf8' });
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
    const ok = result.status === 0;
    console.log(`${ok ? '✓' : '✗'} ${name}: ${tool}`);
    if (!ok) {
      console.log(output);
      failures.push(`${name} (${tool})`);
    }
  }
}

console.log(`\ncheck:packages: ${packages.length * 2 - failures.length} passed, ${failures.length} failed`);
if (failures.length > 0) {
  console.log(`failed: ${failures.join(', ')}`);
  process.exit(1);
}
