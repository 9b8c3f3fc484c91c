import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isHezuoError } from '../../errors/HezuoError';
import { modelHash } from '../model/modelHash';
import { scaleLogisticPoints } from '../model/scaleLogisticPoints';
import type { ScorecardModelInput } from '../model/scorecardModel';
import { INDICATOR_MODEL, LOGISTIC_MODEL } from './__tests__/fixtures';
import { compileModel } from './compileModel';
import { score } from './score';

const compiled = compileModel(INDICATOR_MODEL);

function thrown(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    if (isHezuoError(error)) return error;
    throw error;
  }
  throw new Error('did not throw');
}

describe('score, indicator model (golden, by hand)', () => {
  it('scores a full row: points, total, grade, reasons', () => {
    const r = score(compiled, { age: 45, areaMu: 20, onTimeShare: 0.9, village: 'north' });
    expect(r.characteristics.map((c) => [c.id, c.bin, c.points, c.pointsLost])).toEqual([
      ['age', 2, 16, 4],
      ['areaMu', 2, 25, 0],
      ['onTimeShare', 1, 20, 15],
      ['village', 1, 10, 10],
    ]);
    expect(r.score).toBe(71);
    expect(r.grade).toBe('AA');
    expect(r.rated).toBe(true);
    expect(r.reasons.map((x) => [x.id, x.pointsLost])).toEqual([
      ['onTimeShare', 15],
      ['village', 10],
      ['age', 4],
    ]);
    expect(r.reasons[0]?.text.en).toBe('installments paid late');
    expect(r.modelId).toBe('demo.household');
    expect(r.modelVersion).toBe('1.0.0');
    expect(r.modelHash).toBe(modelHash(INDICATOR_MODEL));
    expect(r.modelHash).toMatch(/^[0-9a-f]{64}$/);
    expect(r.probabilityBad).toBeUndefined();
  });

  it('applies missing, special and unseen policies; ties in declaration order', () => {
    const r = score(compiled, { age: null, areaMu: -1, village: 'south' });
    expect(r.characteristics.map((c) => [c.bin, c.points])).toEqual([
      ['missing', 12],
      ['special', 10],
      ['missing', 17.5],
      ['unseen', 5],
    ]);
    expect(r.score).toBe(44.5);
    expect(r.grade).toBe('unrated');
    expect(r.rated).toBe(false);
    expect(r.reasons.map((x) => x.id)).toEqual(['onTimeShare', 'areaMu', 'village', 'age']);
  });

  it('a missing policy naming a bin uses that bin; NaN is missing', () => {
    const r = score(compiled, { age: Number.NaN, areaMu: undefined, onTimeShare: 1, village: 'east' });
    expect(r.characteristics[0]).toMatchObject({ bin: 'missing', points: 12, value: null });
    expect(r.characteristics[1]).toMatchObject({ bin: 0, points: 5 });
    expect(r.score).toBe(12 + 5 + 35 + 20);
  });

  it.each([
    ['age', 24.999, 0],
    ['age', 25, 1],
    ['age', 44.99, 1],
    ['age', 45, 2],
    ['age', 60, 3],
    ['age', -1e308, 0],
    ['age', Number.POSITIVE_INFINITY, 3],
    ['age', Number.NEGATIVE_INFINITY, 0],
    ['onTimeShare', 0.8, 1],
    ['onTimeShare', 0.95, 2],
    ['areaMu', 5, 1],
    ['areaMu', -0, 0],
  ])('%s = %s lands in bin %i ([a, b) holds a)', (id, value, bin) => {
    const r = score(compiled, { age: 30, areaMu: 10, onTimeShare: 0.5, village: 'east', [id]: value });
    expect(r.characteristics.find((c) => c.id === id)?.bin).toBe(bin);
  });

  it.each([
    [{ age: 60, areaMu: 20, onTimeShare: 0.95, village: 'north' }, 80, 'AAA'],
    [{ age: 30, areaMu: 20, onTimeShare: 0.9, village: 'north' }, 75, 'AA'],
    [{ age: 30, areaMu: 2, onTimeShare: 0.9, village: 'north' }, 55, 'unrated'],
  ])('grade bounds: %o scores %s, grade %s', (row, total, grade) => {
    const r = score(compiled, row);
    expect(r.score).toBe(total);
    expect(r.grade).toBe(grade);
  });

  it('refuses a wrong type naming the characteristic', () => {
    const e = thrown(() => score(compiled, { age: '30', village: 'east' }));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.path).toEqual(['row', 'age']);
    expect(e.message).toContain('"age"');
    const e2 = thrown(() => score(compiled, { village: 3 }));
    expect(e2.path).toEqual(['row', 'village']);
  });

  it('a reject policy names characteristic and value', () => {
    const e = thrown(() => score(compiled, { age: 30 }));
    expect(e.message).toContain('"village"');
    expect(e.message).toContain('missing');
    const strict = compileModel({
      ...INDICATOR_MODEL,
      characteristics: INDICATOR_MODEL.characteristics.map((c) =>
        c.type === 'categorical' ? { ...c, unseen: { reject: true as const } } : c,
      ),
    });
    const e2 = thrown(() => score(strict, { village: 'south' }));
    expect(e2.message).toContain('"village"');
    expect(e2.message).toContain('"south"');
  });

  it('reasons: top limits, excluded characteristics, none when at maximum', () => {
    const top2 = compileModel({ ...INDICATOR_MODEL, reasons: { top: 2, exclude: ['onTimeShare'] } });
    const r = score(top2, { age: 45, areaMu: 20, onTimeShare: 0.5, village: 'north' });
    expect(r.reasons.map((x) => x.id)).toEqual(['village', 'age']);
    const best = score(compiled, { age: 30, areaMu: 50, onTimeShare: 1, village: 'west' });
    expect(best.score).toBe(100);
    expect(best.reasons).toEqual([]);
    expect(score(compiled, { age: 45, village: 'east' }, { reasons: false }).reasons).toEqual([]);
  });

  it('accepts a raw model and refuses a bad row', () => {
    expect(score(INDICATOR_MODEL, { village: 'east' }).score).toBe(
      compileModel(INDICATOR_MODEL) && 12 + 5 + 17.5 + 20,
    );
    expect(thrown(() => score(compiled, null as never)).path).toEqual(['row']);
    expect(thrown(() => score(compiled, [] as never)).path).toEqual(['row']);
  });
});

