import type { LocalizedText } from '@hezuo/core';
import type { CropNutrientEntry, CropNutrientTable, SplitStage } from './cropNutrientTable';
import { defineCropTable } from './defineCropTable';

/** The crops of {@link CROP_NUTRIENT_TABLE}. */
export const DEFAULT_CROP_IDS = [
  'rice',
  'winterWheat',
  'springWheat',
  'maize',
  'soybean',
  'peanut',
  'cotton',
  'rapeseed',
] as const;

/** One of {@link DEFAULT_CROP_IDS}. */
export type DefaultCropId = (typeof DEFAULT_CROP_IDS)[number];

const BASE: LocalizedText = { 'zh-CN': '基肥', en: 'base dressing' };

/** Everything at the base dressing, within the week before sowing. */
const allBase = (fromDay = -7): SplitStage[] => [
  { id: 'base', name: BASE, fromDay, toDay: 0, shares: { N: 1, P2O5: 1, K2O: 1 } },
];

/**
 * The default crop nutrient table (version `design-3.8-2013`):
 *
 * - uptake per 100 kg of yield (kg N / P₂O₅ / K₂O): rice 2.25/1.10/2.70, winter wheat
 *   3.00/1.25/2.50, spring wheat 3.00/1.00/2.50, maize 2.57/0.86/2.14, soybean 7.20/1.80/4.00,
 *   peanut 6.80/1.30/3.80, cotton 5.00/1.80/4.00, rapeseed 5.80/2.50/4.30;
 * - current-season fertiliser utilisation from the 2013 national report: N 33 %, P₂O₅ 24 %,
 *   K₂O 42 % by default; wheat 32/19/44, rice 35/25/41, maize 32/25/43;
 * - legume nitrogen fixation: soybean about 2/3; peanut 60 % (as in the extension example this
 *   table reproduces);
 * - target yield = the recent average × 1.10–1.25 for grain (soybean counts as grain, as in
 *   Chinese grain statistics), × 1.05–1.10 for oilseed and fibre crops (practice);
 * - split schedules: common practice in the North China Plain and the Yangtze valley, in days
 *   from sowing (transplanting for rice). They are illustrative *(practice)*: replace them with
 *   the local agronomist's schedule through {@link defineCropTable}.
 */
