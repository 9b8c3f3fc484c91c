import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['hezuo-source'] },
  test: {
    name: 'agri-input',
    include: ['src/**/*.test.ts'],
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
