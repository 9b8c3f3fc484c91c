import { defineProject } from 'vitest/config';
import { sourceConditions } from '../../vitest.shared.mjs';

export default defineProject({
  ...sourceConditions,
  test: {
    name: 'trusteeship',
    include: ['src/**/*.test.ts'],
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
