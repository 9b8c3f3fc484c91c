import { PRACTICE_GRADE_BANDS } from '../../grades/gradeBands';
import { scaleLogisticPoints } from '../../model/scaleLogisticPoints';
import type { ScorecardModel, ScorecardModelInput } from '../../model/scorecardModel';

const t = (en: string) => ({ 'zh-CN': en, en });

type Bins = readonly (readonly [lower: number | null, upper: number | null, woe: number])[];

function numeric(id: string, coefficient: number, bins: Bins, rest: object) {
  return {
    id,
    label: t(id),
    reasonText: t(`${id} lowers the score`),
    type: 'numeric' as const,
    coefficient,
    bins: bins.map(([lower, upper, woe]) => ({ lower, upper, woe, points: 0 })),
    ...rest,
  };
}

function categorical(id: string, coefficient: number, groups: readonly [string[], number][], rest: object) {
  return {
    id,
    label: t(id),
    reasonText: t(`${id} lowers the score`),
    type: 'categorical' as const,
    coefficient,
    bins: groups.map(([values, woe]) => ({ values, woe, points: 0 })),
    ...rest,
  };
}

/**
 * A logistic scorecard over credit_data, written by hand to reach every awkward case: special
 * values (with points, a bin, and a rejection), missing policies of each kind, categorical
 * groups with unseen values scored, binned and rejected, values exactly on bin bounds (Time 36,
 * 48 and 60; Age 35), non-integer points, and the intercept kept as separate base points.
 */
export function creditLogisticModel(): ScorecardModel {
  const raw = {
    specVersion: 1,
    id: 'credit.logistic',
    version: '2026.1',
    name: { 'zh-CN': '信用评分卡（测试）', en: 'Credit scorecard (test)' },
    kind: 'logistic',
    logistic: { intercept: -1, pdo: 20, baseScore: 600, baseOdds: 50, interceptPlacement: 'separate' },
    gradeBands: [
      { grade: 'A', label: t('A'), minScore: 530 },
      { grade: 'B', label: t('B'), minScore: 515 },
      { grade: 'C', label: t('C'), minScore: 500 },
      { grade: 'D', label: t('D'), minScore: null, rated: false },
    ],
    reasons: { top: 3, exclude: ['Age'] },
    characteristics: [
      numeric(
        'Seniority',
        -0.9,
        [
          [null, 1, -0.62],
          [1, 3, -0.35],
          [3, 8, 0.05],
          [8, 15, 0.48],
          [15, null, 0.91],
        ],
        { missing: { bin: 2 }, special: { values: [0], policy: { points: -4.75 } } },
      ),
      categorical(
        'Home',
        -0.8,
        [
          [['owner'], 0.55],
          [['rent'], -0.41],
          [['parents', 'priv'], 0.12],
        ],
        { missing: { bin: 1 }, unseen: { points: 3.3 } },
      ),
      numeric(
        'Time',
        -0.7,
        [
          [null, 36, 0.6],
          [36, 48, 0.2],
          [48, 60, -0.1],
          [60, null, -0.35],
        ],
        { missing: { points: 0 } },
      ),
      numeric(
        'Age',
        -0.5,
        [
          [null, 25.5, -0.3],
          [25.5, 35, -0.1],
          [35, 50.25, 0.15],
          [50.25, null, 0.3],
        ],
        { missing: { bin: 0 } },
      ),
      categorical(
        'Marital',
        -1.1,
        [
          [['married', 'widow'], 0.18],
          [['single'], -0.27],
          [['separated', 'divorced'], -0.55],
        ],
        { missing: { reject: true } },
      ),
      categorical(
        'Records',
        -0.95,
        [
          [['no'], 0.3],
          [['yes'], -1.05],
        ],
        { missing: { points: 1.125 }, unseen: { bin: 1 } },
      ),
      categorical(
        'Job',
        -0.85,
        [
          [['fixed'], 0.45],
          [['freelance'], -0.33],
          [['partime'], -0.97],
        ],
        { missing: { bin: 2 }, unseen: { reject: true } },
      ),
      numeric(
        'Expenses',
        -0.2,
        [
          [null, 50, 0.05],
          [50, 80, -0.02],
          [80, null, -0.08],
        ],
        { missing: { points: 0 }, special: { values: [180, 175], policy: { reject: true } } },
      ),
      numeric(
        'Income',
        -0.75,
        [
          [null, 80, -0.7],
          [80, 130, -0.1],
          [130, 200, 0.35],
          [200, null, 0.6],
        ],
        { missing: { points: -7.8125 } },
      ),
      numeric(
        'Assets',
        -0.6,
        [
          [null, 3000, -0.25],
          [3000, 8000, 0.2],
          [8000, null, 0.5],
        ],
        { missing: { bin: 1 }, special: { values: [0], policy: { bin: 0 } } },
      ),
      numeric(
        'Debt',
        -0.3,
        [
          [null, 500, 0.05],
          [500, null, -0.2],
        ],
        { missing: { reject: true }, special: { values: [0], policy: { points: 1.75 } } },
      ),
      numeric(
        'Amount',
        -0.9,
        [
          [null, 600, 0.3],
          [600, 1000, 0.1],
          [1000, 1400, -0.1],
          [1400, null, -0.4],
        ],
        { missing: { points: 0 } },
      ),
    ],
  } as ScorecardModelInput;
  return scaleLogisticPoints(raw);
}

