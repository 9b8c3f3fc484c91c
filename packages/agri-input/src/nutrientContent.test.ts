import { HezuoError } from '@hezuo/core';
import { describe, expect, it } from 'vitest';
import { FertilizerGradeSchema } from './fertilizerGrade';
import { nutrientContentKg } from './nutrientContent';
import { NUTRIENT_LABELS, NUTRIENTS } from './nutrients';

describe('nutrientContentKg', () => {
  it.each([
    ['a 50 kg bag of urea 46-0-0', { N: 46, P2O5: 0, K2O: 0 }, 50, { N: 23, P2O5: 0, K2O: 0 }],
    ['a 50 kg bag of DAP 18-46-0', { N: 18, P2O5: 46, K2O: 0 }, 50, { N: 9, P2O5: 23, K2O: 0 }],
    ['a 50 kg bag of KCl 0-0-60', { N: 0, P2O5: 0, K2O: 60 }, 50, { N: 0, P2O5: 0, K2O: 30 }],
    ['a 40 kg bag of 15-15-15', { N: 15, P2O5: 15, K2O: 15 }, 40, { N: 6, P2O5: 6, K2O: 6 }],
    ['a tonne of 15-15-15', { N: 15, P2O5: 15, K2O: 15 }, 1_000, { N: 150, P2O5: 150, K2O: 150 }],
    ['nothing', { N: 15, P2O5: 15, K2O: 15 }, 0, { N: 0, P2O5: 0, K2O: 0 }],
  ])('%s', (_what, grade, kg, expected) => {
    expect(nutrientContentKg(grade, kg)).toEqual(expected);
  });

  it('handles decimal grades and masses', () => {
    const content = nutrientContentKg({ N: 17.5, P2O5: 10, K2O: 12.5 }, 25);
    expect(content.N).toBeCloseTo(4.375, 12);
    expect(content.P2O5).toBeCloseTo(2.5, 12);
    expect(content.K2O).toBeCloseTo(3.125, 12);
  });

  it('returns a frozen result keyed by the nutrient vocabulary', () => {
    const content = nutrientContentKg({ N: 46, P2O5: 0, K2O: 0 }, 50);
    expect(Object.keys(content)).toEqual([...NUTRIENTS]);
    expect(Object.isFrozen(content)).toBe(true);
  });

  it.each([
    ['a negative percentage', { N: -1, P2O5: 0, K2O: 0 }, 50, ['grade', 'N']],
    ['a percentage above 100', { N: 0, P2O5: 101, K2O: 0 }, 50, ['grade', 'P2O5']],
    ['percentages adding up past 100', { N: 50, P2O5: 30, K2O: 30 }, 50, ['grade']],
    ['a missing nutrient', { N: 46, P2O5: 0 }, 50, ['grade', 'K2O']],
    ['an extra nutrient', { N: 46, P2O5: 0, K2O: 0, S: 10 }, 50, ['grade']],
    ['a NaN percentage', { N: Number.NaN, P2O5: 0, K2O: 0 }, 50, ['grade', 'N']],
    ['a negative mass', { N: 46, P2O5: 0, K2O: 0 }, -50, ['productKg']],
    ['an infinite mass', { N: 46, P2O5: 0, K2O: 0 }, Number.POSITIVE_INFINITY, ['productKg']],
    ['a mass too large to compute', { N: 46, P2O5: 0, K2O: 0 }, Number.MAX_VALUE, ['productKg']],
  ])('refuses %s with INVALID_INPUT', (_what, grade, kg, path) => {
    try {
      nutrientContentKg(grade as never, kg);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(HezuoError);
      expect(e).toMatchObject({ code: 'INVALID_INPUT', path });
    }
  });
});

describe('nutrient vocabulary', () => {
  it('names N, P2O5 and K2O in both locales', () => {
    expect(NUTRIENTS).toEqual(['N', 'P2O5', 'K2O']);
    for (const nutrient of NUTRIENTS) {
      expect(NUTRIENT_LABELS[nutrient]['zh-CN']).toMatch(/[氮磷钾]/);
      expect(NUTRIENT_LABELS[nutrient].en.length).toBeGreaterThan(0);
    }
  });

  it('accepts grades that sum to 100 in decimal', () => {
    expect(FertilizerGradeSchema.safeParse({ N: 33.3, P2O5: 33.3, K2O: 33.4 }).success).toBe(true);
    expect(FertilizerGradeSchema.safeParse({ N: 33.3, P2O5: 33.3, K2O: 33.5 }).success).toBe(false);
  });
});
