import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Locale, LocaleSchema, parseInput } from '@hezuo/core';
import { startReferenceBank } from '@hezuo/reference-bank';
import { z } from 'zod';
import { renderReport } from './report/renderReport';
import { reportDataOf } from './reportDataOf';
import { runSeason, type SeasonResult } from './runSeason';
import { summaryLines } from './summary';

/** Options of {@link runDemo}. */
export const DemoOptionsSchema = z.strictObject({
  seed: z
    .int()
    .min(0)
    .max(2 ** 32 - 1)
    .optional(),
  households: z.int().min(200).max(20_000).optional(),
  locale: z._default(LocaleSchema, 'zh-CN'),
  /** Where the report goes. */
  outDir: z.string().min(1),
  /** Writes text to the terminal (or a test's buffer). */
  write: z.custom<(text: string) => void>((v) => typeof v === 'function'),
  /** Redraw progress in place (a terminal); otherwise one line per finished step. */
  interactive: z.boolean().default(false),
});

/** Options of {@link runDemo}, as given. */
export type DemoOptions = z.input<typeof DemoOptionsSchema>;

const STEP_NAMES: Record<Locale, Record<string, string>> = {
  'zh-CN': {
    membership: '设立合作社、吸收社员',
    history: '导入历史交易',
    marketing: '产销对接',
    plots: '登记地块',
    trusteeship: '托管合同作业与结算',
    'agri-input': '农资团购与施肥方案',
    surplus: '盈余分配',
    credit: '信用评分',
    bank: '向银行申请授信',
    insurance: '小麦保险',
  },
  en: {
    membership: 'founding co-ops, admitting members',
    history: 'loading the history',
    marketing: 'marketing',
    plots: 'registering plots',
    trusteeship: 'trusteeship work and settlement',
    'agri-input': 'group buy and fertilising plan',
    surplus: 'surplus distribution',
    credit: 'credit scoring',
    bank: 'credit lines from the bank',
    insurance: 'wheat insurance',
  },
};

/**
 * Runs the demo: the reference bank on 127.0.0.1 (stopped at the end, whatever happens), one
 * season of a generated county, the summary, and the HTML report under `outDir`. Resolves to
 * whether every check of the season held.
 */
export async function runDemo(options: DemoOptions): Promise<boolean> {
  const o = parseInput(DemoOptionsSchema, options, { path: ['options'] });
  const say = (line = '') => o.write(`${line}\n`);
  const started = performance.now();
  let last = '';
  let stepStarted = started;
  const progress = (step: string, done: number, total: number) => {
    const name = STEP_NAMES[o.locale][step] ?? step;
    const finished = done === total && last !== step;
    const seconds = finished ? ` ${((performance.now() - stepStarted) / 1000).toFixed(1)} s` : '';
    if (o.interactive) {
      o.write(`\r\x1b[2K  ${name} ${done}/${total}${finished ? `${seconds}\n` : ''}`);
    } else if (finished) {
      say(`  ✓ ${name} (${total})${seconds}`);
    }
    if (finished) {
      last = step;
      stepStarted = performance.now();
    }
  };

  say(
    o.locale === 'en'
      ? 'Hezuo demo: one season of a generated county'
      : '合作 Hezuo 演示：一个生成县的一个年度',
  );
  const bank = await startReferenceBank();
  let result: SeasonResult;
  try {
    result = await runSeason(
      {
        locale: o.locale,
        bankUrl: bank.url,
        ...(o.seed === undefined ? {} : { seed: o.seed }),
        ...(o.households === undefined ? {} : { households: o.households }),
      },
      progress,
    );
  } finally {
    await bank.close();
  }
  const lines = summaryLines(result, o.locale);
  say();
  for (const line of lines) say(line);

  const dir = resolve(o.outDir);
  await mkdir(dir, { recursive: true });
  const file = join(dir, 'report.html');
  await writeFile(file, renderReport(reportDataOf(result, o.locale, lines)));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  say();
  say(
    o.locale === 'en'
      ? `Report: ${pathToFileURL(file).href} (${seconds} s)`
      : `报告：${pathToFileURL(file).href}（用时 ${seconds} 秒）`,
  );
  return seasonChecks(result);
}

/** The season's own checks: money conserved where the packages promise it. */
export function seasonChecks(r: SeasonResult): boolean {
  const s = r.surplus.season;
  const i = r.insurance;
  return (
    s.paidOutFen === s.distributableFen &&
    r.surplus.historyMatched === r.surplus.historyTotal &&
    r.marketing.netFen + r.marketing.commissionFen === r.marketing.revenueFen &&
    i.centreFen + i.provinceFen + i.countyFen + i.farmerFen === i.premiumFen
  );
}
