import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isHezuoError } from '../../errors/HezuoError';
import { binCharacteristic } from './binCharacteristic';
import type { CharacteristicBinning, IntervalBin } from './characteristicBinning';

/** A numeric column with a rising bad rate, built by hand so every count below is known. */
const ages = [21, 22, 23, 24, 30, 31, 32, 33, 40, 41, 42, 43, 50, 51, 52, 53];
const agesBad = [1, 1, 1, 0, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0];

function codeOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return isHezuoError(e) ? `${e.code}: ${e.message}` : `not a HezuoError: ${String(e)}`;
  }
  return 'no error';
}

describe('binCharacteristic', () => {
  it('bins a numeric characteristic into monotone bins with smoothed WOE (golden)', () => {
    const b = binCharacteristic(ages, agesBad, {
      id: 'age',
      minBinShare: 0.25,
      maxPreBins: 4,
      minBinEvents: 0,
    });
    expect(b.type).toBe('numeric');
    expect(b.trend).toBe('descending');
    expect(
      b.bins.map((x) => [(x as IntervalBin).lower, (x as IntervalBin).upper, x.events, x.nonEvents]),
    ).toEqual([
      [null, 30, 3, 1],
      [30, 40, 2, 2],
      [40, 50, 1, 3],
      [50, null, 0, 4],
    ]);
    // woe = ln((g + α·G/N)/G) − ln((b + α·B/N)/B), α = 0.5, G = 10, B = 6, N = 16.
    const woe = (g: number, bad: number) =>
      Math.log((g + 0.5 * (10 / 16)) / 10) - Math.log((bad + 0.5 * (6 / 16)) / 6);
    [woe(1, 3), woe(2, 2), woe(3, 1), woe(4, 0)].forEach((w, k) => {
      expect(b.bins[k]?.woe).toBeCloseTo(w, 12);
    });
    const iv = [
      [1, 3],
      [2, 2],
      [3, 1],
      [4, 0],
    ].reduce(
      (s, [g, bad]) => s + ((g as number) / 10 - (bad as number) / 6) * woe(g as number, bad as number),
      0,
    );
    expect(b.informationValue).toBeCloseTo(iv, 12);
    expect(b.missing).toBeNull();
    expect(b.totals).toEqual({ count: 16, events: 6, nonEvents: 10 });
  });

  it('merges to the bins of most information value that keep the trend', () => {
    // Rates by quarter: 0.75, 0.5, 0.75, 0 — not descending; the last two merge (0.375).
    const bad = [1, 1, 1, 0, 1, 0, 1, 0, 1, 1, 1, 0, 0, 0, 0, 0];
    const b = binCharacteristic(ages, bad, { minBinShare: 0.25, maxPreBins: 4, trend: 'descending' });
    const rates = b.bins.map((x) => x.eventRate);
    for (let k = 1; k < rates.length; k++) expect(rates[k]).toBeLessThan(rates[k - 1] as number);
    expect(b.bins.map((x) => x.count)).toEqual([4, 4, 8]);
  });

  it('gives missing and special values groups of their own', () => {
    const values = [...ages, null, '', Number.NaN, -1, -1];
    const outcomes = [...agesBad, 1, 1, 0, 0, 1];
    const b = binCharacteristic(values, outcomes, { special: [-1], minBinShare: 0.2 });
    expect(b.missing?.count).toBe(3);
    expect(b.missing?.events).toBe(2);
    expect(b.special).toMatchObject({ kind: 'special', values: [-1], count: 2, events: 1 });
    expect(b.bins.reduce((s, x) => s + x.count, 0)).toBe(16);
  });

  it('groups categories by bad rate and pools rare ones as "other"', () => {
    const values = [
      ...Array(40).fill('east'),
      ...Array(40).fill('west'),
      ...Array(18).fill('north'),
      'x',
      'y',
    ];
    const bad = [
      ...Array.from({ length: 40 }, (_, i) => (i < 4 ? 1 : 0)),
      ...Array.from({ length: 40 }, (_, i) => (i < 20 ? 1 : 0)),
      ...Array.from({ length: 18 }, (_, i) => (i < 9 ? 1 : 0)),
      1,
      1,
    ];
    const b = binCharacteristic(values, bad, { minCategoryShare: 0.05, minBinShare: 0.05 });
    expect(b.type).toBe('categorical');
    const groups = b.bins.map((x) => (x.kind === 'categories' ? [x.values.join('|'), x.other] : []));
    expect(groups[0]).toEqual(['east', false]);
    expect(groups.some((g) => g[0] === 'x|y' || String(g[0]).includes('x|y'))).toBe(true);
    expect(b.bins.find((x) => x.kind === 'categories' && x.other)).toBeDefined();
    const rates = b.bins.map((x) => x.eventRate);
    for (let k = 1; k < rates.length; k++) expect(rates[k]).toBeGreaterThan(rates[k - 1] as number);
  });

  it('refuses bad input, naming the column and the row', () => {
    expect(codeOf(() => binCharacteristic([1, 2, 'x', 4], [0, 1, 0, 1], { id: 'income' }))).toBe(
      'INVALID_INPUT: column "income", row 2: "x" is not a number, but earlier rows are numbers (declare the type to mix them)',
    );
    expect(codeOf(() => binCharacteristic([1, Infinity], [0, 1], { id: 'income' }))).toBe(
      'INVALID_INPUT: column "income", row 1: Infinity is not a finite number',
    );
    expect(codeOf(() => binCharacteristic([3, 3, null], [0, 1, 0], { id: 'kids' }))).toBe(
      'INVALID_INPUT: column "kids" has one value only (3): it cannot separate good from bad; leave it out',
    );
    expect(codeOf(() => binCharacteristic([null, ''], [0, 1], { id: 'debt' }))).toBe(
      'INVALID_INPUT: column "debt" has no values: every row is missing',
    );
    expect(codeOf(() => binCharacteristic([1, 2], [0, 0]))).toMatch(/at least one good and one bad/);
    expect(codeOf(() => binCharacteristic([1, 2], [0, 1, 1]))).toMatch(/outcomes has 3 entries, values 2/);
    expect(
      codeOf(() => binCharacteristic([1, 2, 3, 4], [0, 1, 0, 1], { splits: [100], minBinShare: 0.2 })),
    ).toMatch(/no binning keeps the splits \[100\]/);
  });
});

