import { defineProject } from 'vitest/config';
import { sourceConditions } from '../../vitest.shared.mjs';

export default defineProject({
  ...sourceConditions,
  test: { name: 'gov-portal', include: ['src/**/*.test.ts'], testTimeout: 180_000, hookTimeout: 180_000 },
});
