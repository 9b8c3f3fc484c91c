import fc from 'fast-check';
import { PRACTICE_GRADE_BANDS } from '../../grades/gradeBands';
import type { ScorecardModelInput, ValuePolicy } from '../../model/scorecardModel';

const NUMERIC = [
  'Seniority',
  'Time',
  'Age',
  'Expenses',
  'Income',
  'Assets',
  'Debt',
  'Amount',
  'Price',
] as const;
const CATEGORIES = {
  Home: ['owner', 'rent', 'parents', 'other', 'priv', 'ignore'],
  Marital: ['married', 'single', 'separated', 'widow', 'divorced'],
  Records: ['no', 'yes'],
  Job: ['fixed', 'freelance', 'partime', 'others'],
} as const;

const t = (en: string) => ({ 'zh-CN': en, en });

/** Points of any size and precision, with the exact-decimal trouble makers mixed in. */
const points = fc.oneof(
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0.1, 0.2, 0.3, -0.1, 1e-7, 12.7, 1 / 3, -0),
  fc.integer({ min: -50, max: 50 }),
);

/** Bounds from real data values (so rows land exactly on them) and arbitrary doubles. */
const bound = fc.oneof(
  fc.integer({ min: 0, max: 2000 }),
  fc.double({ min: -10, max: 12_000, noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(36, 48, 60, 35, 0, 1000, 0.5),
);

function policy(bins: number): fc.Arbitrary<ValuePolicy> {
  return fc.oneof(
    fc.integer({ min: 0, max: bins - 1 }).map((bin) => ({ bin })),
    points.map((p) => ({ points: p })),
    fc.constant({ reject: true as const }),
  );
}

const numericCharacteristic = fc
  .record({
    id: fc.constantFrom(...NUMERIC),
    bounds: fc.uniqueArray(bound, { minLength: 0, maxLength: 6, comparator: 'SameValueZero' }),
  })
  .chain(({ id, bounds }) => {
    const sorted = [...bounds].sort((a, b) => a - b);
    const n = sorted.length + 1;
    return fc.record({
      id: fc.constant(id),
      label: fc.constant(t(id)),
      reasonText: fc.constant(t(id)),
      type: fc.constant('numeric' as const),
      bins: fc.tuple(...Array.from({ length: n }, () => points)).map((ps) =>
        ps.map((p, i) => ({
          lower: i === 0 ? null : (sorted[i - 1] as number),
          upper: i === n - 1 ? null : (sorted[i] as number),
          points: p,
        })),
      ),
      missing: policy(n),
      special: fc.option(
        fc.record({
          values: fc.uniqueArray(bound, { minLength: 1, maxLength: 3, comparator: 'SameValueZero' }),
          policy: policy(n),
        }),
        { nil: undefined },
      ),
    });
  });

const categoricalCharacteristic = fc
  .constantFrom(...(Object.keys(CATEGORIES) as (keyof typeof CATEGORIES)[]))
  .chain((id) =>
    fc
      .record({
        // Each value goes to a group, or to none (then it is unseen); 'zzz' never occurs in the data.
        groupOf: fc.tuple(...[...CATEGORIES[id], 'zzz'].map(() => fc.integer({ min: -1, max: 3 }))),
        groupPoints: fc.tuple(points, points, points, points),
      })
      .chain(({ groupOf, groupPoints }) => {
        const values = [...CATEGORIES[id], 'zzz'];
        const bins = [0, 1, 2, 3]
          .map((g) => ({
            values: values.filter((_, i) => groupOf[i] === g),
            points: groupPoints[g] as number,
          }))
          .filter((b) => b.values.length > 0);
        if (bins.length === 0) bins.push({ values: ['zzz'], points: groupPoints[0] });
        return fc.record({
          id: fc.constant(id),
          label: fc.constant(t(id)),
          reasonText: fc.constant(t(id)),
          type: fc.constant('categorical' as const),
          bins: fc.constant(bins),
          missing: policy(bins.length),
          unseen: fc.option(policy(bins.length), { nil: undefined }),
        });
      }),
  );

/** Random models over credit_data's columns, each column used at most once. */
export const randomCreditModel: fc.Arbitrary<ScorecardModelInput> = fc
  .record({
    characteristics: fc.uniqueArray(fc.oneof(numericCharacteristic, categoricalCharacteristic), {
      minLength: 1,
      maxLength: 8,
      selector: (c) => c.id,
    }),
    cuts: fc.uniqueArray(fc.double({ min: -2e6, max: 2e6, noNaN: true, noDefaultInfinity: true }), {
      minLength: 0,
      maxLength: 3,
      comparator: 'SameValueZero',
    }),
  })
  .map(({ characteristics, cuts }) => {
    const sorted = [...cuts].sort((a, b) => b - a);
    const bands = [
      ...sorted.map((minScore, i) => ({ grade: `G${i}`, label: t(`G${i}`), minScore })),
      { ...(PRACTICE_GRADE_BANDS[3] as object), grade: 'low', minScore: null },
    ];
    return {
      specVersion: 1,
      id: 'random',
      version: '1',
      name: t('random'),
      kind: 'indicator',
      gradeBands: bands,
      characteristics,
    } as ScorecardModelInput;
  });
