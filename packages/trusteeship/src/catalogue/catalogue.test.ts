import { HezuoError, parseInput } from '@hezuo/core';
import { describe, expect, it } from 'vitest';
import { thrown } from '../__tests__/thrown';
import { GAOMI_2014_WHEAT_CATALOGUE } from './gaomi2014Wheat';
import { OPERATION_LABELS, OPERATION_UNITS, TRUSTEESHIP_OPERATIONS } from './operations';
import { isWithinSeasonWindow, MonthDaySchema } from './seasonWindow';
import { ServiceCatalogueSchema } from './serviceCatalogue';

describe('the Gaomi 2014 wheat catalogue', () => {
  it('is a valid catalogue with the eight practice prices, 505 元 per mu in all', () => {
    expect(ServiceCatalogueSchema.parse(GAOMI_2014_WHEAT_CATALOGUE)).toEqual(GAOMI_2014_WHEAT_CATALOGUE);
    expect(GAOMI_2014_WHEAT_CATALOGUE.services.map((s) => [s.operation, s.priceFen, s.passes])).toEqual([
      ['ploughing', 7_000, 1],
      ['sowing', 2_000, 1],
      ['seedSupply', 5_000, 1],
      ['seedCoating', 2_000, 1],
      ['soilTestFertilization', 16_000, 1],
      ['unifiedPestControl', 2_500, 2],
      ['irrigation', 11_000, 2],
      ['harvesting', 5_000, 1],
    ]);
    expect(GAOMI_2014_WHEAT_CATALOGUE.services.reduce((sum, s) => sum + s.priceFen, 0)).toBe(50_500);
  });

  it('is frozen, so a caller cannot change the shared example', () => {
    expect(Object.isFrozen(GAOMI_2014_WHEAT_CATALOGUE.services[0])).toBe(true);
  });

  it('names every operation in both locales and gives it a unit', () => {
    for (const op of TRUSTEESHIP_OPERATIONS) {
      expect(OPERATION_LABELS[op]['zh-CN']).not.toBe('');
      expect(OPERATION_LABELS[op].en).not.toBe('');
    }
    expect(OPERATION_UNITS.drying).toBe('tonne');
    expect(OPERATION_UNITS.ploughing).toBe('mu');
  });

  it('refuses a service id given twice, a zero price and a day that does not exist', () => {
    const [first, second] = GAOMI_2014_WHEAT_CATALOGUE.services;
    const twice = { ...GAOMI_2014_WHEAT_CATALOGUE, services: [first, second, first] };
    const error = thrown(() => parseInput(ServiceCatalogueSchema, twice, { path: ['catalogue'] }));
    expect(error).toMatchObject({ code: 'INVALID_INPUT', path: ['catalogue', 'services', 2, 'id'] });
    expect(error.message).toMatch(/wheat-ploughing.*twice/);
    const free = {
      ...GAOMI_2014_WHEAT_CATALOGUE,
      services: [{ ...GAOMI_2014_WHEAT_CATALOGUE.services[0], priceFen: 0 }],
    };
    expect(ServiceCatalogueSchema.safeParse(free).success).toBe(false);
    expect(MonthDaySchema.safeParse('02-30').success).toBe(false);
    expect(MonthDaySchema.safeParse('02-29').success).toBe(true);
    expect(MonthDaySchema.safeParse('13-01').success).toBe(false);
  });
});

describe('seasonal windows', () => {
  it.each([
    ['2014-10-01', { from: '10-01', to: '10-20' }, true],
    ['2014-10-20', { from: '10-01', to: '10-20' }, true],
    ['2014-10-21', { from: '10-01', to: '10-20' }, false],
    ['2014-12-31', { from: '11-20', to: '04-30' }, true],
    ['2015-01-10', { from: '11-20', to: '04-30' }, true],
    ['2015-04-30', { from: '11-20', to: '04-30' }, true],
    ['2015-05-01', { from: '11-20', to: '04-30' }, false],
    ['2015-11-19', { from: '11-20', to: '04-30' }, false],
  ])('%s in %o is %s', (date, window, expected) => {
    expect(isWithinSeasonWindow(date, window)).toBe(expected);
  });

  it('refuses a bad date or window', () => {
    expect(() => isWithinSeasonWindow('2015-02-29', { from: '01-01', to: '12-31' })).toThrow(HezuoError);
    expect(() => isWithinSeasonWindow('2015-02-28', { from: '1-1', to: '12-31' })).toThrow(HezuoError);
  });
});
