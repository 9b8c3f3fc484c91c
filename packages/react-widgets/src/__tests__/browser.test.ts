import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestPages } from './buildTestPages';
import { RESIDENT_ID } from './fixtures';
import { serveDirectory } from './staticServer';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const SCREENSHOTS = fileURLToPath(new URL('../../.screenshots/', import.meta.url));
const WIDGETS = ['CreditRatingCard', 'MemberStatement', 'MembershipApplicationForm', 'FertilizerPlanner'];
const TIMEOUT = 120_000;

let root = '';
let server: Awaited<ReturnType<typeof serveDirectory>> | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'hezuo-widgets-'));
  await buildTestPages(root);
  server = await serveDirectory(root);
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  await mkdir(SCREENSHOTS, { recursive: true });
}, TIMEOUT);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  if (!browser || !server) throw new Error('the browser did not start');
  const page = await browser.newPage();
  const errors: string[] = [];
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${server.url}${path}`);
  await page.waitForSelector('body[data-ready="true"], #card .hz-widget');
  return { page, errors };
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    const result = await axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  return violations;
}

const host = (page: Page, name: string) => page.locator(`[data-widget-host="${name}"]`);

async function tabTo(page: Page, selector: string, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe.each(['r19', 'r18'])('widgets in Chromium (%s)', (build) => {
  it.each(['zh-CN', 'en'])(
    'render every widget in %s with zero WCAG 2.1 AA violations',
    async (locale) => {
      const { page, errors } = await open(`/${build}/?locale=${locale}`);
      expect(await page.evaluate(() => document.body.dataset.react)).toMatch(
        build === 'r18' ? /^18\./ : /^19\./,
      );
      for (const name of WIDGETS) {
        await expect.poll(() => host(page, name).locator('.hz-widget').count()).toBe(1);
        if (build === 'r19')
          await host(page, name).screenshot({ path: join(SCREENSHOTS, `${name}-${locale}.png`) });
      }
      expect(await host(page, 'CreditRatingCard').textContent()).toContain(
        locale === 'en' ? 'Credit rating' : '信用评级',
      );
      const violations = await axeViolations(page);
      console.log(`axe ${build} ${locale}: ${violations.length} violations`, violations);
      expect(violations).toEqual([]);
      // The invalid widget shows its error state; the page around it lives on.
      await expect
        .poll(() => host(page, 'invalid').locator('[role="alert"]').textContent())
        .toContain('dividend');
      expect(errors.filter((e) => !e.includes('[@hezuo/react-widgets]'))).toEqual([]);
      await page.close();
    },
    TIMEOUT,
  );

  it(
    'MembershipApplicationForm: keyboard only, errors announced, the ID masked in the DOM',
    async () => {
      const { page } = await open(`/${build}/?locale=en`);
      const form = host(page, 'MembershipApplicationForm');
      await tabTo(page, '[data-widget-host="MembershipApplicationForm"] button');
      await page.keyboard.press('Enter');
      await expect.poll(() => form.locator('form').getAttribute('data-state')).toBe('invalid');
      // Focus moved to the first bad field.
      expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('name');
      await page.keyboard.type('Wang Fang');
      await page.keyboard.press('Tab');
      await page.keyboard.type(RESIDENT_ID);
      await page.keyboard.press('Tab');
      await page.keyboard.type('13800138000');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect.poll(() => form.locator('form').getAttribute('data-state')).toBe('submitted');
      expect(await form.locator('[role="status"]').textContent()).toContain('1101**********002X');
      expect(await page.content()).not.toContain(RESIDENT_ID);
      expect(await page.evaluate(() => (window as unknown as { submitted: unknown[] }).submitted)).toEqual([
        { name: 'Wang Fang', residentId: RESIDENT_ID, phone: '13800138000' },
      ]);
      await page.close();
    },
    TIMEOUT,
  );

  it(
    'FertilizerPlanner: keyboard only, soil test → plan → least-cost blend',
    async () => {
      const { page } = await open(`/${build}/?locale=zh-CN`);
      const planner = host(page, 'FertilizerPlanner');
      await tabTo(page, '[data-widget-host="FertilizerPlanner"] button');
      await page.keyboard.press('Enter');
      await expect.poll(() => planner.locator('form').getAttribute('data-state')).toBe('planned');
      expect(await planner.locator('tfoot').textContent()).toMatch(/¥[\d,]+\.\d\d/);
      // A bad value is announced and marked.
      await tabTo(page, '[data-widget-host="FertilizerPlanner"] input[name="soilN"]');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('abc');
      await page.keyboard.press('Enter');
      await expect.poll(() => planner.locator('form').getAttribute('data-state')).toBe('invalid');
      expect(await planner.locator('[role="alert"]').textContent()).toContain('氮');
      expect(await planner.locator('input[name="soilN"]').getAttribute('aria-invalid')).toBe('true');
      await page.close();
    },
    TIMEOUT,
  );

  it(
    'CreditRatingCard and MemberStatement: read in order, no keyboard trap',
    async () => {
      const { page } = await open(`/${build}/?locale=zh-CN`);
      // Static widgets hold no focus stops: the first Tab stop of the page is the form's first field.
      await page.keyboard.press('Tab');
      expect(
        await page.evaluate(() =>
          document.activeElement?.closest('[data-widget-host]')?.getAttribute('data-widget-host'),
        ),
      ).toBe('MembershipApplicationForm');
      const rows = await host(page, 'MemberStatement').locator('tbody th[scope="row"]').allInnerTexts();
      expect(rows[0]).toBe('量化公积金份额');
      await page.close();
    },
    TIMEOUT,
  );
});

describe('theming and the plain page', () => {
  it(
    'a theme override through custom properties restyles the widget',
    async () => {
      const { page } = await open('/r19/?locale=zh-CN');
      const background = () =>
        page.evaluate(() => {
          const button = document.querySelector('[data-widget-host="themed"] button');
          return button ? getComputedStyle(button).backgroundColor : '';
        });
      expect(await background()).toBe('rgb(11, 110, 79)');
      await page.addStyleTag({ content: '.hz-test-theme { --hz-color-accent: rgb(91, 33, 182); }' });
      expect(await background()).toBe('rgb(91, 33, 182)');
      await host(page, 'themed').screenshot({ path: join(SCREENSHOTS, 'theme-override.png') });
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    },
    TIMEOUT,
  );

  it(
    'the IIFE bundle mounts, updates and unmounts widgets; an unknown name shows an error state',
    async () => {
      const { page, errors } = await open('/plain/');
      expect(await page.locator('#card').textContent()).toContain('信用评级');
      expect(await page.locator('#unknown [role="alert"]').textContent()).toContain('NoSuchWidget');
      expect(await page.locator('#form').textContent()).toContain('Membership application');
      await page.evaluate(() => {
        const w = window as unknown as { card: { update: (p: object) => void }; RESULT_PROPS: object };
        w.card.update({ ...w.RESULT_PROPS, locale: 'en' });
      });
      await expect.poll(() => page.locator('#card').textContent()).toContain('Credit rating');
      // Events through on(): fill and submit the mounted form by keyboard.
      await page.locator('#form input[name="name"]').focus();
      await page.keyboard.type('Li Lei');
      await page.keyboard.press('Tab');
      await page.keyboard.type(RESIDENT_ID);
      await page.keyboard.press('Tab');
      await page.keyboard.type('13900139000');
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { events: unknown[] }).events.length))
        .toBe(1);
      expect(await page.content()).not.toContain(RESIDENT_ID);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, 'plain-page.png'), fullPage: true });
      await page.evaluate(() => (window as unknown as { card: { unmount: () => void } }).card.unmount());
      expect(await page.locator('#card').innerHTML()).toBe('');
      // Production bundle: no development messages, and nothing personal in the console.
      expect(errors.join('\n')).not.toContain(RESIDENT_ID);
      await page.close();
    },
    TIMEOUT,
  );
});
