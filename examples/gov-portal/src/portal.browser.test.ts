import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { build, type PreviewServer, preview } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../../vitest.shared.mjs';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
const AXE = require.resolve('axe-core/axe.min.js');

let outDir: string;
let server: PreviewServer;
let browser: Browser;
let base: string;

// The example built as a portal vendor builds it (`vite build`), served on 127.0.0.1.
beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'hezuo-gov-portal-'));
  await build({ root, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  server = await preview({
    root,
    logLevel: 'error',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0 },
  });
  base = server.resolvedUrls?.local[0] ?? '';
  browser = await chromium.launch(chromiumLaunchOptions);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(outDir, { recursive: true, force: true });
});

async function open(path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(new URL(path, base).href);
  await page.waitForSelector('.hz-widget');
  return { page, problems };
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string }[] }> } }
    ).axe;
    const result = await axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => v.id);
  });
}

describe('the county portal (Vite + React)', () => {
  it('shows all eight widgets in Chinese, with no error state, no console error and no axe violation', async () => {
    const { page, problems } = await open('index.html');
    await page.waitForFunction(() => document.querySelectorAll('.hz-widget').length >= 8);
    expect(await page.locator('.hz-widget').count()).toBe(8);
    expect(await page.locator('.hz-error').count()).toBe(0);
    expect(await page.textContent('h1')).toContain('为农服务平台');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('switches every widget to English', async () => {
    const { page, problems } = await open('index.html');
    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForFunction(() => document.querySelector('h1')?.textContent?.includes('portal'));
    expect(await page.locator('.hz-widget').count()).toBe(8);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the plain page (no build step, mount())', () => {
  it('mounts four widgets from the standalone bundle and hears their events', async () => {
    const { page, problems } = await open('plain.html');
    await page.waitForFunction(() => document.querySelectorAll('.hz-widget').length >= 4);
    expect(await page.locator('.hz-widget').count()).toBe(4);
    expect(await page.locator('.hz-error').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    // The finder's second centre, chosen with the keyboard, reaches the page's own handler.
    await page.locator('#finder input[type="radio"]:checked').focus();
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => document.getElementById('status')?.textContent?.startsWith('已选择'));
    expect(await page.textContent('#status')).toContain('为农服务中心');
    expect(problems).toEqual([]);
    await page.close();
  });
});
