import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { sourceConditions } from '../../../../vitest.shared.mjs';
import { embedConfig } from '../../vite.embed.config';

const KB = 1024;
const WIDGET_BUDGET = 30 * KB;
const IIFE_BUDGET = 150 * KB;
const src = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const ENTRIES = {
  CreditRatingCard: src('creditRatingCard/CreditRatingCard.tsx'),
  MemberStatement: src('memberStatement/MemberStatement.tsx'),
  MembershipApplicationForm: src('membershipApplication/MembershipApplicationForm.tsx'),
  FertilizerPlanner: src('fertilizerPlanner/FertilizerPlanner.tsx'),
};

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

const gzipSize = async (file: string) => gzipSync(await readFile(file), { level: 9 }).length;

const REACT = [/^react(\/.*)?$/, /^react-dom(\/.*)?$/];
// zod alone is ~29 KB min+gzip and not tree-shakable through core's `z` namespace; every Hezuo
// package shares it, so the per-widget budget counts the widget's own code and Hezuo's, and the
// total with zod is printed beside it.
const ZOD = /^zod(\/.*)?$/;

/** One widget as a host's bundler would ship it: minified, React (and optionally zod) left out. */
async function widgetBundleSize(name: string, entry: string, external: readonly RegExp[]): Promise<number> {
  const outDir = await mkdtemp(join(tmpdir(), `hezuo-size-${name}-`));
  dirs.push(outDir);
  await build({
    ...sourceConditions,
    configFile: false,
    logLevel: 'error',
    mode: 'production',
    esbuild: { jsx: 'automatic', jsxDev: false },
    build: {
      outDir,
      target: 'es2022',
      minify: true,
      lib: { entry, formats: ['es'], fileName: () => 'widget.js' },
      rollupOptions: { external: [...external] },
    },
  });
  return gzipSize(join(outDir, 'widget.js'));
}

describe('size budgets (min + gzip)', () => {
  it.each(Object.entries(ENTRIES))(
    '%s stays within 30 KB without React and zod',
    async (name, entry) => {
      const own = await widgetBundleSize(name, entry, [...REACT, ZOD]);
      const withZod = await widgetBundleSize(`${name}-zod`, entry, REACT);
      console.log(
        `${name}: ${(own / KB).toFixed(1)} KB min+gzip without React and zod (budget 30 KB); ${(withZod / KB).toFixed(1)} KB with zod`,
      );
      expect(own).toBeLessThanOrEqual(WIDGET_BUDGET);
    },
    120_000,
  );

  it('the IIFE bundle stays within 150 KB with React', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'hezuo-size-iife-'));
    dirs.push(outDir);
    await build(embedConfig(outDir));
    const size = await gzipSize(join(outDir, 'hezuo-widgets.iife.js'));
    console.log(`hezuo-widgets.iife.js: ${(size / KB).toFixed(1)} KB gzip (budget 150 KB, React included)`);
    expect(size).toBeLessThanOrEqual(IIFE_BUDGET);
  }, 120_000);
});
