import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../../vitest.shared.mjs';
import { runDemo } from './runDemo';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe('runDemo', () => {
  it('runs the season with the bank on 127.0.0.1, prints the summary and writes a report Chromium opens cleanly', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'hezuo-demo-'));
    dirs.push(outDir);
    let text = '';
    const ok = await runDemo({ seed: 5, households: 300, outDir, write: (t) => (text += t) });
    expect(ok).toBe(true);
    expect(text).toContain('整村授信');
    expect(text).toContain('核对无误');
    expect(text).toMatch(/报告：file:\/\/.*report\.html/);
    // No resident ID reaches the terminal.
    expect(text).not.toMatch(/\d{17}[\dX]/);

    const file = join(outDir, 'report.html');
    const html = await readFile(file, 'utf8');
    expect(html).not.toMatch(/<script|https?:\/\//);
    const browser = await chromium.launch(chromiumLaunchOptions);
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(m.text());
      });
      page.on('pageerror', (e) => problems.push(e.message));
      await page.goto(pathToFileURL(file).href);
      expect(problems).toEqual([]);
      expect(
        await page.$$eval('svg[data-chart]', (els) => els.map((e) => e.getAttribute('data-chart'))),
      ).toEqual(['grades', 'surplus', 'coverage', 'stability']);
      expect(
        await page.$$eval('svg[data-chart="coverage"] circle.plot', (els) => els.length),
      ).toBeGreaterThan(300);
    } finally {
      await browser.close();
    }
  });

  it('refuses bad options with the path of the field, before starting anything', async () => {
    await expect(runDemo({ households: 10, outDir: 'x', write: () => {} })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      path: ['options', 'households'],
    });
  });
});
