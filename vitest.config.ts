import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: ['packages/*', 'docs', 'examples/reference-bank'],
    coverage: {
      provider: 'v8',
      include: ['packages/*/src/**/*.{ts,tsx}'],
      exclude: ['**/*.test.ts', '**/*.test-d.ts', '**/*.bench.ts', '**/__tests__/**', '**/testing/**'],
      reporter: ['text-summary', 'html'],
    },
  },
});
