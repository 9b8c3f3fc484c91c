import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../../../vitest.shared.mjs';
import { renderReport } from './renderReport';
import type { ReportData } from './reportData';

const data = (locale: 'zh-CN' | 'en'): ReportData => ({
  locale,
  title: locale === 'en' ? 'Hezuo demo: Gaomi, season 2025' : '合作 Hezuo 演示：高密市 2025 年度',
  summary: ['line one', 'line <two> & "three"'],
  grades: [
    { grade: 'AAA', count: 120 },
    { grade: 'AA', count: 900 },
    { grade: 'A', count: 1500 },
    { grade: 'B', count: 480 },
  ],
  surplusByMember: Array.from({ length: 40 }, (_, i) => ({
    memberId: `H${String(i).padStart(5, '0')}`,
    amountFen: 500_000 - i * 9_999,
  })),
  coverage: {
    centers: [
      { id: 'SC1', name: '夏庄为农服务中心', lng: 119.75, lat: 36.38, radiusKm: 3 },
      { id: 'SC2', name: '柏城为农服务中心', lng: 119.6, lat: 36.25, radiusKm: 6 },
    ],
    plots: [
      { lng: 119.76, lat: 36.39, centerId: 'SC1' },
      { lng: 119.61, lat: 36.26, centerId: 'SC2' },
      { lng: 119.9, lat: 36.5, centerId: null },
    ],
  },
  stability: {
    psi: 0.0312,
    bins: [
      { label: '[0, 50)', expected: 0.2, actual: 0.18 },
      { label: '[50, 70)', expected: 0.5, actual: 0.49 },
      { label: '[70, ∞)', expected: 0.3, actual: 0.33 },
    ],
  },
});

let browser: Browser;
let dir: string;
beforeAll(async () => {
  browser = await chromium.launch(chromiumLaunchOptions);
  dir = await mkdtemp(join(tmpdir(), 'hezuo-report-'));
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

describe.each(['zh-CN', 'en'] as const)('the HTML report (%s)', (locale) => {
  it('opens from disk with no console errors and shows its four charts', async () => {
    const file = join(dir, `report-${locale}.html`);
    await writeFile(file, renderReport(data(locale)));
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
    await page.goto(pathToFileURL(file).href);
    expect(problems).toEqual([]);
    const charts = await page.$$eval('svg[data-chart]', (els) =>
      els.map((e) => e.getAttribute('data-chart')),
    );
    expect(charts).toEqual(['grades', 'surplus', 'coverage', 'stability']);
    expect(await page.$$eval('svg[data-chart="grades"] rect.bar', (els) => els.length)).toBe(4);
    expect(await page.$$eval('svg[data-chart="surplus"] rect.bar', (els) => els.length)).toBe(30);
    expect(await page.$$eval('svg[data-chart="coverage"] circle.reach', (els) => els.length)).toBe(2);
    expect(await page.$$eval('svg[data-chart="coverage"] circle.plot.unserved', (els) => els.length)).toBe(1);
    expect(await page.$$eval('svg[data-chart="stability"] rect.actual', (els) => els.length)).toBe(3);
    // Every chart is named for screen readers and drawn at a real size.
    for (const id of charts) {
      const box = await page.$eval(`svg[data-chart="${id}"]`, (e) => {
        const r = e.getBoundingClientRect();
        return { w: r.width, h: r.height, title: e.querySelector('title')?.textContent ?? '' };
      });
      expect(box.w).toBeGreaterThan(100);
      expect(box.h).toBeGreaterThan(20);
      expect(box.title.length).toBeGreaterThan(0);
    }
    expect(await page.textContent('pre')).toContain('line <two> & "three"');
    await page.close();
  });
});
