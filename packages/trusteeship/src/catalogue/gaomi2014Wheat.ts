import { deepFreeze } from '../internal/deepFreeze';
import type { ServiceCatalogue } from './serviceCatalogue';

/**
 * An example catalogue: the practice prices of wheat under trusteeship in Gaomi (高密),
 * Shandong, 2014, in 元/亩 turned into fen per mu — ploughing 70, sowing 20, seed 50, seed
 * re-coating 20, fertiliser 160 (soil-test formula), spraying 25 for two passes, irrigation 110
 * for two passes, harvest 50; 505 元/亩 for all eight.
 *
 * The prices are one county's practice in one year, shipped as an example to start from: load
 * the cooperative's own catalogue for real quotes. The seasonal windows are indicative dates for
 * winter wheat on the North China Plain (sown in October, harvested in June), not part of the
 * source table. The catalogue has no volume rules.
 */
export const GAOMI_2014_WHEAT_CATALOGUE: ServiceCatalogue = deepFreeze({
  id: 'gaomi-2014-wheat',
  name: {
    'zh-CN': '高密 2014 年小麦托管服务价目（实践示例）',
    en: 'Gaomi 2014 wheat trusteeship prices (practice example)',
  },
  source: 'Gaomi (Shandong) 2014 practice table, wheat, yuan per mu under trusteeship',
  services: [
    {
      id: 'wheat-ploughing',
      operation: 'ploughing',
      crop: 'wheat',
      season: '2014-2015',
      name: { 'zh-CN': '深耕', en: 'Ploughing' },
      unit: 'mu',
      priceFen: 7_000,
      passes: 1,
      window: { from: '09-25', to: '10-15' },
    },
    {
      id: 'wheat-sowing',
      operation: 'sowing',
      crop: 'wheat',
      season: '2014-2015',
      name: { 'zh-CN': '播种', en: 'Sowing' },
      unit: 'mu',
      priceFen: 2_000,
      passes: 1,
      window: { from: '10-01', to: '10-25' },
    },
    {
      id: 'wheat-seed',
      operation: 'seedSupply',
      crop: 'wheat',
      season: '2014-2015',
      name: { 'zh-CN': '良种', en: 'Seed' },
      unit: 'mu',
      priceFen: 5_000,
      passes: 1,
      window: { from: '09-20', to: '10-20' },
    },
    {
      id: 'wheat-seed-recoating',
      operation: 'seedCoating',
      crop: 'wheat',
      season: '2014-2015',
      name: { 'zh-CN': '种子二次包衣', en: 'Seed re-coating' },
      unit: 'mu',
      priceFen: 2_000,
      passes: 1,
      window: { from: '09-20', to: '10-15' },
    },
    {
      id: 'wheat-fertilizer',
      operation: 'soilTestFertilization',
      crop: 'wheat',
      season: '2014-2015',
      name: { 'zh-CN': '测土配方肥', en: 'Soil-test formula fertiliser' },
      unit: 'mu',
      priceFen: 16_000,
      passes: 1,
      // Base dressing in autumn, top dressing in spring.
      window: { from: '09-25', to: '04-15' },
    },
    {
      id: 'wheat-spraying',
      operation: 'unifiedPestControl',
      crop: 'wheat',
      season: '2014-2015',
      name: { 'zh-CN': '统防统治（两遍）', en: 'Unified pest control (two passes)' },
      unit: 'mu',
      priceFen: 2_500,
      passes: 2,
      window: { from: '03-15', to: '05-31' },
    },
    {
      id: 'wheat-irrigation',
      operation: 'irrigation',
      crop: 'wheat',
      season: '2014-2015',
      name: { 'zh-CN': '浇水（两遍）', en: 'Irrigation (two passes)' },
      unit: 'mu',
      priceFen: 11_000,
      passes: 2,
      // Winter water and spring water.
      window: { from: '11-20', to: '04-30' },
    },
    {
      id: 'wheat-harvest',
      operation: 'harvesting',
      crop: 'wheat',
      season: '2014-2015',
      name: { 'zh-CN': '机收', en: 'Harvest' },
      unit: 'mu',
      priceFen: 5_000,
      passes: 1,
      window: { from: '05-28', to: '06-20' },
    },
  ],
  volumeRules: [],
});
