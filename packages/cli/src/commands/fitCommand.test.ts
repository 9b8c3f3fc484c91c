import { readFileSync } from 'node:fs';
import { compileModel, fitScorecard } from '@hezuo/core';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { captureIo } from '../__tests__/captureIo';
import { CREDIT_DATA, tempDir, writeFile } from '../__tests__/creditFixture';
import { run } from '../run';

const tmp = tempDir();
afterAll(() => tmp.remove());

describe('hezuo fit', () => {
  it('fits the real applicants, prints the report and writes a model that compiles', async () => {
    const io = captureIo();
    const model = tmp.file('model.json');
    const report = tmp.file('report.json');
    const code = await run(
      [
        'fit',
        CREDIT_DATA,
        '--target',
        'Status',
        '--bad',
        'bad',
        '-o',
        model,
        '--report',
        report,
        '--lang',
        'en',
      ],
      io,
    );
    expect(io.err).toEqual([]);
    expect(code).toBe(0);
    expect(io.out[0]).toBe(`Read ${CREDIT_DATA}: 4454 rows, 1254 bad and 3200 good by column "Status"`);
    expect(io.out).toContain('  Seniority  numeric  IV 0.513  selected');
    expect(io.out).toContain('  Home  categorical  IV 0.250  selected');
    expect(io.out).toContain('  Debt  numeric  IV 0.018  left out');
    expect(io.out).toContain('Discrimination on the rows fitted: AUC 0.852, Gini 0.704, KS 0.554');
    expect(io.out.at(-2)).toBe(`Model written to ${model} (11 of 13 characteristics)`);
    expect(io.out.at(-1)).toBe(`Fit report written to ${report}`);
    const written = JSON.parse(readFileSync(model, 'utf8'));
    expect(compileModel(written).model.characteristics).toHaveLength(11);
    expect(JSON.parse(readFileSync(report, 'utf8')).rows).toBe(4454);
  });

  it('fits what the library fits from the same rows, typed as the file shows them', async () => {
    const rows: Record<string, string | number | null>[] = parse(readFileSync(CREDIT_DATA), {
      columns: true,
      cast: (value, context) => {
        if (context.header || context.column === 'Status') return value;
        if (value === '') return null;
        return /^[-+.\d]/.test(value) ? Number(value) : value;
      },
    });
    const expected = fitScorecard(rows, { target: 'Status', bad: 'bad' }).model;
    const model = tmp.file('same.json');
    expect(
      await run(['fit', CREDIT_DATA, '--target', 'Status', '--bad', 'bad', '-o', model], captureIo()),
    ).toBe(0);
    expect(JSON.parse(readFileSync(model, 'utf8'))).toEqual(expected);
  });

  it('prints the report in Chinese by default, and says when the model is not saved', async () => {
    const io = captureIo();
    expect(
      await run(['fit', CREDIT_DATA, '--target', 'Status', '--bad', 'bad', '--exclude', 'Debt,Price'], io),
    ).toBe(0);
    expect(io.out[0]).toBe(`读取 ${CREDIT_DATA}：4454 行，结果列“Status”中坏 1254 行、好 3200 行`);
    expect(io.out.some((l) => l.includes('Debt'))).toBe(false);
    expect(io.out.at(-1)).toBe('未指定 -o，模型未保存');
  });

  it('takes the characteristics, categorical columns and scaling it is given', async () => {
    const io = captureIo();
    const model = tmp.file('small.json');
    const code = await run(
      [
        'fit',
        CREDIT_DATA,
        '--target=Status',
        '--bad=bad',
        '--characteristics',
        'Seniority,Records',
        '--characteristics',
        'Income',
        '--categorical',
        'Seniority',
        '--base-score',
        '500',
        '--base-odds',
        '10',
        '--pdo',
        '40',
        '--min-iv',
        '0',
        '--model-id',
        'coop.small',
        '--model-version',
        '2026.1',
        '-o',
        model,
      ],
      io,
    );
    expect(io.err).toEqual([]);
    expect(code).toBe(0);
    const written = JSON.parse(readFileSync(model, 'utf8'));
    expect(written.characteristics.map((c: { id: string; type: string }) => `${c.id}:${c.type}`)).toEqual([
      'Seniority:categorical',
      'Records:categorical',
      'Income:numeric',
    ]);
    expect(written.logistic).toMatchObject({ baseScore: 500, baseOdds: 10, pdo: 40 });
    expect([written.id, written.version]).toEqual(['coop.small', '2026.1']);
  });

  it('names the column, data row and line of a cell that is not a number', async () => {
    const file = writeFile(
      tmp.file('bad-number.csv'),
      'status,age,village\ngood,30,东村\nbad,41,"西村\n（新）"\ngood,abc,东村\n',
    );
    const io = captureIo();
    expect(await run(['fit', file, '--target', 'status', '--bad', 'bad'], io)).toBe(1);
    expect(io.err).toEqual([`出错了：${file} 第 3 行数据（第 5 行），“age”列：“abc”不是数字`]);
    const en = captureIo();
    expect(await run(['fit', file, '--target', 'status', '--bad', 'bad', '--lang', 'en'], en)).toBe(1);
    expect(en.err).toEqual([`Failed: ${file}, data row 3 (line 5), column "age": "abc" is not a number`]);
  });

  it('names the data row and line of a ragged row', async () => {
    const file = writeFile(tmp.file('ragged.csv'), 'status,age\ngood,30\nbad,41,extra\n');
    const io = captureIo();
    expect(await run(['fit', file, '--target', 'status', '--bad', 'bad', '--lang', 'en'], io)).toBe(1);
    expect(io.err).toEqual([`Failed: ${file}, data row 2 (line 3): 3 fields, but the header has 2 columns`]);
  });

  it("prints the library's refusal of a target with three values, with the data row and line", async () => {
    const file = writeFile(tmp.file('three.csv'), 'status,age\ngood,30\nbad,41\n\nunknown,50\n');
    const io = captureIo();
    expect(await run(['fit', file, '--target', 'status', '--bad', 'bad', '--lang', 'en'], io)).toBe(1);
    expect(io.err).toHaveLength(1);
    expect(io.err[0]).toMatch(/^Failed \(INVALID_INPUT\): target "status", row 2: a third value "unknown"/);
    expect(io.err[0]).toMatch(new RegExp(`\\(${file.replaceAll('/', '\\/')}, data row 3 \\(line 5\\)\\)$`));
  });

  it('fails with exit code 1 for a missing file, an empty file or a column that is not there', async () => {
    const missing = tmp.file('nowhere.csv');
    const empty = writeFile(tmp.file('empty.csv'), '');
    const headerOnly = writeFile(tmp.file('header-only.csv'), 'status,age\n');
    const cases: [string[], string][] = [
      [[missing, '--target', 'status', '--bad', 'bad'], `出错了：找不到文件：${missing}`],
      [[empty, '--target', 'status', '--bad', 'bad'], `出错了：${empty} 是空文件：CSV 第一行应为列名`],
      [[headerOnly, '--target', 'status', '--bad', 'bad'], `出错了：${headerOnly} 只有表头，没有数据行`],
      [[CREDIT_DATA, '--target', 'Outcome', '--bad', 'bad'], `出错了：${CREDIT_DATA} 没有“Outcome”列`],
      [
        [CREDIT_DATA, '--target', 'Status', '--bad', 'bad', '--exclude', 'Id'],
        `出错了：${CREDIT_DATA} 没有“Id”列`,
      ],
      [[tmp.dir, '--target', 'status', '--bad', 'bad'], `出错了：${tmp.dir} 是目录，不是文件`],
    ];
    for (const [args, message] of cases) {
      const io = captureIo();
      expect(await run(['fit', ...args], io)).toBe(1);
      expect(io.err).toEqual([message]);
    }
  });

  it('refuses a command line it cannot run with exit code 2', async () => {
    const cases: [string[], string][] = [
      [['fit', CREDIT_DATA, '--bad', 'bad'], '缺少必填选项 --target'],
      [['fit', '--target', 'Status', '--bad', 'bad'], '缺少参数：<data.csv>'],
      [
        ['fit', CREDIT_DATA, '--target', 'Status', '--bad', 'bad', '--pdo', 'twenty'],
        '选项 --pdo 的值“twenty”无效：应为大于 0 的数',
      ],
      [
        ['fit', CREDIT_DATA, '--target', 'Status', '--bad', 'bad', '--pdo', '-5'],
        '选项 --pdo 的值“-5”无效：应为大于 0 的数',
      ],
      [['fit', CREDIT_DATA, '--target', 'Status', '--bad'], '选项 --bad 需要一个值'],
      [['fit', CREDIT_DATA, 'second.csv', '--target', 'Status', '--bad', 'bad'], '多余的参数：second.csv'],
      [['fit', CREDIT_DATA, '--target', 'Status', '--bad', 'bad', '--seed', '7'], '未知选项：--seed'],
    ];
    for (const [args, message] of cases) {
      const io = captureIo();
      expect(await run(args, io)).toBe(2);
      expect(io.err).toEqual([message, '运行 hezuo help 查看用法。']);
      expect(io.out).toEqual([]);
    }
  });
});
