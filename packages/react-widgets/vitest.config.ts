import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['hezuo-source'] },
  test: {
    name: 'react-widgets',
    include: ['src/**/*.test.{ts,tsx}'],
    typecheck: { enabled: true, include: ['src/**/*.test-d.{ts,tsx}'], tsconfig: './tsconfig.json' },
  },
});
