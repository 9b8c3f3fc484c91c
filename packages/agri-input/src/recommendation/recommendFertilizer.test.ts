import { HezuoError } from '@hezuo/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nutrientValues } from '../units';
import { CROP_NUTRIENT_TABLE } from './defaultCropTable';
import { defineCropTable } from './defineCropTable';
import type { FertilizerRecommendationInput } from './recommendationInput';
import { recommendFertilizer } from './recommendFertilizer';
import { recommendForPlots } from './recommendForPlots';

const urea = { id: 'urea-46-0-0', name: { 'zh-CN': '尿素', en: 'urea' }, grade: { N: 46, P2O5: 0, K2O: 0 } };
const dap = {
  id: 'dap-18-46-0',
  name: { 'zh-CN': '磷酸二铵', en: 'DAP' },
  grade: { N: 18, P2O5: 46, K2O: 0 },
};
const kcl = { id: 'kcl-0-0-60', name: { 'zh-CN': '氯化钾', en: 'KCl' }, grade: { N: 0, P2O5: 0, K2O: 60 } };

/**
 * The published peanut example's inputs (extension guidance on the soil-nutrient-correction
 * method): target yield 300 kg/mu; soil available N 60 mg/kg (P 30, K 90); correction
 * coefficient 0.55; urea 46 % N; nitrogen utilisation 50 %; uptake 6.8 kg N per 100 kg.
 * Only the nitrogen figures are published; the P and K corrections here are placeholders.
 */
const PEANUT: FertilizerRecommendationInput = {
  crop: 'peanut',
  targetYield: { kgPerMu: 300 },
  method: {
    kind: 'soilTest',
    soilTestMgPerKg: nutrientValues('mg/kg', { N: 60, P2O5: 30, K2O: 90 }),
    correction: { N: 0.55, P2O5: 0.5, K2O: 0.5 },
  },
  utilisation: { N: 0.5 },
  straightFertilizers: { N: urea },
};

