import { defineProject } from 'vitest/config';
import { sourceConditions } from '../../vitest.shared.mjs';

export default defineProject({
  ...sourceConditions,
  test: {
    name: 'react-widgets',
    include: ['src/**/*.test.{ts,tsx}'],
    typecheck: { enabled: true, include: ['src/**/*.test-d.{ts,tsx}'], tsconfig: './tsconfig.json' },
  },
});
