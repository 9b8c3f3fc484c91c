import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../../../vitest.shared.mjs';
import { WIDGET_NAMES } from '../mount/widgetRegistry';
import { buildTestPages } from './buildTestPages';
import { RESIDENT_ID } from './fixtures';
import { serveDirectory } from './staticServer';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const SCREENSHOTS = fileURLToPath(new URL('../../.screenshots/', import.meta.url));
const TIMEOUT = 120_000;

let root = '';
let server: Awaited<ReturnType<typeof serveDirectory>> | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'hezuo-widgets-'));
  await buildTestPages(root);
  server = await serveDirectory(root);
  browser = await chromium.launch({
    ...chromiumLaunchOptions,
    args: [...chromiumLaunchOptions.args, '--disable-quic'],
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

async function tabTo(
  page: Page,
  selector: string,
  limit = 40,
  key: 'Tab' | 'Shift+Tab' = 'Tab',
): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key);
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
      for (const name of WIDGET_NAMES) {
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
      // Back up the form: forward, Tab would have to go round every widget below the planner.
      await tabTo(page, '[data-widget-host="FertilizerPlanner"] input[name="soilN"]', 40, 'Shift+Tab');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('abc');
      await page.keyboard.press('Enter');
      await expect.poll(() => planner.locator('form').getAttribute('data-state')).toBe('invalid');
      expect(await planner.locator('[role="alert"]').textContent()).toContain('氮');
      expect(await planner.locator('input[name="soilN"]').getAttribute('aria-invalid')).toBe('true');
      // A number the domain refuses (a negative soil test) marks the same field, not another.
      await page.keyboard.press('Control+A');
      await page.keyboard.type('-5');
      await page.keyboard.press('Enter');
      await expect.poll(() => planner.locator('form').getAttribute('data-state')).toBe('invalid');
      expect(await planner.locator('input[name="soilN"]').getAttribute('aria-invalid')).toBe('true');
      expect(await planner.locator('[aria-invalid="true"]').count()).toBe(1);
      await page.close();
    },
    TIMEOUT,
  );

  it(
    'TrusteeshipQuote: keyboard only, menu quote → refusal → full package',
    async () => {
      const { page } = await open(`/${build}/?locale=zh-CN`);
      const quote = host(page, 'TrusteeshipQuote');
      const at = '[data-widget-host="TrusteeshipQuote"]';
      await tabTo(page, `${at} button`);
      await page.keyboard.press('Enter');
      await expect.poll(() => quote.locator('form').getAttribute('data-state')).toBe('quoted');
      // The trusteeship guide's example: four services over 20.75 mu, less 5 % for a consolidated block.
      expect(await quote.locator('tfoot').textContent()).toContain('¥3,252.56');
      expect(await quote.locator('tbody').textContent()).toContain('-¥171.19');
      // Untick all but ploughing, going back up the form: menu trusteeship needs two operations.
      for (const id of ['wheat-harvest', 'wheat-spraying', 'wheat-sowing']) {
        await tabTo(page, `${at} input[value="${id}"]`, 40, 'Shift+Tab');
        await page.keyboard.press('Space');
      }
      await tabTo(page, `${at} button`);
      await page.keyboard.press('Enter');
      await expect.poll(() => quote.locator('form').getAttribute('data-state')).toBe('invalid');
      expect(await quote.locator('[role="alert"]').textContent()).toContain('两项或以上');
      // Focus went to the services, and the group points at the message.
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe(
        'wheat-ploughing',
      );
      expect(await quote.locator('fieldset[data-invalid="true"]').count()).toBe(1);
      // The full package: arrow keys in the radio group, then the plots' yields are asked for.
      await tabTo(page, `${at} input[value="menu"]`, 40, 'Shift+Tab');
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => quote.locator('form').getAttribute('data-kind')).toBe('full');
      expect(await quote.locator('input[name="yield-0-2"]').inputValue()).toBe('441');
      await tabTo(page, `${at} button`);
      await page.keyboard.press('Enter');
      await expect.poll(() => quote.locator('form').getAttribute('data-state')).toBe('quoted');
      expect(await quote.locator('.hz-quote__result').textContent()).toContain('438.7');
      expect(await quote.locator('.hz-quote__gain').textContent()).toContain('70%');
      expect(await quote.locator('tfoot').textContent()).toContain('¥20,750.00');
      const quotes = await page.evaluate(() => (window as unknown as { quoted: { kind: string }[] }).quoted);
      expect(quotes.map((q) => q.kind)).toEqual(['menu', 'full']);
      if (build === 'r19')
        await quote.screenshot({ path: join(SCREENSHOTS, 'TrusteeshipQuote-full-zh-CN.png') });
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    },
    TIMEOUT,
  );

  it(
    'ServiceCenterFinder: the list by distance, arrow keys select, the map follows',
    async () => {
      const { page } = await open(`/${build}/?locale=zh-CN`);
      const finder = host(page, 'ServiceCenterFinder');
      const labels = await finder.locator('li label').allInnerTexts();
      expect(labels[0]).toContain('密水街道为农服务中心');
      expect(labels[0]).toContain('最近');
      expect(await finder.locator('li .hz-note').first().textContent()).toMatch(
        /^\d+(\.\d)? 公里 · 在 3 公里服务半径内$/,
      );
      const map = finder.locator('svg[role="img"]');
      expect(await map.locator('title').textContent()).toBe('服务中心位置示意图');
      expect(await map.locator('desc').textContent()).toContain('最近的是密水街道为农服务中心');
      const selectedOnMap = () => map.locator('.hz-finder__center[data-selected="true"] text').textContent();
      expect(await selectedOnMap()).toBe('密水街道为农服务中心');
      // One Tab stop for the whole group: it lands on the selected centre; arrows move the selection.
      await tabTo(page, '[data-widget-host="ServiceCenterFinder"] input[type="radio"]');
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.checked)).toBe(
        true,
      );
      await page.keyboard.press('ArrowDown');
      await expect.poll(selectedOnMap).toBe('朝阳街道为农服务中心');
      expect(await finder.locator('section').getAttribute('data-selected')).toBe('SC-CY');
      expect(await map.locator('circle.hz-finder__circle[data-selected="true"]').count()).toBe(1);
      await page.keyboard.press('ArrowDown');
      await expect.poll(selectedOnMap).toBe('阚家镇为农服务中心');
      expect(await page.evaluate(() => (window as unknown as { selected: string[] }).selected)).toEqual([
        'SC-CY',
        'SC-KJ',
      ]);
      // The scale bar and north arrow are drawn.
      expect(await map.locator('.hz-finder__scale text').textContent()).toMatch(/^\d+ 公里$/);
      expect(await map.locator('.hz-finder__north text').textContent()).toBe('北');
      await page.close();
    },
    TIMEOUT,
  );

  it(
    'LoanCalculator: keyboard only, errors from finance marked on their fields, schedule by method',
    async () => {
      const { page } = await open(`/${build}/?locale=en`);
      const loan = host(page, 'LoanCalculator');
      const at = '[data-widget-host="LoanCalculator"]';
      const state = () => loan.locator('form').getAttribute('data-state');
      // The host's starting values are calculated at once: 50,000 yuan, 4.35 %, 12 months.
      expect(await state()).toBe('calculated');
      expect(await loan.locator('caption').textContent()).toBe('Repayment schedule (12 installments)');
      expect(await loan.locator('thead th[scope="col"]').count()).toBe(6);
      expect(await loan.locator('tbody th[scope="row"]').count()).toBe(12);
      expect(await loan.locator('tfoot').textContent()).toContain('CN¥51,208.93');
      expect(await loan.locator('[data-figure="level"] dd').textContent()).toBe('CN¥4,267.41');
      expect(await loan.locator('[data-figure="cost"] dd').textContent()).toBe('4.50%');
      // Two bad fields at once: both marked, each message linked, focus on the first.
      await tabTo(page, `${at} input[name="principal"]`);
      await page.keyboard.press('Control+A');
      await page.keyboard.type('fifty thousand');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('40');
      await tabTo(page, `${at} button`);
      await page.keyboard.press('Enter');
      await expect.poll(state).toBe('invalid');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('principal');
      for (const [name, text] of [
        ['principal', 'amount in yuan'],
        ['annualRatePercent', 'from 0 to 36 per cent'],
      ] as const) {
        const input = loan.locator(`input[name="${name}"]`);
        expect(await input.getAttribute('aria-invalid')).toBe('true');
        const described = await input.getAttribute('aria-describedby');
        expect(await page.locator(`[id="${described}"]`).textContent()).toContain(text);
      }
      expect(await loan.locator('[role="status"]').textContent()).toBe('2 fields need correcting.');
      expect(await loan.locator('table').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      // Corrected, and equal principal chosen with the arrow keys.
      await page.keyboard.press('Control+A');
      await page.keyboard.type('80,000');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('3.85');
      await tabTo(page, `${at} select[name="method"]`);
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => loan.locator('select[name="method"]').inputValue()).toBe('equalPrincipal');
      await tabTo(page, `${at} button`);
      await page.keyboard.press('Enter');
      await expect.poll(state).toBe('calculated');
      expect(await loan.locator('tbody tr').first().textContent()).toContain('CN¥6,666.66');
      expect(await loan.locator('[data-figure="level"]').count()).toBe(0);
      // Seasonal: the crop appears; a year from March misses the June wheat harvest.
      await tabTo(page, `${at} select[name="method"]`, 40, 'Shift+Tab');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => loan.locator('select[name="crop"]').count()).toBe(1);
      await tabTo(page, `${at} button`);
      await page.keyboard.press('Enter');
      await expect.poll(state).toBe('invalid');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('termMonths');
      expect(await loan.locator('.hz-field__error').textContent()).toContain('(June)');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('15');
      await page.keyboard.press('Enter');
      await expect.poll(state).toBe('calculated');
      expect(await loan.locator('tbody th[scope="row"]').count()).toBe(15);
      const schedules = await page.evaluate(
        () => (window as unknown as { schedules: { method: string; principalFen: number }[] }).schedules,
      );
      expect(schedules.map((s) => [s.method, s.principalFen])).toEqual([
        ['equalPrincipal', 8_000_000],
        ['seasonal', 8_000_000],
      ]);
      // The schedule's scroll region is a named keyboard stop.
      await tabTo(page, `${at} section[tabindex="0"]`);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-labelledby'))).toBeTruthy();
      if (build === 'r19')
        await loan.screenshot({ path: join(SCREENSHOTS, 'LoanCalculator-seasonal-en.png') });
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    },
    TIMEOUT,
  );

  it(
    'InsuranceQuote: keyboard only, each payer’s share, the area checked against trusteeship',
    async () => {
      const { page } = await open(`/${build}/?locale=zh-CN`);
      const quote = host(page, 'InsuranceQuote');
      const at = '[data-widget-host="InsuranceQuote"]';
      const state = () => quote.locator('form').getAttribute('data-state');
      const payer = (p: string) => quote.locator(`tr[data-payer="${p}"]`).textContent();
      // 12.5 mu of wheat: 450 × 6 % × 12.5 = 337.50 yuan, centre 45 %, province 25 %, county 10 %.
      expect(await state()).toBe('quoted');
      expect(await quote.locator('caption').textContent()).toBe('保费分担');
      expect(await payer('centre')).toBe('中央财政45%¥151.88');
      expect(await payer('province')).toBe('省级财政25%¥84.37');
      expect(await payer('county')).toBe('县级财政10%¥33.75');
      expect(await payer('farmer')).toBe('农户20%¥67.50');
      expect(await quote.locator('tfoot').textContent()).toContain('¥337.50');
      expect(await quote.locator('.hz-insurance__check').textContent()).toContain('合同面积 12.5 亩');
      // More land than the member has under trusteeship contract.
      await tabTo(page, `${at} input[name="areaMu"]`);
      await page.keyboard.press('Control+A');
      await page.keyboard.type('13');
      await page.keyboard.press('Enter');
      await expect.poll(state).toBe('invalid');
      const area = quote.locator('input[name="areaMu"]');
      expect(await area.getAttribute('aria-invalid')).toBe('true');
      const described = (await area.getAttribute('aria-describedby')) ?? '';
      expect(described.split(' ')).toHaveLength(1);
      expect(await page.locator(`[id="${described}"]`).textContent()).toContain('托管合同面积（12.5 亩）');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('areaMu');
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Control+A');
      await page.keyboard.type('10');
      await page.keyboard.press('Enter');
      await expect.poll(state).toBe('quoted');
      expect(await payer('farmer')).toBe('农户20%¥54.00');
      // Maize, chosen with the arrow keys: 10 mu × 400 × 7 % = 280 yuan.
      await tabTo(page, `${at} select[name="productId"]`, 40, 'Shift+Tab');
      await page.keyboard.press('ArrowDown');
      expect(await quote.locator('.hz-note').first().textContent()).toBe('每亩保险金额 ¥400.00，费率 7%');
      await tabTo(page, `${at} button`);
      await page.keyboard.press('Enter');
      await expect.poll(() => quote.locator('tfoot').textContent()).toContain('¥280.00');
      expect(await quote.locator('[role="status"]').textContent()).toBe(
        '保费 ¥280.00，其中农户自缴 ¥56.00。',
      );
      const quotes = await page.evaluate(
        () =>
          (window as unknown as { insuranceQuotes: { productId: string; premium: { premiumFen: number } }[] })
            .insuranceQuotes,
      );
      expect(quotes.map((q) => [q.productId, q.premium.premiumFen])).toEqual([
        ['wheat', 27_000],
        ['maize', 28_000],
      ]);
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
    'the IIFE bundle mounts LoanCalculator and relays its schedule event',
    async () => {
      const { page, errors } = await open('/plain/');
      const loan = page.locator('#loan');
      await expect.poll(() => loan.locator('tbody tr').count()).toBe(12);
      expect(await loan.locator('h2').textContent()).toBe('Loan calculator');
      await loan.locator('button').focus();
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { schedules: unknown[] }).schedules.length))
        .toBe(1);
      expect(errors).toEqual([]);
      await page.close();
    },
    TIMEOUT,
  );

  it(
    'the IIFE bundle mounts ServiceCenterFinder and relays its select event',
    async () => {
      const { page, errors } = await open('/plain/');
      const finder = page.locator('#finder');
      await expect.poll(() => finder.locator('li').count()).toBe(4);
      expect(await finder.locator('h2').textContent()).toBe('Service centres nearby');
      expect(await finder.locator('li .hz-note').first().textContent()).toMatch(
        / km · within its 3 km service radius$/,
      );
      await finder.locator('input[type="radio"]:checked').focus();
      await page.keyboard.press('ArrowUp');
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { selected: string[] }).selected))
        .toEqual(['SC-BC']);
      expect(await finder.locator('svg .hz-finder__center[data-selected="true"] text').textContent()).toBe(
        '柏城镇为农服务中心',
      );
      expect(errors).toEqual([]);
      await page.close();
    },
    TIMEOUT,
  );

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
