import { defineProject } from 'vitest/config';
import { sourceConditions } from '../../vitest.shared.mjs';

export default defineProject({
  ...sourceConditions,
  test: { name: 'county-season', include: ['src/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 },
});
