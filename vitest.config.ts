import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: ['packages/*', 'docs', 'examples/*/vitest.config.ts'],
    coverage: {
      provider: 'v8',
      include: ['packages/*/src/**/*.{ts,tsx}'],
      exclude: ['**/*.test.ts', '**/*.test-d.ts', '**/*.bench.ts', '**/__tests__/**', '**/testing/**'],
      reporter: ['text-summary', 'html'],
    },
  },
});
