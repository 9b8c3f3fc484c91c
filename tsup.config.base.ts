import type { Options } from 'tsup';

/**
 * The one build every package shares: ESM + CJS, `.d.ts` + `.d.cts`, sourcemaps.
 * Packages pass their entry points and any extras (banners, bin entries).
 */
export function packageBuild(overrides: Options = {}): Options {
  return {
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: { compilerOptions: { customConditions: [] } },
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    splitting: false,
    treeshake: true,
    outDir: 'dist',
    ...overrides,
  };
}
