import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['hezuo-source'] },
  test: { name: 'docs', include: ['*.test.ts'] },
});
