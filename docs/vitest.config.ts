import { defineProject } from 'vitest/config';
import { sourceConditions } from '../vitest.shared.mjs';

export default defineProject({
  ...sourceConditions,
  test: { name: 'docs', include: ['*.test.ts'] },
});
