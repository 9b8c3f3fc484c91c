import { existsSync, readFileSync } from 'node:fs';
import { compileModel, score } from '@hezuo/core';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureIo } from '../__tests__/captureIo';
import { CREDIT_DATA, fitCreditModel, tempDir, writeFile } from '../__tests__/creditFixture';
import { run } from '../run';

const tmp = tempDir();
const modelFile = tmp.file('model.json');
beforeAll(() => fitCreditModel(modelFile));
afterAll(() => tmp.remove());

/** The rows of the real applicants as the library scores them: numbers cast, empty cells missing. */
function creditRows(): Record<string, string | number | null>[] {
  return parse(readFileSync(CREDIT_DATA), {
    columns: true,
    cast: (value, context) => {
      if (context.header) return value;
      if (value === '') return null;
      return /^[-+.\d]/.test(value) ? Number(value) : value;
    },
  });
}

describe('hezuo score', () => {
  it('writes one row per input row, in order, scored as score() scores it', async () => {
    const io = captureIo();
    const out = tmp.file('scores.csv');
    expect(await run(['score', '--model', modelFile, CREDIT_DATA, '-o', out, '--key', 'Status'], io)).toBe(0);
    expect(io.err).toEqual([]);
    expect(io.out).toEqual([`已评分 4454 行，写入 ${out}`]);
    const written: string[][] = parse(readFileSync(out));
    expect(written[0]).toEqual(['Status', 'score', 'grade', 'reason_1', 'reason_2', 'reason_3', 'reason_4']);
    const rows = creditRows();
    expect(written).toHaveLength(rows.length + 1);
    const compiled = compileModel(JSON.parse(readFileSync(modelFile, 'utf8')));
    rows.forEach((row, i) => {
      const expected = score(compiled, row);
      const reasons = expected.reasons.map((r) => r.id);
      expect(written[i + 1]).toEqual([
        row.Status,
        String(expected.score),
        expected.grade,
        ...[0, 1, 2, 3].map((m) => reasons[m] ?? ''),
      ]);
    });
  });

  it('scores across chunk boundaries exactly as row by row (20,000 rows, three chunks)', async () => {
    const [header, ...lines] = readFileSync(CREDIT_DATA, 'utf8').trimEnd().split('\n');
    const many = Array.from({ length: 20_000 }, (_, i) => `${i + 1},${lines[(i * 7) % lines.length]}`);
    const input = writeFile(tmp.file('many.csv'), [`n,${header}`, ...many].join('\n'));
    const out = tmp.file('many-scores.csv');
    expect(await run(['score', '--model', modelFile, input, '-o', out, '--key', 'n'], captureIo())).toBe(0);
    const written: string[][] = parse(readFileSync(out));
    expect(written).toHaveLength(20_001);
    const compiled = compileModel(JSON.parse(readFileSync(modelFile, 'utf8')));
    const rows = creditRows();
    written.slice(1).forEach((cells, i) => {
      const expected = score(compiled, rows[(i * 7) % rows.length] as Record<string, string | number | null>);
      expect(cells.slice(0, 3)).toEqual([String(i + 1), String(expected.score), expected.grade]);
      expect(cells.slice(3).filter((c) => c !== '')).toEqual(expected.reasons.map((r) => r.id));
    });
  }, 60_000);

  it('passes awkward key cells through as valid CSV, and writes to stdout without -o', async () => {
    const input = writeFile(
      tmp.file('awkward.csv'),
      [
        'member,Seniority,Home,Time,Age,Marital,Records,Job,Expenses,Income,Assets,Debt,Amount,Price',
        '"Li, Wei",9,rent,60,30,married,no,freelance,73,129,0,0,800,846',
        '"the ""elder"" Zhang",17,rent,60,58,widow,no,fixed,48,131,0,0,1000,1658',
        '"two\nlines",10,owner,36,46,married,yes,freelance,90,,3000,0,2000,2985',
        '王芳,0,,60,24,single,no,fixed,63,182,2500,0,900,1325',
      ].join('\r\n'),
    );
    const io = captureIo();
    expect(
      await run(['score', '--model', modelFile, input, '--key', 'member,Home', '--lang', 'en'], io),
    ).toBe(0);
    const written: string[][] = parse(`${io.out.join('\n')}\n`);
    expect(written.map((r) => r.slice(0, 2))).toEqual([
      ['member', 'Home'],
      ['Li, Wei', 'rent'],
      ['the "elder" Zhang', 'rent'],
      ['two\nlines', 'owner'],
      ['王芳', ''],
    ]);
    const compiled = compileModel(JSON.parse(readFileSync(modelFile, 'utf8')));
    expect(Number(written[4]?.[2])).toBe(
      score(compiled, {
        Seniority: 0,
        Home: null,
        Time: 60,
        Age: 24,
        Marital: 'single',
        Records: 'no',
        Job: 'fixed',
        Expenses: 63,
        Income: 182,
        Assets: 2500,
        Debt: 0,
        Amount: 900,
        Price: 1325,
      }).score,
    );
  });

  it('draws a progress bar on stderr only when it is a terminal', async () => {
    const quiet = captureIo(false);
    expect(await run(['score', '--model', modelFile, CREDIT_DATA, '-o', tmp.file('quiet.csv')], quiet)).toBe(
      0,
    );
    expect(quiet.raw).toEqual([]);
    expect(quiet.err).toEqual([]);

    const tty = captureIo(true);
    expect(
      await run(['score', '--model', modelFile, CREDIT_DATA, '-o', tmp.file('tty.csv'), '--lang', 'en'], tty),
    ).toBe(0);
    expect(tty.raw.length).toBeGreaterThan(0);
    expect(tty.raw.at(-2)).toBe(`\r[${'#'.repeat(24)}] 100%  4454 rows scored`);
    expect(tty.raw.at(-1)).toBe('\r\u001b[2K');
    expect(tty.err).toEqual([]);
  });

  it('names the column, data row and line of a cell that is not a number', async () => {
    const input = writeFile(
      tmp.file('bad-number.csv'),
      readFileSync(CREDIT_DATA, 'utf8')
        .split('\n')
        .slice(0, 4)
        .join('\n')
        .replace(/\n"bad",10,/, '\n"bad",ten,'),
    );
    const io = captureIo();
    expect(
      await run(['score', '--model', modelFile, input, '-o', tmp.file('x.csv'), '--lang', 'en'], io),
    ).toBe(1);
    expect(io.err).toEqual([
      `Failed: ${input}, data row 3 (line 4), column "Seniority": "ten" is not a number`,
    ]);
  });

  it('names the data row and line of a ragged row', async () => {
    const lines = readFileSync(CREDIT_DATA, 'utf8').split('\n').slice(0, 10);
    lines[6] = `${lines[6]},surplus`;
    const input = writeFile(tmp.file('ragged.csv'), lines.join('\n'));
    const io = captureIo();
    expect(await run(['score', '--model', modelFile, input, '-o', tmp.file('x.csv')], io)).toBe(1);
    expect(io.err).toEqual([`出错了：${input} 第 6 行数据（第 7 行）有 15 个字段，表头有 14 列`]);
  });

  it('reads a byte order mark, quoted commas and line breaks, and names a broken quote', async () => {
    const [header, first, second] = readFileSync(CREDIT_DATA, 'utf8').split('\n');
    // The header behind a UTF-8 BOM; a quoted field holding a comma and a line break.
    const quoted = (second as string).replace('"rent"', '"re,nt\nhouse"');
    expect(quoted).toContain('\n');
    const input = writeFile(tmp.file('quoted.csv'), `\uFEFF${header}\n${first}\n${quoted}\n`);
    const out = tmp.file('quoted-out.csv');
    expect(await run(['score', '--model', modelFile, input, '-o', out], captureIo())).toBe(0);
    expect(parse(readFileSync(out, 'utf8'), { columns: true })).toHaveLength(2);

    const broken = writeFile(tmp.file('broken.csv'), `${header}\n${first}\n"bad,"unclosed,1\n`);
    const io = captureIo();
    expect(await run(['score', '--model', modelFile, broken, '-o', tmp.file('y.csv')], io)).toBe(1);
    expect(io.err).toHaveLength(1);
    expect(io.err[0]).toMatch(/第 3 行不是合法的 CSV/);
  });

  it("reports a value the model rejects with the library's message, the data row and line", async () => {
    const strict = JSON.parse(readFileSync(modelFile, 'utf8'));
    strict.characteristics.find((c: { id: string }) => c.id === 'Income').missing = { reject: true };
    const strictFile = writeFile(tmp.file('strict.json'), JSON.stringify(strict));
    const io = captureIo();
    const args = ['score', '--model', strictFile, CREDIT_DATA, '-o', tmp.file('strict.csv'), '--lang', 'en'];
    expect(await run(args, io)).toBe(1);
    const firstMissing = readFileSync(CREDIT_DATA, 'utf8')
      .split('\n')
      .findIndex((line) => line.split(',')[9] === '');
    expect(io.err).toHaveLength(1);
    expect(io.err[0]).toMatch(/^Failed \(INVALID_INPUT\): .*Income/);
    expect(io.err[0]).toContain(`(${CREDIT_DATA}, data row ${firstMissing} (line ${firstMissing + 1}))`);
  });

  it('fails with exit code 1 on a missing or malformed model or input file', async () => {
    const notJson = writeFile(tmp.file('not-json.json'), '{"id": "broken"');
    const notModel = writeFile(tmp.file('not-model.json'), JSON.stringify({ id: 'x', characteristics: [] }));
    const noColumn = writeFile(tmp.file('no-column.csv'), 'Seniority,Home\n1,rent\n');
    const quote = writeFile(
      tmp.file('quote.csv'),
      'Seniority,Home,Time,Age,Marital,Records,Job,Expenses,Income,Assets,Debt,Amount,Price\n1,"rent,60\n',
    );
    const missing = tmp.file('missing.json');
    const cases: [string, string, RegExp][] = [
      [missing, CREDIT_DATA, /^Failed: File not found: .*missing\.json$/],
      [notJson, CREDIT_DATA, /^Failed: Model file .*not-json\.json is not JSON: /],
      [notModel, CREDIT_DATA, /^Failed: Model file .*not-model\.json is not a valid scorecard model: .+/],
      [modelFile, tmp.file('absent.csv'), /^Failed: File not found: .*absent\.csv$/],
      [modelFile, noColumn, /^Failed: .*no-column\.csv has no column "Time"$/],
      [modelFile, quote, /^Failed: .*quote\.csv, line 2: not valid CSV: Quote Not Closed/],
    ];
    for (const [model, input, message] of cases) {
      const io = captureIo();
      expect(await run(['score', '--model', model, input, '-o', tmp.file('x.csv'), '--lang', 'en'], io)).toBe(
        1,
      );
      expect(io.err).toHaveLength(1);
      expect(io.err[0]).toMatch(message);
    }
  });

  it('writes nothing, not even the header, when the input cannot be read', async () => {
    const io = captureIo();
    expect(await run(['score', '--model', modelFile, tmp.file('absent.csv')], io)).toBe(1);
    expect(io.out).toEqual([]);
    const out = tmp.file('never.csv');
    expect(await run(['score', '--model', modelFile, tmp.file('absent.csv'), '-o', out], captureIo())).toBe(
      1,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a command line it cannot run with exit code 2', async () => {
    const cases: [string[], string][] = [
      [['score', CREDIT_DATA], 'Missing required option --model'],
      [['score', '--model', modelFile], 'Missing argument: <input.csv>'],
      [
        ['score', '--model', modelFile, CREDIT_DATA, '-o', CREDIT_DATA],
        `The output file ${CREDIT_DATA} is the input file`,
      ],
      [
        ['score', '--model', modelFile, CREDIT_DATA, '--key', 'grade'],
        'Column "grade" clashes with an output column',
      ],
      [['score', '--model', modelFile, CREDIT_DATA, '--model'], 'Option --model needs a value'],
    ];
    for (const [args, message] of cases) {
      const io = captureIo();
      expect(await run([...args, '--lang', 'en'], io)).toBe(2);
      expect(io.err).toEqual([message, 'Run hezuo help for usage.']);
    }
  });
});