/** Rows of one numeric characteristic with a noisy trend, and binning options to respect. */
const scenario = fc.record({
  values: fc.array(
    fc.oneof(
      { weight: 9, arbitrary: fc.integer({ min: 0, max: 60 }) },
      { weight: 1, arbitrary: fc.constant(null) },
    ),
    {
      minLength: 20,
      maxLength: 300,
    },
  ),
  noise: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 300, maxLength: 300 }),
  slope: fc.double({ min: -0.015, max: 0.015, noNaN: true }),
  minBinShare: fc.double({ min: 0, max: 0.3, noNaN: true }),
  minBinEvents: fc.integer({ min: 0, max: 5 }),
  minBinNonEvents: fc.integer({ min: 0, max: 5 }),
  maxBins: fc.integer({ min: 1, max: 12 }),
  maxPreBins: fc.integer({ min: 2, max: 40 }),
  trend: fc.constantFrom('ascending', 'descending', 'peak', 'valley', 'auto', 'none'),
  splits: fc.array(fc.integer({ min: 5, max: 55 }), { maxLength: 2 }),
});

function outcomesOf(s: { values: (number | null)[]; noise: number[]; slope: number }): number[] {
  const bad = s.values.map((v, i) => ((s.noise[i] as number) < 0.3 + s.slope * ((v ?? 30) - 30) ? 1 : 0));
  // Both outcomes must occur.
  bad[0] = 1;
  bad[1] = 0;
  return bad;
}

function isMonotone(b: CharacteristicBinning, trend: string): boolean {
  const r = b.bins.map((x) => x.eventRate);
  const up = (k: number) => (r[k] as number) > (r[k - 1] as number);
  const down = (k: number) => (r[k] as number) < (r[k - 1] as number);
  let turned = false;
  for (let k = 1; k < r.length; k++) {
    if (trend === 'ascending' && !up(k)) return false;
    if (trend === 'descending' && !down(k)) return false;
    if (trend === 'peak' || trend === 'valley') {
      const first = trend === 'peak' ? up : down;
      const second = trend === 'peak' ? down : up;
      if (!turned && first(k)) continue;
      turned = true;
      if (!second(k)) return false;
    }
  }
  return true;
}

describe('binCharacteristic properties', () => {
  it('respects every constraint it is given, or refuses with a HezuoError', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const bad = outcomesOf(s);
        const { values, noise: _noise, slope: _slope, ...options } = s;
        let b: CharacteristicBinning;
        try {
          b = binCharacteristic(values, bad, options);
        } catch (e) {
          expect(isHezuoError(e)).toBe(true);
          return;
        }
        const n = values.length;
        const bins = b.bins as IntervalBin[];
        if (bins.length > 1) {
          expect(bins.length).toBeLessThanOrEqual(s.maxBins);
          for (const x of bins) {
            expect(x.count).toBeGreaterThanOrEqual(s.minBinShare * n - 1e-9);
            expect(x.events).toBeGreaterThanOrEqual(s.minBinEvents);
            expect(x.nonEvents).toBeGreaterThanOrEqual(s.minBinNonEvents);
          }
        }
        // Fixed splits inside the data stay boundaries.
        const lowers = new Set(bins.map((x) => x.lower));
        for (const split of s.splits) expect(lowers.has(split)).toBe(true);
        // Intervals cover the line in order.
        expect(bins[0]?.lower).toBeNull();
        expect(bins.at(-1)?.upper).toBeNull();
        for (let k = 1; k < bins.length; k++) expect(bins[k]?.lower).toBe(bins[k - 1]?.upper);
        if (s.trend !== 'none' && s.trend !== 'auto') expect(isMonotone(b, s.trend)).toBe(true);
        if (s.trend === 'auto') expect(isMonotone(b, b.trend === 'none' ? 'ascending' : b.trend)).toBe(true);
        for (const x of [...bins, ...(b.missing ? [b.missing] : [])]) {
          expect(Number.isFinite(x.woe)).toBe(true);
          expect(x.informationValue).toBeGreaterThanOrEqual(0);
        }
        expect(Number.isFinite(b.informationValue)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const bad = outcomesOf(s);
        const { values, noise: _noise, slope: _slope, ...options } = s;
        const once = () => {
          try {
            return binCharacteristic(values, bad, options);
          } catch (e) {
            return isHezuoError(e) ? e.message : 'other error';
          }
        };
        expect(once()).toEqual(once());
      }),
      { numRuns: 100 },
    );
  });
});
