import { describe, expect, it } from 'vitest';
import { CROP_NUTRIENT_TABLE, DEFAULT_CROP_IDS } from './defaultCropTable';
import { defineCropTable } from './defineCropTable';

describe('CROP_NUTRIENT_TABLE', () => {
  it('holds the uptake and utilisation figures of DESIGN §3.8', () => {
    expect(Object.keys(CROP_NUTRIENT_TABLE.crops)).toEqual([...DEFAULT_CROP_IDS]);
    const uptake = Object.fromEntries(
      DEFAULT_CROP_IDS.map((id) => {
        const u = CROP_NUTRIENT_TABLE.crops[id].uptakePer100Kg;
        return [id, [u.N, u.P2O5, u.K2O]];
      }),
    );
    expect(uptake).toEqual({
      rice: [2.25, 1.1, 2.7],
      winterWheat: [3, 1.25, 2.5],
      springWheat: [3, 1, 2.5],
      maize: [2.57, 0.86, 2.14],
      soybean: [7.2, 1.8, 4],
      peanut: [6.8, 1.3, 3.8],
      cotton: [5, 1.8, 4],
      rapeseed: [5.8, 2.5, 4.3],
    });
    expect(CROP_NUTRIENT_TABLE.defaultUtilisation).toEqual({ N: 0.33, P2O5: 0.24, K2O: 0.42 });
    expect(CROP_NUTRIENT_TABLE.crops.winterWheat.utilisation).toEqual({ N: 0.32, P2O5: 0.19, K2O: 0.44 });
    expect(CROP_NUTRIENT_TABLE.crops.rice.utilisation).toEqual({ N: 0.35, P2O5: 0.25, K2O: 0.41 });
    expect(CROP_NUTRIENT_TABLE.crops.maize.utilisation).toEqual({ N: 0.32, P2O5: 0.25, K2O: 0.43 });
    expect(CROP_NUTRIENT_TABLE.crops.soybean.nitrogenFixedShare).toBeCloseTo(2 / 3, 12);
    expect(CROP_NUTRIENT_TABLE.targetYieldFactor.grain).toEqual({ min: 1.1, max: 1.25 });
    expect(Object.isFrozen(CROP_NUTRIENT_TABLE.crops.maize.split[0])).toBe(true);
  });
});

describe('defineCropTable', () => {
  it('overrides a figure under a version of its own', () => {
    const local = defineCropTable({
      ...CROP_NUTRIENT_TABLE,
      version: 'gaomi-2026',
      crops: {
        ...CROP_NUTRIENT_TABLE.crops,
        maize: { ...CROP_NUTRIENT_TABLE.crops.maize, utilisation: { N: 0.35, P2O5: 0.25, K2O: 0.45 } },
      },
    });
    expect(local.version).toBe('gaomi-2026');
    expect(local.crops.maize?.utilisation?.N).toBe(0.35);
    expect(CROP_NUTRIENT_TABLE.crops.maize.utilisation?.N).toBe(0.32);
  });

  it.each([
    [
      'a utilisation above 1',
      { defaultUtilisation: { N: 1.2, P2O5: 0.2, K2O: 0.4 } },
      ['table', 'defaultUtilisation', 'N'],
    ],
    ['no crops', { crops: {} }, ['table', 'crops']],
    [
      'a factor range upside down',
      { targetYieldFactor: { ...CROP_NUTRIENT_TABLE.targetYieldFactor, grain: { min: 1.3, max: 1.1 } } },
      ['table', 'targetYieldFactor', 'grain'],
    ],
  ])('refuses %s', (_what, change, path) => {
    expect(() => defineCropTable({ ...CROP_NUTRIENT_TABLE, ...change } as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path }),
    );
  });
});