describe('recommendFertilizer: golden cases', () => {
  it('reproduces the published peanut example: urea ≈ 67.2 kg/mu, 26.87 after fixation', () => {
    const r = recommendFertilizer(PEANUT);
    const n = r.nutrients.N;
    // 300 / 100 × 6.80 = 20.4 kg N taken up; 60 × 0.15 × 0.55 = 4.95 kg from the soil.
    expect(n.cropUptakeKgPerMu).toBe(20.4);
    expect(n.soilSupplyKgPerMu).toBe(4.95);
    expect(n.deficitKgPerMu).toBe(15.45);
    // 15.45 / 0.5 = 30.9 kg N; / 0.46 = 67.17 kg urea: the published 67.2.
    expect(n.fertilizerNutrientKgPerMu).toBe(30.9);
    expect(n.product?.kgPerMuBeforeLegume).toBe(67.17);
    expect(n.product?.kgPerMuBeforeLegume.toFixed(1)).toBe('67.2');
    // The example then applies 40 %, since peanut fixes 60 % of its N: 67.17 × 0.4 = 26.87.
    expect(n.legumeFactor).toBeCloseTo(0.4, 12);
    expect(n.nutrientKgPerMu).toBe(12.36);
    expect(n.product?.kgPerMu).toBe(26.87);
    expect(r.tableVersion).toBe('design-3.8-2013');
    expect(r.reasons[0]).toEqual({
      'zh-CN': '花生目标产量 300 公斤/亩（给定）。',
      en: 'Target yield of peanut: 300 kg/mu (given).',
    });
    expect(n.reason['zh-CN']).toBe(
      '氮（N）：目标产量需吸收 20.4 公斤/亩，土壤供应 4.95 公斤/亩（测定值 60 毫克/公斤 × 0.15 × 校正系数 0.55），缺口 15.45 公斤/亩；按当季利用率 50% 需施纯养分 30.9 公斤/亩；花生约 60% 的氮来自根瘤固氮，实施 12.36 公斤/亩，折尿素 26.87 公斤/亩。',
    );
    expect(n.reason.en).toBe(
      'Nitrogen (N): the target yield takes up 20.4 kg/mu; the soil supplies 4.95 kg/mu (test 60 mg/kg × 0.15 × correction 0.55); the gap of 15.45 kg/mu at 50% current-season utilisation needs 30.9 kg/mu of nutrient; peanut fixes about 60% of its nitrogen, so apply 12.36 kg/mu, that is 26.87 kg/mu of urea.',
    );
    // Without the legume adjustment, the dose is the formula's rate.
    const plain = recommendFertilizer({ ...PEANUT, legumeAdjustment: false });
    expect(plain.nutrients.N.product?.kgPerMu).toBe(67.17);
  });

  it('computes a winter-wheat plot by the soil-test method as by hand', () => {
    // Target: (420 + 450 + 480) / 3 = 450 kg/mu × 1.10 (grain, lowest factor) = 495 kg/mu.
    // Uptake: 4.95 × 3.00 = 14.85 N; 4.95 × 1.25 = 6.1875 P2O5; 4.95 × 2.50 = 12.375 K2O.
    // Soil:   80 × 0.15 × 0.5 = 6.0;  20 × 0.15 × 0.6 = 1.8;    110 × 0.15 × 0.5 = 8.25.
    // Gap:    8.85;                   4.3875;                   4.125.
    // ÷ wheat utilisation 0.32 / 0.19 / 0.44: 27.65625, 23.0921…, 9.375 kg/mu of nutrient.
    // As urea (46 %), DAP (46 % P2O5), KCl (60 %): 60.122…, 50.200…, 15.625 kg/mu.
    // On 5 mu: 138.28125 kg N, 115.46… kg P2O5, 46.875 kg K2O.
    const r = recommendFertilizer({
      crop: 'winterWheat',
      targetYield: { recentYieldsKgPerMu: [420, 450, 480] },
      method: {
        kind: 'soilTest',
        soilTestMgPerKg: nutrientValues('mg/kg', { N: 80, P2O5: 20, K2O: 110 }),
        correction: { N: 0.5, P2O5: 0.6, K2O: 0.5 },
      },
      straightFertilizers: { N: urea, P2O5: dap, K2O: kcl },
      areaMu: 5,
    });
    expect(r.targetYield).toEqual({
      kgPerMu: 495,
      basis: 'recentAverage',
      recentAverageKgPerMu: 450,
      factor: 1.1,
    });
    const { N, P2O5, K2O } = r.nutrients;
    expect([N.cropUptakeKgPerMu, P2O5.cropUptakeKgPerMu, K2O.cropUptakeKgPerMu]).toEqual([
      14.85, 6.19, 12.38,
    ]);
    expect([N.soilSupplyKgPerMu, P2O5.soilSupplyKgPerMu, K2O.soilSupplyKgPerMu]).toEqual([6, 1.8, 8.25]);
    expect([N.deficitKgPerMu, P2O5.deficitKgPerMu, K2O.deficitKgPerMu]).toEqual([8.85, 4.39, 4.13]);
    expect([N.utilisation, P2O5.utilisation, K2O.utilisation]).toEqual([0.32, 0.19, 0.44]);
    expect(r.nutrientKgPerMu).toEqual({ N: 27.66, P2O5: 23.09, K2O: 9.38 });
    expect([N.product?.kgPerMu, P2O5.product?.kgPerMu, K2O.product?.kgPerMu]).toEqual([60.12, 50.2, 15.63]);
    expect(r.nutrientKgForPlot).toEqual({ N: 138.28, P2O5: 115.46, K2O: 46.88 });
    expect(N.product?.kgForPlot).toBe(300.61); // 138.28125 / 0.46 = 300.611…
    expect(r.reasons[0]?.en).toBe(
      'Target yield of winter wheat: 495 kg/mu, the recent average of 450 kg/mu × 1.1.',
    );
  });

  it('computes a maize plot by the yield-difference method as by hand', () => {
    // Target 650 kg/mu; the blank plot gave 400 kg/mu, so the soil supplied 4 × the uptake.
    // Uptake: 6.5 × 2.57 = 16.705 N; 6.5 × 0.86 = 5.59 P2O5; 6.5 × 2.14 = 13.91 K2O.
    // Soil:   4 × 2.57 = 10.28;      4 × 0.86 = 3.44;        4 × 2.14 = 8.56.
    // Gap:    6.425;                 2.15;                   5.35.
    // ÷ maize utilisation 0.32 / 0.25 / 0.43: 20.078125, 8.6, 12.4418… kg/mu.
    const r = recommendFertilizer({
      crop: 'maize',
      targetYield: { kgPerMu: 650 },
      method: { kind: 'yieldDifference', blankYieldKgPerMu: 400 },
    });
    const { N, P2O5, K2O } = r.nutrients;
    expect([N.cropUptakeKgPerMu, P2O5.cropUptakeKgPerMu, K2O.cropUptakeKgPerMu]).toEqual([
      16.71, 5.59, 13.91,
    ]);
    expect([N.soilSupplyKgPerMu, P2O5.soilSupplyKgPerMu, K2O.soilSupplyKgPerMu]).toEqual([10.28, 3.44, 8.56]);
    expect([N.deficitKgPerMu, P2O5.deficitKgPerMu, K2O.deficitKgPerMu]).toEqual([6.43, 2.15, 5.35]);
    expect(r.nutrientKgPerMu).toEqual({ N: 20.08, P2O5: 8.6, K2O: 12.44 });
    expect(N.product).toBeNull();
    expect(K2O.reason['zh-CN']).toBe(
      '钾（K₂O）：目标产量需吸收 13.91 公斤/亩，土壤供应 8.56 公斤/亩（空白区产量 400 公斤/亩 × 2.14 公斤/百公斤），缺口 5.35 公斤/亩；按当季利用率 43% 需施纯养分 12.44 公斤/亩。',
    );
  });

  it('computes the nutrient-balance method: the published maize figure with a local uptake table', () => {
    // (500 / 100 × 2.9 − 17 × 50 %) / (46 % × 40 %) = (14.5 − 8.5) / 0.184 = 32.61 kg urea (the
    // extension text this comes from prints 32.16, its digits transposed).
    const local = defineCropTable({
      ...CROP_NUTRIENT_TABLE,
      version: 'example-maize-2.9',
      crops: {
        ...CROP_NUTRIENT_TABLE.crops,
        maize: { ...CROP_NUTRIENT_TABLE.crops.maize, uptakePer100Kg: { N: 2.9, P2O5: 1.2, K2O: 2.4 } },
      },
    });
    const r = recommendFertilizer(
      {
        crop: 'maize',
        targetYield: { kgPerMu: 500 },
        method: {
          kind: 'nutrientBalance',
          soilNutrientKgPerMu: nutrientValues('kg/mu', { N: 17, P2O5: 6, K2O: 14.4 }),
          soilUtilisation: { N: 0.5, P2O5: 0.7, K2O: 0.3 },
        },
        utilisation: { N: 0.4 },
        straightFertilizers: { N: urea },
      },
      local,
    );
    expect(r.tableVersion).toBe('example-maize-2.9');
    expect(r.nutrients.N.soilSupplyKgPerMu).toBe(8.5);
    expect(r.nutrients.N.product?.kgPerMu).toBe(32.61);
  });

  it('reduces soybean nitrogen by the 2/3 it fixes', () => {
    const r = recommendFertilizer({
      crop: 'soybean',
      targetYield: { kgPerMu: 200 },
      method: { kind: 'yieldDifference', blankYieldKgPerMu: 100 },
    });
    // (2 − 1) × 7.2 = 7.2 kg N gap; / 0.33 = 21.818… kg; × 1/3 = 7.27 kg.
    expect(r.nutrients.N.fertilizerNutrientKgPerMu).toBe(21.82);
    expect(r.nutrients.N.nutrientKgPerMu).toBe(7.27);
    expect(r.nutrients.P2O5.legumeFactor).toBe(1);
  });

  it('recommends nothing, and says so, when the soil supplies enough', () => {
    const r = recommendFertilizer({
      crop: 'maize',
      targetYield: { kgPerMu: 400 },
      method: { kind: 'yieldDifference', blankYieldKgPerMu: 450 },
    });
    expect(r.nutrients.N.deficitKgPerMu).toBeLessThan(0);
    expect(r.nutrientKgPerMu).toEqual({ N: 0, P2O5: 0, K2O: 0 });
    expect(r.nutrients.N.reason.en).toMatch(/which is enough: none this season\.$/);
  });
});

