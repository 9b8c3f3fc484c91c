import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { thrown } from './__tests__/helpers';
import {
  DEFAULT_FEDERATION_RATING_BANDS,
  type EvaluationQuestion,
  type EvaluationResponse,
  evaluateFederation,
  type FederationEvaluationInput,
} from './evaluation';

const RUNS = { numRuns: 1000 };

const questions: EvaluationQuestion[] = [
  { id: 'supply', label: { 'zh-CN': '农资供应', en: 'input supply' }, weight: 3 },
  { id: 'marketing', label: { 'zh-CN': '产销对接', en: 'marketing' }, weight: 2 },
  { id: 'finance', label: { 'zh-CN': '金融服务', en: 'finance' }, weight: 1 },
];

const base: FederationEvaluationInput = {
  federationId: 'county',
  year: 2026,
  questions,
  responses: [
    { cooperativeId: 'a', scores: { supply: 90, marketing: 80, finance: 70 } },
    { cooperativeId: 'b', scores: { supply: 85, marketing: 95, finance: 60 } },
    { cooperativeId: 'c', scores: { supply: 100, marketing: 70, finance: 65 } },
  ],
};

/** One question answered by `scores.length` co-ops. */
function single(scores: number[]): FederationEvaluationInput {
  return {
    federationId: 'f',
    year: 2026,
    questions: [{ id: 'q', label: { 'zh-CN': '服务', en: 'service' }, weight: 1 }],
    responses: scores.map((s, i) => ({ cooperativeId: `c${i}`, scores: { q: s } })),
  };
}

