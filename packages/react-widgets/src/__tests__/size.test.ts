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
  TrusteeshipQuote: src('trusteeshipQuote/TrusteeshipQuote.tsx'),
  ServiceCenterFinder: src('serviceCenterFinder/ServiceCenterFinder.tsx'),
  LoanCalculator: src('loanCalculator/LoanCalculator.tsx'),
  InsuranceQuote: src('insuranceQuote/InsuranceQuote.tsx'),
};

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

const gzipSize = async (file: string) => gzipSync(await readFile(file), { level: 9 }).length;

const REACT = [/^react(\/.*)?$/, /^react-dom(\/.*)?$/];

/** One widget as a host's bundler would ship it: minified, with zod and Hezuo, React left out. */
async function widgetBundleSize(name: string, entry: string): Promise<number> {
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
      rollupOptions: { external: REACT },
    },
  });
  return gzipSize(join(outDir, 'widget.js'));
}

/**
 * Widgets known to be over the budget. Their check is expected to fail, so the run stays green
 * while the excess is worked on, and turns red the day the widget fits: then it leaves this list.
 * FertilizerPlanner: 31.3 KB, of which about 4 KB is the least-cost solver and 11 KB zod.
 */
const KNOWN_OVER_BUDGET: ReadonlySet<string> = new Set(['FertilizerPlanner']);

describe('size budgets (min + gzip)', () => {
  for (const [name, entry] of Object.entries(ENTRIES)) {
    const check = KNOWN_OVER_BUDGET.has(name) ? it.fails : it;
    check(
      `${name} stays within 30 KB with zod, without React${KNOWN_OVER_BUDGET.has(name) ? ' (known to be over)' : ''}`,
      async () => {
        const size = await widgetBundleSize(name, entry);
        console.log(`${name}: ${(size / KB).toFixed(1)} KB min+gzip with zod, without React (budget 30 KB)`);
        expect(size).toBeLessThanOrEqual(WIDGET_BUDGET);
      },
      120_000,
    );
  }

  it('the IIFE bundle stays within 150 KB with React', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'hezuo-size-iife-'));
    dirs.push(outDir);
    await build(embedConfig(outDir));
    const size = await gzipSize(join(outDir, 'hezuo-widgets.iife.js'));
    console.log(`hezuo-widgets.iife.js: ${(size / KB).toFixed(1)} KB gzip (budget 150 KB, React included)`);
    expect(size).toBeLessThanOrEqual(IIFE_BUDGET);
  }, 120_000);
});
