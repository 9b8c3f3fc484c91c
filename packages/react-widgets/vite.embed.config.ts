import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';
import { sourceConditions } from '../../vitest.shared.mjs';

/**
 * The standalone bundle for pages with no build step: an IIFE that includes React and sets the
 * global `HezuoWidgets` (`mount`, `WIDGET_NAMES`).
 */
export function embedConfig(outDir: string): UserConfig {
  return {
    ...sourceConditions,
    configFile: false,
    logLevel: 'error',
    // Library builds leave process.env alone; the bundle runs where there is no process.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    // Production JSX even when built from a test run (where NODE_ENV is "test").
    mode: 'production',
    esbuild: { jsx: 'automatic', jsxDev: false },
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: true,
      lib: {
        entry: fileURLToPath(new URL('./src/embed.ts', import.meta.url)),
        formats: ['iife'],
        name: 'HezuoWidgets',
        fileName: () => 'hezuo-widgets.iife.js',
      },
    },
  } as UserConfig;
}

export default defineConfig(embedConfig(fileURLToPath(new URL('./dist', import.meta.url))));