/**
 * An indicator sheet over credit_data with decimal points (0.1, 10.2, 12.7…, whose sums are
 * not exact in binary) and the practice grade bands, so totals land on and near band bounds.
 */
export const CREDIT_INDICATOR_MODEL: ScorecardModelInput = {
  specVersion: 1,
  id: 'credit.indicator',
  version: '1',
  name: { 'zh-CN': '农户信用评分（测试）', en: 'Household sheet (test)' },
  kind: 'indicator',
  gradeBands: [...PRACTICE_GRADE_BANDS],
  characteristics: [
    {
      id: 'Seniority',
      label: t('seniority'),
      reasonText: t('short seniority'),
      type: 'numeric',
      bins: [
        { lower: null, upper: 2, points: 2 },
        { lower: 2, upper: 5, points: 6.5 },
        { lower: 5, upper: 10, points: 10 },
        { lower: 10, upper: null, points: 14 },
      ],
      missing: { points: 5 },
      special: { values: [0], policy: { points: 0.1 } },
    },
    {
      id: 'Home',
      label: t('home'),
      reasonText: t('home'),
      type: 'categorical',
      bins: [
        { values: ['owner'], points: 15 },
        { values: ['parents'], points: 10.2 },
        { values: ['rent', 'priv'], points: 6 },
      ],
      missing: { bin: 2 },
      unseen: { points: 4 },
    },
    {
      id: 'Records',
      label: t('records'),
      reasonText: t('default records'),
      type: 'categorical',
      bins: [
        { values: ['no'], points: 20 },
        { values: ['yes'], points: 0.3 },
      ],
      missing: { reject: true },
    },
    {
      id: 'Income',
      label: t('income'),
      reasonText: t('low income'),
      type: 'numeric',
      bins: [
        { lower: null, upper: 100, points: 5 },
        { lower: 100, upper: 150, points: 12.7 },
        { lower: 150, upper: null, points: 18 },
      ],
      missing: { bin: 0 },
    },
    {
      id: 'Debt',
      label: t('debt'),
      reasonText: t('debt'),
      type: 'numeric',
      bins: [
        { lower: null, upper: 1, points: 15 },
        { lower: 1, upper: 1000, points: 10 },
        { lower: 1000, upper: null, points: 3.3 },
      ],
      missing: { points: 7.5 },
    },
    {
      id: 'Job',
      label: t('job'),
      reasonText: t('job'),
      type: 'categorical',
      bins: [
        { values: ['fixed'], points: 13.1 },
        { values: ['freelance'], points: 8 },
        { values: ['partime', 'others'], points: 3 },
      ],
      missing: { points: 6 },
      unseen: { points: 0.7 },
    },
    {
      id: 'Amount',
      label: t('amount'),
      reasonText: t('large loan'),
      type: 'numeric',
      bins: [
        { lower: null, upper: 1000, points: 10 },
        { lower: 1000, upper: null, points: 4.4 },
      ],
      missing: { points: 0 },
    },
  ],
};