describe('evaluateFederation', () => {
  it('weights questions and averages respondents exactly (golden report)', () => {
    // Σ weight × score: a 270+160+70 = 500, b 255+190+60 = 505, c 300+140+65 = 505 → 1510 / (3 × 6) = 83.888… → 83.89
    expect(evaluateFederation(base)).toEqual({
      federationId: 'county',
      year: 2026,
      respondents: 3,
      score: 83.89,
      scoreHundredths: 8_389,
      band: 'good',
      rating: { 'zh-CN': '良好', en: 'good' },
      perQuestion: [
        {
          questionId: 'supply',
          label: questions[0]?.label,
          weight: 3,
          average: 91.67,
          averageHundredths: 9_167,
        },
        {
          questionId: 'marketing',
          label: questions[1]?.label,
          weight: 2,
          average: 81.67,
          averageHundredths: 8_167,
        },
        {
          questionId: 'finance',
          label: questions[2]?.label,
          weight: 1,
          average: 65,
          averageHundredths: 6_500,
        },
      ],
    });
  });

  it.each<[string, number[], number, string]>([
    ['half a hundredth rounds up (90.375)', [90, 90, 90, 90, 90, 90, 91, 92], 90.38, 'excellent'],
    [
      '89.995 rounds to 90.00 and is rated on what is shown',
      [...Array<number>(199).fill(90), 89],
      90,
      'excellent',
    ],
    ['89.99 is good', [...Array<number>(99).fill(90), 89], 89.99, 'good'],
    ['exactly 75', [75], 75, 'good'],
    ['exactly 60', [60, 60], 60, 'satisfactory'],
    ['59.5', [59, 60], 59.5, 'unsatisfactory'],
    ['all zero', [0, 0, 0], 0, 'unsatisfactory'],
    ['all 100', [100], 100, 'excellent'],
    ['a third', [0, 0, 1], 0.33, 'unsatisfactory'],
    ['two thirds', [0, 1, 1], 0.67, 'unsatisfactory'],
  ])('%s', (_name, scores, score, band) => {
    const result = evaluateFederation(single(scores));
    expect([result.score, result.band]).toEqual([score, band]);
  });

  it('uses the bands it is given', () => {
    const result = evaluateFederation({
      ...base,
      bands: [
        { id: 'pass', minScore: 0, label: { 'zh-CN': '达标', en: 'pass' } },
        { id: 'star', minScore: '83.89', label: { 'zh-CN': '星级', en: 'star' } },
      ],
    });
    expect([result.band, result.rating.en]).toEqual(['star', 'star']);
  });

  it('ships the practice default bands', () => {
    expect(DEFAULT_FEDERATION_RATING_BANDS.map((b) => [b.minScore, b.label['zh-CN']])).toEqual([
      [90, '优秀'],
      [75, '良好'],
      [60, '合格'],
      [0, '不合格'],
    ]);
  });

  const response = (cooperativeId: string, scores: Record<string, number>): EvaluationResponse => ({
    cooperativeId,
    scores,
  });
  it.each<[string, Partial<FederationEvaluationInput>, string, (string | number)[]]>([
    [
      'a response missing a question',
      {
        responses: [
          response('a', { supply: 1, marketing: 1, finance: 1 }),
          response('b', { supply: 1, finance: 1 }),
        ],
      },
      'INVALID_INPUT',
      ['responses', 1, 'scores', 'marketing'],
    ],
    [
      'a score above 100',
      { responses: [response('a', { supply: 101, marketing: 1, finance: 1 })] },
      'INVALID_INPUT',
      ['responses', 0, 'scores', 'supply'],
    ],
    [
      'a negative score',
      { responses: [response('a', { supply: 1, marketing: -1, finance: 1 })] },
      'INVALID_INPUT',
      ['responses', 0, 'scores', 'marketing'],
    ],
    [
      'a fractional score',
      { responses: [response('a', { supply: 1, marketing: 1, finance: 99.5 })] },
      'INVALID_INPUT',
      ['responses', 0, 'scores', 'finance'],
    ],
    [
      'a score for a question not asked',
      { responses: [response('a', { supply: 1, marketing: 1, finance: 1, food: 3 })] },
      'INVALID_INPUT',
      ['responses', 0, 'scores', 'food'],
    ],
    [
      'a co-op answering twice',
      {
        responses: [
          response('a', { supply: 1, marketing: 1, finance: 1 }),
          response('b', { supply: 1, marketing: 1, finance: 1 }),
          response('a', { supply: 100, marketing: 100, finance: 100 }),
        ],
      },
      'DUPLICATE_VOTE',
      ['responses', 2, 'cooperativeId'],
    ],
    [
      'a "__proto__" score key (it would vanish in an object)',
      { responses: [response('a', JSON.parse('{"supply":1,"marketing":1,"finance":1,"__proto__":5}'))] },
      'INVALID_INPUT',
      ['responses', 0, 'scores'],
    ],
    ['no responses', { responses: [] }, 'INVALID_INPUT', ['responses']],
    ['no questions', { questions: [] }, 'INVALID_INPUT', ['questions']],
    [
      'a repeated question',
      { questions: [...questions, questions[0] as EvaluationQuestion] },
      'INVALID_INPUT',
      ['questions', 3, 'id'],
    ],
    [
      'a zero weight',
      { questions: [{ ...(questions[0] as EvaluationQuestion), weight: 0 }] },
      'INVALID_INPUT',
      ['questions', 0, 'weight'],
    ],
    [
      'bands without a floor at 0',
      { bands: [{ id: 'ok', minScore: 50, label: { 'zh-CN': '好', en: 'ok' } }] },
      'INVALID_INPUT',
      ['bands'],
    ],
    [
      'two bands starting at one score',
      {
        bands: [
          { id: 'a', minScore: 0, label: { 'zh-CN': '甲', en: 'a' } },
          { id: 'b', minScore: '0.00', label: { 'zh-CN': '乙', en: 'b' } },
        ],
      },
      'INVALID_INPUT',
      ['bands', 1, 'minScore'],
    ],
    [
      'a band start with three decimals',
      { bands: [{ id: 'a', minScore: '0.001', label: { 'zh-CN': '甲', en: 'a' } }] },
      'INVALID_INPUT',
      ['bands', 0, 'minScore'],
    ],
    ['a year before 1900', { year: 1899 }, 'INVALID_INPUT', ['year']],
  ])('refuses %s', (_name, fields, code, path) => {
    expect(thrown(() => evaluateFederation({ ...base, ...fields }))).toEqual({ code, path });
  });

  it('property: the score is the exact weighted mean rounded half-up, in any response order', () => {
    const scenario = fc
      .array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 6 })
      .chain((weights) =>
        fc.tuple(
          fc.constant(weights),
          fc.array(
            fc.array(fc.integer({ min: 0, max: 100 }), {
              minLength: weights.length,
              maxLength: weights.length,
            }),
            {
              minLength: 1,
              maxLength: 30,
            },
          ),
        ),
      );
    fc.assert(
      fc.property(scenario, ([weights, rows]) => {
        const input: FederationEvaluationInput = {
          federationId: 'f',
          year: 2026,
          questions: weights.map((weight, q) => ({ id: `q${q}`, label: { 'zh-CN': '问', en: 'q' }, weight })),
          responses: rows.map((row, r) => ({
            cooperativeId: `c${r}`,
            scores: Object.fromEntries(row.map((s, q) => [`q${q}`, s])),
          })),
        };
        const result = evaluateFederation(input);
        // Independent exact computation: mean of per-respondent weighted scores, in hundredths.
        const W = weights.reduce((a, b) => a + b, 0);
        const N = rows.reduce(
          (sum, row) => sum + row.reduce((s, v, q) => s + v * (weights[q] as number), 0),
          0,
        );
        const D = rows.length * W;
        const hundredths = Math.floor((200 * N + D) / (2 * D)); // half-up, all integers < 2^53
        expect(result.scoreHundredths).toBe(hundredths);
        expect(result.score).toBe(hundredths / 100);
        const lowest = Math.min(
          ...rows.map((row) => row.reduce((s, v, q) => s + v * (weights[q] as number), 0) / W),
        );
        const highest = Math.max(
          ...rows.map((row) => row.reduce((s, v, q) => s + v * (weights[q] as number), 0) / W),
        );
        expect(result.score).toBeGreaterThanOrEqual(Math.floor(lowest * 100) / 100);
        expect(result.score).toBeLessThanOrEqual(Math.ceil(highest * 100) / 100);
        const reversed = evaluateFederation({ ...input, responses: [...input.responses].reverse() });
        expect(reversed).toEqual(result);
        const band = DEFAULT_FEDERATION_RATING_BANDS.find((b) => hundredths >= (b.minScore as number) * 100);
        expect(result.band).toBe(band?.id);
      }),
      RUNS,
    );
  });
});
