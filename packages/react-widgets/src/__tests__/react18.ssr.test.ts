import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { sourceConditions } from '../../../../vitest.shared.mjs';
import { REACT_18_ALIASES } from './buildTestPages';

// React 18 is installed beside 19 as react-18 / react-dom-18. Node would resolve react-dom-18's own
// `react` import to 19, so the widgets are bundled with React 18 aliased in, then rendered in Node.
let outDir = '';
afterAll(async () => {
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

interface SsrBundle {
  readonly reactVersion: string;
  readonly renderAll: (locale: 'zh-CN' | 'en') => Record<string, string>;
}

async function bundleWithReact18(): Promise<SsrBundle> {
  outDir = await mkdtemp(join(tmpdir(), 'hezuo-react18-'));
  await build({
    ...sourceConditions,
    resolve: { ...sourceConditions.resolve, alias: REACT_18_ALIASES },
    configFile: false,
    logLevel: 'error',
    mode: 'production',
    esbuild: { jsx: 'automatic', jsxDev: false },
    ssr: { ...sourceConditions.ssr, noExternal: true },
    build: {
      ssr: fileURLToPath(new URL('./react18/ssrEntry.tsx', import.meta.url)),
      outDir,
      target: 'node20',
      rollupOptions: { output: { format: 'es', entryFileNames: 'ssr.mjs' } },
    },
  });
  return (await import(pathToFileURL(join(outDir, 'ssr.mjs')).href)) as SsrBundle;
}

describe('React 18: every widget renders on the server', () => {
  it('renders every widget in both locales, and the error state for bad props', async () => {
    const bundle = await bundleWithReact18();
    expect(bundle.reactVersion).toMatch(/^18\./);
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const zh = bundle.renderAll('zh-CN');
      expect(zh.CreditRatingCard).toContain('信用评级');
      expect(zh.MemberStatement).toContain('按交易量（额）返还');
      expect(zh.MembershipApplicationForm).toContain('居民身份证号码');
      expect(zh.FertilizerPlanner).toContain('测土配方施肥');
      expect(zh.TrusteeshipQuote).toContain('土地托管报价');
      expect(zh.TrusteeshipQuote).toContain('¥70.00/亩');
      expect(zh.ServiceCenterFinder).toContain('最近的是密水街道为农服务中心');
      expect(zh.ServiceCenterFinder).toContain('role="img"');
      expect(zh.LoanCalculator).toContain('还款计划（共 12 期）');
      expect(zh.LoanCalculator).toContain('¥51,208.93');
      expect(zh.InsuranceQuote).toContain('保费分担');
      expect(zh.InsuranceQuote).toContain('¥67.50');
      expect(zh.invalidLoan).toContain('props.initial.principalFen');
      expect(zh.invalid).toContain('role="alert"');
      const en = bundle.renderAll('en');
      expect(en.CreditRatingCard).toContain('Credit rating');
      expect(en.FertilizerPlanner).toContain('Soil-test fertiliser planner');
      expect(en.TrusteeshipQuote).toContain('Land trusteeship quote');
      expect(en.ServiceCenterFinder).toContain('Service centres nearby');
      expect(en.LoanCalculator).toContain('Annualised cost (IRR)');
      expect(en.InsuranceQuote).toContain('Paid by the farmer');
    } finally {
      consoleError.mockRestore();
    }
  }, 120_000);
});