export const CROP_NUTRIENT_TABLE: CropNutrientTable & {
  readonly crops: Readonly<Record<DefaultCropId, CropNutrientEntry>>;
} = defineCropTable({
  version: 'design-3.8-2013',
  source: {
    'zh-CN': '作物百公斤产量养分吸收量与肥料当季利用率（2013 年全国报告），示例分次施肥方案',
    en: 'Crop uptake per 100 kg of yield and current-season fertiliser utilisation (2013 national report); example split schedules',
  },
  defaultUtilisation: { N: 0.33, P2O5: 0.24, K2O: 0.42 },
  targetYieldFactor: {
    grain: { min: 1.1, max: 1.25 },
    oilseed: { min: 1.05, max: 1.1 },
    fibre: { min: 1.05, max: 1.1 },
  },
  crops: {
    rice: {
      name: { 'zh-CN': '水稻', en: 'rice' },
      category: 'grain',
      uptakePer100Kg: { N: 2.25, P2O5: 1.1, K2O: 2.7 },
      utilisation: { N: 0.35, P2O5: 0.25, K2O: 0.41 },
      nitrogenFixedShare: 0,
      split: [
        { id: 'base', name: BASE, fromDay: -3, toDay: 0, shares: { N: 0.5, P2O5: 1, K2O: 0.6 } },
        {
          id: 'tillering',
          name: { 'zh-CN': '分蘖肥', en: 'tillering top dressing' },
          fromDay: 15,
          toDay: 25,
          shares: { N: 0.3, P2O5: 0, K2O: 0 },
        },
        {
          id: 'panicle',
          name: { 'zh-CN': '穗肥', en: 'panicle top dressing' },
          fromDay: 45,
          toDay: 55,
          shares: { N: 0.2, P2O5: 0, K2O: 0.4 },
        },
      ],
    },
    winterWheat: {
      name: { 'zh-CN': '冬小麦', en: 'winter wheat' },
      category: 'grain',
      uptakePer100Kg: { N: 3, P2O5: 1.25, K2O: 2.5 },
      utilisation: { N: 0.32, P2O5: 0.19, K2O: 0.44 },
      nitrogenFixedShare: 0,
      split: [
        { id: 'base', name: BASE, fromDay: -7, toDay: 0, shares: { N: 0.6, P2O5: 1, K2O: 1 } },
        {
          id: 'jointing',
          name: { 'zh-CN': '拔节肥', en: 'jointing top dressing' },
          fromDay: 160,
          toDay: 180,
          shares: { N: 0.4, P2O5: 0, K2O: 0 },
        },
      ],
    },
    springWheat: {
      name: { 'zh-CN': '春小麦', en: 'spring wheat' },
      category: 'grain',
      uptakePer100Kg: { N: 3, P2O5: 1, K2O: 2.5 },
      utilisation: { N: 0.32, P2O5: 0.19, K2O: 0.44 },
      nitrogenFixedShare: 0,
      split: [
        { id: 'base', name: BASE, fromDay: -5, toDay: 0, shares: { N: 0.7, P2O5: 1, K2O: 1 } },
        {
          id: 'jointing',
          name: { 'zh-CN': '拔节肥', en: 'jointing top dressing' },
          fromDay: 35,
          toDay: 45,
          shares: { N: 0.3, P2O5: 0, K2O: 0 },
        },
      ],
    },
    maize: {
      name: { 'zh-CN': '玉米', en: 'maize' },
      category: 'grain',
      uptakePer100Kg: { N: 2.57, P2O5: 0.86, K2O: 2.14 },
      utilisation: { N: 0.32, P2O5: 0.25, K2O: 0.43 },
      nitrogenFixedShare: 0,
      split: [
        { id: 'base', name: BASE, fromDay: -3, toDay: 0, shares: { N: 0.4, P2O5: 1, K2O: 1 } },
        {
          id: 'bellMouth',
          name: { 'zh-CN': '大喇叭口期追肥', en: 'bell-mouth top dressing' },
          fromDay: 35,
          toDay: 45,
          shares: { N: 0.6, P2O5: 0, K2O: 0 },
        },
      ],
    },
    soybean: {
      name: { 'zh-CN': '大豆', en: 'soybean' },
      category: 'grain',
      uptakePer100Kg: { N: 7.2, P2O5: 1.8, K2O: 4 },
      nitrogenFixedShare: 2 / 3,
      split: allBase(-5),
    },
    peanut: {
      name: { 'zh-CN': '花生', en: 'peanut' },
      category: 'oilseed',
      uptakePer100Kg: { N: 6.8, P2O5: 1.3, K2O: 3.8 },
      nitrogenFixedShare: 0.6,
      split: allBase(-5),
    },
    cotton: {
      name: { 'zh-CN': '棉花', en: 'cotton' },
      category: 'fibre',
      uptakePer100Kg: { N: 5, P2O5: 1.8, K2O: 4 },
      nitrogenFixedShare: 0,
      split: [
        { id: 'base', name: BASE, fromDay: -7, toDay: 0, shares: { N: 0.4, P2O5: 1, K2O: 0.6 } },
        {
          id: 'floweringBoll',
          name: { 'zh-CN': '花铃肥', en: 'flowering and boll top dressing' },
          fromDay: 70,
          toDay: 85,
          shares: { N: 0.6, P2O5: 0, K2O: 0.4 },
        },
      ],
    },
    rapeseed: {
      name: { 'zh-CN': '油菜', en: 'rapeseed' },
      category: 'oilseed',
      uptakePer100Kg: { N: 5.8, P2O5: 2.5, K2O: 4.3 },
      nitrogenFixedShare: 0,
      split: [
        { id: 'base', name: BASE, fromDay: -5, toDay: 0, shares: { N: 0.6, P2O5: 1, K2O: 1 } },
        {
          id: 'bolting',
          name: { 'zh-CN': '薹肥', en: 'bolting top dressing' },
          fromDay: 110,
          toDay: 130,
          shares: { N: 0.4, P2O5: 0, K2O: 0 },
        },
      ],
    },
  },
}) as CropNutrientTable & { readonly crops: Readonly<Record<DefaultCropId, CropNutrientEntry>> };
