#!/usr/bin/env node
// Writes the partner contracts (OpenAPI 3.1, generated from the zod schemas) to docs/contracts/.
// Run `pnpm --filter @hezuo/finance contracts` after changing a contract schema; a test checks that
// the committed documents equal what the schemas generate.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PARTNER_CONTRACTS, partnerContractDocument } from '../dist/index.js';

const root = join(import.meta.dirname, '..', '..', '..');
const files = PARTNER_CONTRACTS.map((partner) => {
  const file = join(root, 'docs', 'contracts', `${partner}.openapi.json`);
  writeFileSync(file, `${JSON.stringify(partnerContractDocument(partner), null, 2)}\n`);
  return file;
});
// Format as the rest of the repository is formatted, so `biome check` stays clean.
spawnSync(join(root, 'node_modules', '.bin', 'biome'), ['format', '--write', ...files], { stdio: 'inherit' });
console.log(`wrote ${files.map((f) => f.slice(root.length + 1)).join(', ')}`);