describe('score, logistic model (golden)', () => {
  const factor = 20 / Math.LN2;
  const offset = 600 - factor * Math.log(50);
  const scaled = scaleLogisticPoints(LOGISTIC_MODEL);

  it('scales points: -coef·woe·factor + (offset - intercept·factor)/n', () => {
    const c = scaled.characteristics[0];
    expect(c?.bins[1]?.points).toBeCloseTo(0.8 * 0.6 * factor + (offset + 2 * factor) / 2, 9);
  });

  it('scores and derives the probability of bad from the score', () => {
    const r = score(scaled, { income: 1500, tenure: 'old' });
    const lnOddsGood = -(-2 + -0.8 * 0.6 + -1 * 0.4);
    expect(r.score).toBeCloseTo(offset + factor * lnOddsGood, 9);
    expect(r.probabilityBad).toBeCloseTo(1 / (1 + Math.exp(lnOddsGood)), 12);
    expect(r.grade).toBe('B');
    const good = score(scaled, { income: 1500, tenure: 'old' });
    expect(good).toEqual(r);
  });

  it('separate intercept placement gives the same score', () => {
    const separate = scaleLogisticPoints({
      ...LOGISTIC_MODEL,
      logistic: { intercept: -2, pdo: 20, baseScore: 600, baseOdds: 50, interceptPlacement: 'separate' },
    });
    for (const row of [{ income: 10, tenure: 'new' }, { income: 5000, tenure: 'old' }, { tenure: null }]) {
      expect(score(separate, row).score).toBeCloseTo(score(scaled, row).score, 9);
    }
  });

  it('at the base score the odds are the base odds', () => {
    const m: ScorecardModelInput = {
      ...LOGISTIC_MODEL,
      logistic: {
        intercept: -Math.log(50),
        pdo: 20,
        baseScore: 600,
        baseOdds: 50,
        interceptPlacement: 'spread',
      },
      characteristics: LOGISTIC_MODEL.characteristics.map((c) => ({ ...c, coefficient: 0 })),
    };
    const r = score(scaleLogisticPoints(m), { income: 1, tenure: 'new' });
    expect(r.score).toBeCloseTo(600, 9);
    expect(r.probabilityBad).toBeCloseTo(1 / 51, 12);
    expect(r.grade).toBe('A');
  });
});