describe('recommendFertilizer: properties', () => {
  const method = {
    kind: 'soilTest' as const,
    soilTestMgPerKg: nutrientValues('mg/kg', { N: 70, P2O5: 18, K2O: 100 }),
    correction: { N: 0.6, P2O5: 0.5, K2O: 0.4 },
  };
  const crops = Object.keys(CROP_NUTRIENT_TABLE.crops);

  it('is monotone in the target yield: a higher target never needs less', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...crops),
        fc.double({ min: 1, max: 2_000, noNaN: true }),
        fc.double({ min: 0, max: 500, noNaN: true }),
        (crop, low, extra) => {
          const at = (kgPerMu: number) =>
            recommendFertilizer({ crop, targetYield: { kgPerMu }, method, straightFertilizers: { N: urea } });
          const a = at(low);
          const b = at(low + extra);
          for (const n of ['N', 'P2O5', 'K2O'] as const) {
            expect(b.nutrientKgPerMu[n]).toBeGreaterThanOrEqual(a.nutrientKgPerMu[n]);
          }
          expect(b.nutrients.N.product?.kgPerMu ?? 0).toBeGreaterThanOrEqual(
            a.nutrients.N.product?.kgPerMu ?? 0,
          );
        },
      ),
    );
  });

  it('never gives a negative or non-finite dose', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...crops),
        fc.double({ min: 1, max: 100_000, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        (crop, kgPerMu, soilN) => {
          const r = recommendFertilizer({
            crop,
            targetYield: { kgPerMu },
            method: { ...method, soilTestMgPerKg: nutrientValues('mg/kg', { N: soilN, P2O5: 0, K2O: 0 }) },
          });
          for (const v of Object.values(r.nutrientKgPerMu)) expect(Number.isFinite(v) && v >= 0).toBe(true);
        },
      ),
    );
  });
});

