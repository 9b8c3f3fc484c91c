import { HezuoError } from '@hezuo/core';
import { describe, expect, it } from 'vitest';
import {
  AreaSchema,
  hectaresToMu,
  MU_PER_HECTARE,
  muToHectares,
  SQUARE_METRES_PER_MU,
  squareMetresToMu,
} from './area';

describe('area units', () => {
  it('defines 15 mu to the hectare and 666.67 m² to the mu', () => {
    expect(MU_PER_HECTARE).toBe(15);
    expect(SQUARE_METRES_PER_MU).toBeCloseTo(666.67, 2);
    expect(SQUARE_METRES_PER_MU * MU_PER_HECTARE).toBe(10_000);
  });

  it.each([
    [0, 0],
    [15, 1],
    [150, 10],
    [7.5, 0.5],
  ])('%d mu is %d ha', (mu, ha) => {
    expect(muToHectares(mu)).toBe(ha);
    expect(hectaresToMu(ha)).toBe(mu);
  });

  it.each([
    [0, 0],
    [10_000, 15],
    [2_000, 3],
    [1_000_000, 1_500],
  ])('%d m² is %d mu', (m2, mu) => {
    expect(squareMetresToMu(m2)).toBe(mu);
  });

  it('reads one mu of square metres back as one mu', () => {
    expect(squareMetresToMu(SQUARE_METRES_PER_MU)).toBeCloseTo(1, 12);
    expect(squareMetresToMu(666.67)).toBeCloseTo(1.000005, 9);
  });

  it('round-trips hectares and mu', () => {
    for (const mu of [0.1, 1, 3.3, 120.5, 9_999.99]) {
      expect(hectaresToMu(muToHectares(mu))).toBeCloseTo(mu, 9);
    }
  });

  it.each([
    ['muToHectares', () => muToHectares(-1), ['mu']],
    ['muToHectares', () => muToHectares(Number.NaN), ['mu']],
    ['hectaresToMu', () => hectaresToMu(Number.POSITIVE_INFINITY), ['hectares']],
    ['hectaresToMu', () => hectaresToMu('2' as unknown as number), ['hectares']],
    ['squareMetresToMu', () => squareMetresToMu(-0.5), ['squareMetres']],
    ['hectaresToMu', () => hectaresToMu(Number.MAX_VALUE), ['hectares']],
    ['squareMetresToMu', () => squareMetresToMu(Number.MAX_VALUE), ['squareMetres']],
  ])('%s refuses a bad area with INVALID_INPUT', (_name, run, path) => {
    try {
      run();
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(HezuoError);
      expect(e).toMatchObject({ code: 'INVALID_INPUT', path });
    }
  });

  it('exports the area schema', () => {
    expect(AreaSchema.safeParse(0).success).toBe(true);
    expect(AreaSchema.safeParse(-0.1).success).toBe(false);
    expect(AreaSchema.safeParse(Number.NEGATIVE_INFINITY).success).toBe(false);
  });
});
