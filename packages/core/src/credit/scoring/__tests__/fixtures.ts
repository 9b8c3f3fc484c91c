import { PRACTICE_GRADE_BANDS } from '../../grades/gradeBands';
import type { ScorecardModelInput } from '../../model/scorecardModel';

const t = (en: string) => ({ 'zh-CN': en, en });

/** A 100-point indicator sheet scored by hand in the golden tests. */
export const INDICATOR_MODEL: ScorecardModelInput = {
  specVersion: 1,
  id: 'demo.household',
  version: '1.0.0',
  name: { 'zh-CN': '农户信用评分（示例）', en: 'Household credit sheet (example)' },
  kind: 'indicator',
  gradeBands: [...PRACTICE_GRADE_BANDS],
  characteristics: [
    {
      id: 'age',
      label: t('age of head'),
      reasonText: t('age of the household head'),
      type: 'numeric',
      bins: [
        { lower: null, upper: 25, points: 8 },
        { lower: 25, upper: 45, points: 20 },
        { lower: 45, upper: 60, points: 16 },
        { lower: 60, upper: null, points: 10 },
      ],
      missing: { points: 12 },
    },
    {
      id: 'areaMu',
      label: t('area farmed'),
      reasonText: t('small area farmed'),
      type: 'numeric',
      bins: [
        { lower: null, upper: 5, points: 5 },
        { lower: 5, upper: 20, points: 15 },
        { lower: 20, upper: null, points: 25 },
      ],
      missing: { bin: 0 },
      special: { values: [-1], policy: { points: 10 } },
    },
    {
      id: 'onTimeShare',
      label: t('installments on time'),
      reasonText: t('installments paid late'),
      type: 'numeric',
      bins: [
        { lower: null, upper: 0.8, points: 0 },
        { lower: 0.8, upper: 0.95, points: 20 },
        { lower: 0.95, upper: null, points: 35 },
      ],
      missing: { points: 17.5 },
    },
    {
      id: 'village',
      label: t('village'),
      reasonText: t('village group'),
      type: 'categorical',
      bins: [
        { values: ['east', 'west'], points: 20 },
        { values: ['north'], points: 10 },
      ],
      missing: { reject: true },
      unseen: { points: 5 },
    },
  ],
};

/** A two-characteristic logistic scorecard: pdo 20, 600 points at 50:1 good:bad. */
export const LOGISTIC_MODEL: ScorecardModelInput = {
  specVersion: 1,
  id: 'demo.logistic',
  version: '2',
  name: t('logistic example'),
  kind: 'logistic',
  gradeBands: [
    { grade: 'A', label: t('A'), minScore: 600 },
    { grade: 'B', label: t('B'), minScore: null, rated: false },
  ],
  logistic: { intercept: -2, pdo: 20, baseScore: 600, baseOdds: 50, interceptPlacement: 'spread' },
  characteristics: [
    {
      id: 'income',
      label: t('income'),
      reasonText: t('low income'),
      type: 'numeric',
      coefficient: -0.8,
      bins: [
        { lower: null, upper: 1000, points: 0, woe: -0.5 },
        { lower: 1000, upper: null, points: 0, woe: 0.6 },
      ],
      missing: { bin: 0 },
    },
    {
      id: 'tenure',
      label: t('tenure'),
      reasonText: t('short membership'),
      type: 'categorical',
      coefficient: -1,
      bins: [
        { values: ['new'], points: 0, woe: -0.3 },
        { values: ['old'], points: 0, woe: 0.4 },
      ],
      missing: { bin: 0 },
    },
  ],
};

/** A 12-characteristic indicator model (9 numeric, 3 categorical) for the benchmark. */
export function benchModel(): ScorecardModelInput {
  const characteristics: ScorecardModelInput['characteristics'] = [];
  for (let i = 0; i < 9; i++) {
    characteristics.push({
      id: `n${i}`,
      label: t(`numeric ${i}`),
      reasonText: t(`numeric ${i} is low`),
      type: 'numeric',
      bins: [0, 1, 2, 3, 4, 5].map((k) => ({
        lower: k === 0 ? null : k * 10,
        upper: k === 5 ? null : (k + 1) * 10,
        points: (k * (i + 3)) % 9,
      })),
      missing: { points: 3 },
      special: { values: [-1], policy: { points: 2 } },
    });
  }
  for (let i = 0; i < 3; i++) {
    characteristics.push({
      id: `c${i}`,
      label: t(`category ${i}`),
      reasonText: t(`category ${i}`),
      type: 'categorical',
      bins: [
        { values: ['a', 'b'], points: 4 },
        { values: ['c'], points: 2 },
        { values: ['d', 'e', 'f'], points: 7 },
      ],
      missing: { points: 3 },
      unseen: { points: 1 },
    });
  }
  return { ...INDICATOR_MODEL, id: 'bench', characteristics };
}