describe('recommendFertilizer: bad input', () => {
  const bad = (input: unknown): HezuoError => {
    try {
      recommendFertilizer(input as FertilizerRecommendationInput);
    } catch (e) {
      if (e instanceof HezuoError) return e;
      throw e;
    }
    throw new Error('expected a HezuoError');
  };

  it('refuses an unknown crop, naming the table and the known crops', () => {
    const e = bad({ ...PEANUT, crop: 'tomato' });
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.path).toEqual(['input', 'crop']);
    expect(e.message).toMatch(/unknown crop "tomato".*design-3\.8-2013.*winterWheat/);
    expect(e.details.reasons).toEqual([
      {
        'zh-CN': '作物“tomato”不在养分表 design-3.8-2013 中',
        en: 'The crop "tomato" is not in nutrient table design-3.8-2013',
      },
    ]);
    expect(bad({ ...PEANUT, crop: 'toString' }).path).toEqual(['input', 'crop']);
  });

  it('refuses a negative soil value with the path of the nutrient', () => {
    const e = bad({ ...PEANUT, method: { ...PEANUT.method, soilTestMgPerKg: { N: 60, P2O5: -3, K2O: 90 } } });
    expect(e).toMatchObject({ code: 'INVALID_INPUT', path: ['input', 'method', 'soilTestMgPerKg', 'P2O5'] });
    expect(e.message).toMatch(/may not be negative/);
    expect(
      bad({
        crop: 'maize',
        targetYield: { kgPerMu: 600 },
        method: { kind: 'yieldDifference', blankYieldKgPerMu: -1 },
      }).path,
    ).toEqual(['input', 'method', 'blankYieldKgPerMu']);
  });

  it('refuses a straight fertiliser without the nutrient it stands for', () => {
    const e = bad({ ...PEANUT, straightFertilizers: { N: kcl } });
    expect(e).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['input', 'straightFertilizers', 'N', 'grade', 'N'],
    });
    expect(e.message).toMatch(/"kcl-0-0-60" contains no N/);
    expect(e.details.reasons).toEqual([
      {
        'zh-CN': '肥料“氯化钾”不含N，不能用来补充N',
        en: 'The product "KCl" contains no N, so it cannot supply N',
      },
    ]);
  });

  it('refuses a target-yield factor outside the crop range', () => {
    const e = bad({
      ...PEANUT,
      crop: 'maize',
      targetYield: { recentYieldsKgPerMu: [500, 520, 540], factor: 1.4 },
    });
    expect(e).toMatchObject({ code: 'INVALID_INPUT', path: ['input', 'targetYield', 'factor'] });
    expect(e.message).toMatch(/outside 1\.1–1\.25 for grain/);
  });

  it.each([
    ['a zero utilisation', { utilisation: { N: 0 } }, ['input', 'utilisation', 'N']],
    ['a zero area', { areaMu: 0 }, ['input', 'areaMu']],
    ['an unknown field', { extra: 1 }, ['input']],
    ['a zero target', { targetYield: { kgPerMu: 0 } }, ['input', 'targetYield', 'kgPerMu']],
  ])('refuses %s', (_what, change, path) => {
    expect(bad({ ...PEANUT, ...change }).path).toEqual(path);
  });

  it('names the plot in a batch', () => {
    expect(() => recommendForPlots([PEANUT, { ...PEANUT, crop: 'tomato' }])).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['plots', 1, 'crop'] }),
    );
    expect(recommendForPlots([PEANUT, PEANUT]).map((r) => r.nutrients.N.product?.kgPerMu)).toEqual([
      26.87, 26.87,
    ]);
  });

  it('refuses a bad table with the path of the figure', () => {
    const broken = {
      ...CROP_NUTRIENT_TABLE,
      crops: { maize: { ...CROP_NUTRIENT_TABLE.crops.maize, uptakePer100Kg: { N: -1, P2O5: 1, K2O: 1 } } },
    };
    expect(() => recommendFertilizer(PEANUT, broken as never)).toThrow(
      expect.objectContaining({ path: ['table', 'crops', 'maize', 'uptakePer100Kg', 'N'] }),
    );
  });
});
