import { defineProject } from 'vitest/config';
import { sourceConditions } from '../../vitest.shared.mjs';

export default defineProject({
  ...sourceConditions,
  test: { name: 'reference-bank', include: ['src/**/*.test.ts'] },
});
