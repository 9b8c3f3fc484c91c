import { describe, expect, it } from 'vitest';
import { isHezuoError } from '../../errors/HezuoError';
import { INDICATOR_MODEL } from './__tests__/fixtures';
import { scoreColumns, scoreRows, scoreStream } from './batch';
import { compileModel } from './compileModel';
import { score } from './score';

const compiled = compileModel(INDICATOR_MODEL);
const rows = [
  { age: 45, areaMu: 20, onTimeShare: 0.9, village: 'north' },
  { age: 30, village: null },
  { age: null, areaMu: -1, village: 'south' },
  { age: 'old', village: 'east' },
];

describe('scoreRows', () => {
  it('stops at the first bad row by default, reporting its index', () => {
    const { results, errors } = scoreRows(compiled, rows);
    expect(results.map((r) => r?.score)).toEqual([71]);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.index).toBe(1);
    expect(errors[0]?.error.path).toEqual(['rows', 1, 'village']);
    expect(errors[0]?.error.message).toContain('row 1');
  });

  it('skips bad rows when asked, keeping positions', () => {
    const { results, errors } = scoreRows(compiled, rows, { onError: 'skip', reasons: false });
    expect(results.map((r) => r?.score ?? null)).toEqual([71, null, 44.5, null]);
    expect(errors.map((e) => e.index)).toEqual([1, 3]);
    expect(results[0]?.reasons).toEqual([]);
  });

  it('matches score() row by row', () => {
    const good = [rows[0], rows[2]] as typeof rows;
    expect(scoreRows(compiled, good).results).toEqual(good.map((r) => score(compiled, r)));
  });

  it('refuses bad options and non-arrays', () => {
    expect(() => scoreRows(compiled, rows, { onError: 'retry' } as never)).toThrow(/onError|Invalid/);
    expect(() => scoreRows(compiled, {} as never)).toThrow(/array/);
  });
});

describe('scoreColumns', () => {
  const codes = { village: ['east', 'north', 'south'] };
  it('scores the same as score(), NaN and negative codes missing', () => {
    const columns = {
      age: Float64Array.of(45, Number.NaN, 25, 60),
      areaMu: Float64Array.of(20, -1, Number.NaN, 4.99),
      onTimeShare: Float64Array.of(0.9, Number.NaN, 0.95, 0.1),
      village: Int32Array.of(1, 2, 0, 0),
    };
    const out = scoreColumns(compiled, columns, codes);
    const expected = [0, 1, 2, 3].map((r) => {
      const num = (x: number | undefined) => (Number.isNaN(x) ? null : (x ?? null));
      return score(compiled, {
        age: num(columns.age[r]),
        areaMu: num(columns.areaMu[r]),
        onTimeShare: num(columns.onTimeShare[r]),
        village: codes.village[columns.village[r] ?? 0] ?? null,
      }).score;
    });
    expect([...out]).toEqual(expected);
  });

  it.each([
    ['a rejected missing category', { village: Int32Array.of(-1) }, /"village" rejects missing/],
    ['a code with no category', { village: Int32Array.of(7) }, /code 7 at row 0/],
    ['a wrong array type', { age: Int32Array.of(1) }, /"age" needs a Float64Array/],
    ['columns of different lengths', { areaMu: Float64Array.of(1, 2) }, /has 2 rows/],
  ])('refuses %s', (_, change, message) => {
    const columns = {
      age: Float64Array.of(1),
      areaMu: Float64Array.of(1),
      onTimeShare: Float64Array.of(1),
      village: Int32Array.of(0),
      ...change,
    };
    let caught: unknown;
    try {
      scoreColumns(compiled, columns, codes);
    } catch (error) {
      caught = error;
    }
    expect(isHezuoError(caught)).toBe(true);
    expect((caught as Error).message).toMatch(message);
  });

  it('needs category codes for categorical columns', () => {
    expect(() =>
      scoreColumns(compiled, {
        age: new Float64Array(0),
        areaMu: new Float64Array(0),
        onTimeShare: new Float64Array(0),
        village: new Int32Array(0),
      }),
    ).toThrow(/category codes/);
  });
});

describe('scoreStream', () => {
  async function* source() {
    for (const row of rows) yield row;
  }

  it('yields results and, with skip, errors with their index', async () => {
    const out = [];
    for await (const o of scoreStream(compiled, source(), { onError: 'skip' })) out.push(o);
    expect(out.map((o) => ('result' in o ? o.result.score : `error ${o.index}`))).toEqual([
      71,
      'error 1',
      44.5,
      'error 3',
    ]);
  });

  it('throws at the first bad row by default', async () => {
    const out: number[] = [];
    await expect(async () => {
      for await (const o of scoreStream(compiled, rows)) if ('result' in o) out.push(o.result.score);
    }).rejects.toThrow(/row 1/);
    expect(out).toEqual([71]);
  });

  it('checks its arguments at the call', () => {
    expect(() => scoreStream(compiled, 42 as never)).toThrow(/iterable/);
  });
});
