import { defineProject } from 'vitest/config';
import { sourceConditions } from '../../vitest.shared.mjs';

export default defineProject({
  ...sourceConditions,
  test: { name: 'example-insurer', include: ['src/**/*.test.ts'] },
});
