import { readFileSync } from 'node:fs';
import { compileModel, populationStabilityIndex, score } from '@hezuo/core';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureIo } from '../__tests__/captureIo';
import { CREDIT_DATA, fitCreditModel, tempDir, writeFile } from '../__tests__/creditFixture';
import { run } from '../run';

const tmp = tempDir();
const modelFile = tmp.file('model.json');
// The applicants split in two: the first 2,227 as the baseline, the rest as the current sample.
const [header, ...lines] = readFileSync(CREDIT_DATA, 'utf8').trimEnd().split('\n');
const baseline = writeFile(tmp.file('baseline.csv'), [header, ...lines.slice(0, 2227)].join('\n'));
const current = writeFile(tmp.file('current.csv'), [header, ...lines.slice(2227)].join('\n'));
beforeAll(() => fitCreditModel(modelFile));
afterAll(() => tmp.remove());

function scoresOf(file: string): number[] {
  const compiled = compileModel(JSON.parse(readFileSync(modelFile, 'utf8')));
  const rows: Record<string, string | number | null>[] = parse(readFileSync(file), {
    columns: true,
    cast: (value, context) => {
      if (context.header) return value;
      if (value === '') return null;
      return /^[-+.\d]/.test(value) ? Number(value) : value;
    },
  });
  return rows.map((row) => score(compiled, row).score);
}

describe('hezuo monitor', () => {
  it('prints the PSI of the scores and of each characteristic, with verdicts', async () => {
    const io = captureIo();
    const args = [
      'monitor',
      '--model',
      modelFile,
      baseline,
      current,
      '--as-of',
      '2026-06-30',
      '--lang',
      'en',
    ];
    expect(await run(args, io)).toBe(0);
    expect(io.err).toEqual([]);
    const psi = populationStabilityIndex({ expected: scoresOf(baseline), actual: scoresOf(current) });
    expect(io.out.slice(0, 4)).toEqual([
      'Monitoring of model fitted-scorecard (version 1) as of 2026-06-30',
      `Baseline ${baseline}: 2227 rows; current ${current}: 2227 rows`,
      `Score PSI ${psi.psi.toFixed(4)} (${psi.verdict})`,
      "Characteristic PSI (over the model's bins):",
    ]);
    const characteristics = io.out.slice(4, 15);
    expect(characteristics.map((l) => l.trim().split(/\s+/)[0])).toEqual([
      'Amount',
      'Assets',
      'Expenses',
      'Home',
      'Income',
      'Job',
      'Marital',
      'Price',
      'Records',
      'Seniority',
      'Time',
    ]);
    for (const line of characteristics)
      expect(line).toMatch(/^ {2}\S+ {2}\d\.\d{4} {2}(stable|watch|significant shift)$/);
    expect(io.out[15]).toMatch(/^Overall: (stable|watch|significant shift)$/);
    expect(io.out).toHaveLength(16);
  });

  it('adds discrimination and bad rate by grade with an outcome column, and writes the report JSON', async () => {
    const io = captureIo();
    const json = tmp.file('report.json');
    const args = ['monitor', '--model', modelFile, baseline, current, '--target', 'Status', '--bad', 'bad'];
    expect(await run([...args, '--json', json, '--as-of', '2026-06-30'], io)).toBe(0);
    const report = JSON.parse(readFileSync(json, 'utf8'));
    expect(report.generatedFor).toEqual({
      modelId: 'fitted-scorecard',
      asOf: '2026-06-30',
      baseline,
      current,
    });
    expect(io.out).toContain(
      `当前样本区分度：AUC ${report.discrimination.auc.toFixed(3)}，Gini ${report.discrimination.gini.toFixed(3)}，KS ${report.discrimination.ks.toFixed(3)}`,
    );
    expect(io.out).toContain('各等级坏账率（当前样本）：');
    expect(report.badRateByGrade.total.count).toBe(2227);
    expect(io.out.at(-1)).toBe(`监测报告已写入 ${json}`);
  });

  it("takes today's date from the io's clock when --as-of is not given", async () => {
    const io = {
      ...captureIo(),
      clock: { now: () => new Date('2026-01-02T03:00:00Z'), today: () => '2026-01-02' },
    };
    expect(await run(['monitor', '--model', modelFile, baseline, current], io)).toBe(0);
    expect(io.out[0]).toBe('模型 fitted-scorecard（版本 1）监测报告，截至 2026-01-02');
  });

  it('counts an empty outcome as not known yet', async () => {
    const pending = writeFile(
      tmp.file('pending.csv'),
      [header, ...lines.slice(2227).map((l, i) => (i % 2 === 0 ? l.replace(/^"(good|bad)"/, '') : l))].join(
        '\n',
      ),
    );
    const json = tmp.file('pending.json');
    const args = ['monitor', '--model', modelFile, baseline, pending, '--target', 'Status', '--bad', 'bad'];
    expect(await run([...args, '--json', json, '--as-of', '2026-06-30'], captureIo())).toBe(0);
    expect(JSON.parse(readFileSync(json, 'utf8')).badRateByGrade.total.count).toBe(1113);
  });

  it('fails on bad files and refuses a bad command line', async () => {
    const failures: [string[], number, string][] = [
      [
        ['--model', modelFile, baseline, tmp.file('none.csv')],
        1,
        `Failed: File not found: ${tmp.file('none.csv')}`,
      ],
      [['--model', modelFile, baseline], 2, 'Missing argument: <current.csv>'],
      [
        ['--model', modelFile, baseline, writeFile(tmp.file('header-only.csv'), `${header}\n`)],
        1,
        `Failed: ${tmp.file('header-only.csv')} has a header but no data rows`,
      ],
      [['--model', modelFile, baseline, current, '--target', 'Status'], 2, 'Missing required option --bad'],
      [['--model', modelFile, baseline, current, '--bad', 'bad'], 2, 'Option --bad goes only with --target'],
      [
        ['--model', modelFile, baseline, current, '--as-of', '30/06/2026'],
        2,
        'Option --as-of: "30/06/2026" is not valid: expected a date YYYY-MM-DD',
      ],
      [['--model', modelFile, baseline, current, 'third.csv'], 2, 'Unexpected argument: third.csv'],
    ];
    for (const [args, code, message] of failures) {
      const io = captureIo();
      expect(await run(['monitor', ...args, '--lang', 'en'], io)).toBe(code);
      expect(io.err[0]).toBe(message);
    }
  });
});
