import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { sourceConditions } from '../../../../vitest.shared.mjs';
import { embedConfig } from '../../vite.embed.config';
import { FINDER_PROPS, LOAN_PROPS, SCORE_RESULT } from './fixtures';

const require = createRequire(import.meta.url);
const pageDir = fileURLToPath(new URL('./page/', import.meta.url));
const packageDir = fileURLToPath(new URL('../../', import.meta.url));

/** Aliases that swap React 19 for the React 18 packages installed as `react-18` / `react-dom-18`. */
export const REACT_18_ALIASES = {
  react: dirname(require.resolve('react-18/package.json')),
  'react-dom': dirname(require.resolve('react-dom-18/package.json')),
};

async function buildPage(outDir: string, alias: Record<string, string>): Promise<void> {
  await build({
    ...sourceConditions,
    resolve: { ...sourceConditions.resolve, alias },
    configFile: false,
    logLevel: 'error',
    root: pageDir,
    base: './',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    mode: 'production',
    esbuild: { jsx: 'automatic', jsxDev: false },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      rollupOptions: { input: join(pageDir, 'index.html') },
    },
  });
}

/**
 * Builds the test pages into `root`: `r19/` and `r18/` (every widget, React 19 and 18) and
 * `plain/` (the IIFE bundle mounted from a plain HTML page).
 */
export async function buildTestPages(root: string): Promise<void> {
  await buildPage(join(root, 'r19'), {});
  await buildPage(join(root, 'r18'), REACT_18_ALIASES);
  const plain = join(root, 'plain');
  await mkdir(plain, { recursive: true });
  await build(embedConfig(plain));
  await copyFile(join(pageDir, 'plain.html'), join(plain, 'index.html'));
  await copyFile(join(packageDir, 'src/styles.css'), join(plain, 'styles.css'));
  await writeFile(
    join(plain, 'fixtures.js'),
    `window.RESULT_PROPS = ${JSON.stringify({ result: SCORE_RESULT, locale: 'zh-CN' })};\n` +
      `window.FINDER_PROPS = ${JSON.stringify({ ...FINDER_PROPS, locale: 'en' })};\n` +
      `window.LOAN_PROPS = ${JSON.stringify({ ...LOAN_PROPS, locale: 'en' })};\n`,
  );
}
