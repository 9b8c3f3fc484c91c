import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Options } from 'tsup';

type EsbuildPlugin = NonNullable<Options['esbuildPlugins']>[number];

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

/** Every source module that ships, for the module-per-file ESM build; tests and benches stay out. */
const SOURCE_MODULES = [
  'src/**/*.{ts,tsx}',
  '!src/**/*.d.ts',
  '!src/**/*.test.{ts,tsx}',
  '!src/**/*.test-d.{ts,tsx}',
  '!src/**/*.bench.{ts,tsx}',
  '!src/**/__tests__/**',
];

/** Source extensions a relative import may leave off, and the file each becomes in dist. */
const SOURCE_SUFFIXES: readonly (readonly [string, string])[] = [
  ['.ts', '.js'],
  ['.tsx', '.js'],
  ['/index.ts', '/index.js'],
  ['/index.tsx', '/index.js'],
];

/**
 * Keeps each source module its own output file: a relative import stays an import, of the
 * `.js` file that module becomes, so Node's ESM loader finds it and a bundler can leave out
 * every module a host does not use (the packages are `"sideEffects": false`).
 */
const preserveModules: EsbuildPlugin = {
  name: 'hezuo-preserve-modules',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (args.kind === 'entry-point') return undefined;
      const base = resolve(args.resolveDir, args.path);
      for (const [suffix, output] of SOURCE_SUFFIXES) {
        if (existsSync(base + suffix)) return { path: args.path + output, external: true };
      }
      return undefined;
    });
  },
};

/** Options a library package may add to its build. */
export interface LibraryBuildOptions {
  /** Public entry points by output name, e.g. `{ index: 'src/index.ts' }`. */
  entry?: Record<string, string>;
  /** Packages to leave as imports in the CommonJS bundle beyond the dependencies. */
  external?: Options['external'];
  /** Text put at the top of every JavaScript file. */
  banner?: Options['banner'];
  /** Extra esbuild settings (such as the JSX runtime). */
  esbuildOptions?: Options['esbuildOptions'];
  /**
   * Whether the CommonJS bundle gets tsup's Rollup tree-shaking pass (default true). That pass
   * drops module-level directives, so a package with a `'use client'` banner turns it off.
   */
  treeshake?: boolean;
  /** Runs once the CommonJS build is written. */
  onSuccess?: () => Promise<void>;
}

/**
 * A library package's build, in three parts run together:
 * - ESM, one file per source module, so hosts' bundlers tree-shake by module (a single bundled
 *   file would keep every top-level schema, since a bundler cannot prove a call pure);
 * - CommonJS, one bundle per entry (`require` does not tree-shake);
 * - type declarations for both (`.d.ts`, `.d.cts`), bundled per entry.
 * dist is emptied once, here, because the three write into it at the same time.
 */
export function libraryBuild(options: LibraryBuildOptions = {}): Options[] {
  const {
    entry = { index: 'src/index.ts' },
    external,
    banner,
    esbuildOptions,
    treeshake = true,
    onSuccess,
  } = options;
  rmSync('dist', { recursive: true, force: true });
  // tsup would list every module and its size (hundreds of lines); errors still print.
  const { name } = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string };
  const built = (what: string, then?: () => Promise<void>) => async () => {
    await then?.();
    console.log(`${name}: ${what} built`);
  };
  const shared: Options = {
    silent: true,
    sourcemap: true,
    clean: false,
    target: 'es2022',
    platform: 'neutral',
    splitting: false,
    outDir: 'dist',
    ...(external === undefined ? {} : { external }),
    ...(banner === undefined ? {} : { banner }),
    ...(esbuildOptions === undefined ? {} : { esbuildOptions }),
  };
  return [
    {
      ...shared,
      entry: SOURCE_MODULES,
      format: ['esm'],
      dts: false,
      // Nothing is bundled, so there is nothing for a second tree-shaking pass to remove.
      treeshake: false,
      esbuildPlugins: [preserveModules],
      onSuccess: built('ES modules (one file per source module)'),
    },
    {
      ...shared,
      entry,
      format: ['cjs'],
      dts: false,
      treeshake,
      onSuccess: built('CommonJS bundle', onSuccess),
    },
    {
      ...shared,
      entry,
      format: ['esm', 'cjs'],
      // tsup runs no onSuccess after declarations alone; their errors print and fail the build.
      dts: { only: true, compilerOptions: { customConditions: [] } },
    },
  ];
}