/** Random indicator models: numeric characteristics from sorted cut points, categoricals from groups. */
const modelArb = fc
  .array(
    fc.oneof(
      fc.record({
        type: fc.constant('numeric' as const),
        cuts: fc.uniqueArray(fc.integer({ min: -100, max: 100 }), { maxLength: 5 }),
        points: fc.array(fc.integer({ min: -10, max: 30 }), { minLength: 6, maxLength: 6 }),
        missing: fc.integer({ min: -10, max: 30 }),
      }),
      fc.record({
        type: fc.constant('categorical' as const),
        cuts: fc.constant([] as number[]),
        points: fc.array(fc.integer({ min: -10, max: 30 }), { minLength: 3, maxLength: 3 }),
        missing: fc.integer({ min: -10, max: 30 }),
      }),
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map(
    (specs): ScorecardModelInput => ({
      ...INDICATOR_MODEL,
      characteristics: specs.map((s, i) => {
        const base = {
          id: `x${i}`,
          label: { 'zh-CN': `x${i}`, en: `x${i}` },
          reasonText: { 'zh-CN': `x${i}`, en: `x${i}` },
          missing: { points: s.missing },
        };
        if (s.type === 'categorical') {
          return {
            ...base,
            type: 'categorical' as const,
            bins: ['a', 'b', 'c'].map((v, k) => ({ values: [v], points: s.points[k] ?? 0 })),
            unseen: { bin: 0 },
          };
        }
        const cuts = [...s.cuts].sort((a, b) => a - b);
        const bins = [null, ...cuts].map((lower, k) => ({
          lower,
          upper: cuts[k] ?? null,
          points: s.points[k] ?? 0,
        }));
        return { ...base, type: 'numeric' as const, bins };
      }),
    }),
  );

const valueArb = fc.oneof(
  fc.integer({ min: -200, max: 200 }),
  fc.constantFrom('a', 'b', 'c', 'z'),
  fc.constant(null),
);

/** A value for characteristic `c` landing in bin `k`. */
function valueInBin(model: ScorecardModelInput, i: number, k: number): number | string {
  const c = model.characteristics[i];
  if (c?.type === 'categorical') return c.bins[k]?.values[0] ?? 'a';
  const bin = c?.bins[k];
  return bin?.lower ?? (bin?.upper ?? 0) - 1;
}

function rowFor(model: ScorecardModelInput, values: readonly unknown[]) {
  return Object.fromEntries(
    model.characteristics.map((c, i) => {
      const v = values[i] ?? null;
      const ok = v === null || (c.type === 'numeric' ? typeof v === 'number' : typeof v === 'string');
      return [c.id, ok ? (v as number | string | null) : null];
    }),
  );
}

describe('score properties', () => {
  it('is deterministic', () => {
    fc.assert(
      fc.property(modelArb, fc.array(valueArb, { maxLength: 6 }), (model, values) => {
        const row = rowFor(model, values);
        expect(score(compileModel(model), row)).toEqual(score(compileModel(model), row));
      }),
      { numRuns: 1000 },
    );
  });

  it('moving a characteristic to a higher-points bin never lowers the total', () => {
    fc.assert(
      fc.property(
        modelArb,
        fc.array(valueArb, { maxLength: 6 }),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        (model, values, ci, a, b) => {
          const i = ci % model.characteristics.length;
          const bins = model.characteristics[i]?.bins ?? [];
          const [from, to] = [a % bins.length, b % bins.length];
          const [lo, hi] = (bins[from]?.points ?? 0) <= (bins[to]?.points ?? 0) ? [from, to] : [to, from];
          const row = rowFor(model, values);
          const id = model.characteristics[i]?.id ?? '';
          const c = compileModel(model);
          const low = score(c, { ...row, [id]: valueInBin(model, i, lo) });
          const high = score(c, { ...row, [id]: valueInBin(model, i, hi) });
          expect(low.characteristics[i]?.bin).toBe(lo);
          expect(high.characteristics[i]?.bin).toBe(hi);
          expect(high.score).toBeGreaterThanOrEqual(low.score);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('reasons never name a characteristic at its maximum, and are sorted', () => {
    fc.assert(
      fc.property(modelArb, fc.array(valueArb, { maxLength: 6 }), (model, values) => {
        const r = score(compileModel(model), rowFor(model, values));
        for (const reason of r.reasons) {
          const c = r.characteristics.find((x) => x.id === reason.id);
          expect(c?.points).toBeLessThan(c?.maxPoints ?? Number.NEGATIVE_INFINITY);
        }
        for (let k = 1; k < r.reasons.length; k++) {
          expect(r.reasons[k - 1]?.pointsLost).toBeGreaterThanOrEqual(r.reasons[k]?.pointsLost ?? 0);
        }
        expect(r.reasons.length).toBeLessThanOrEqual(4);
        expect(r.score).toBe(r.characteristics.reduce((s, c) => s + c.points, 0));
      }),
      { numRuns: 1000 },
    );
  });
});
