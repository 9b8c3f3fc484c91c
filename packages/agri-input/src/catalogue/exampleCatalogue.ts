import { deepFreeze } from '../deepFreeze';
import type { PesticideProduct } from './pesticideProduct';
import type { SeedProduct } from './seedProduct';

/**
 * Example pesticides for demos, tests and first setup. Registration numbers (PD2099…), pre-harvest
 * intervals, doses and prices are **illustrative**, not registration data: load the products the
 * cooperative actually sells, with the figures on their labels.
 */
export const EXAMPLE_PESTICIDES: readonly PesticideProduct[] = deepFreeze([
  {
    id: 'imidacloprid-10wp',
    name: { 'zh-CN': '10% 吡虫啉可湿性粉剂', en: 'Imidacloprid 10% WP' },
    registrationNumber: 'PD20990001',
    toxicity: 'low',
    registrations: [
      { crop: 'winterWheat', preHarvestIntervalDays: 20, maxDosePerMu: { amount: 20, unit: 'g' } },
      { crop: 'rice', preHarvestIntervalDays: 14, maxDosePerMu: { amount: 20, unit: 'g' } },
    ],
    priceFenPerPack: 800,
  },
  {
    id: 'tebuconazole-430sc',
    name: { 'zh-CN': '430 克/升戊唑醇悬浮剂', en: 'Tebuconazole 430 g/L SC' },
    registrationNumber: 'PD20990002',
    toxicity: 'low',
    registrations: [
      { crop: 'winterWheat', preHarvestIntervalDays: 21, maxDosePerMu: { amount: 20, unit: 'mL' } },
      { crop: 'peanut', preHarvestIntervalDays: 14, maxDosePerMu: { amount: 15, unit: 'mL' } },
    ],
    priceFenPerPack: 1_500,
  },
  {
    id: 'chlorantraniliprole-200sc',
    name: { 'zh-CN': '200 克/升氯虫苯甲酰胺悬浮剂', en: 'Chlorantraniliprole 200 g/L SC' },
    registrationNumber: 'PD20990003',
    toxicity: 'slight',
    registrations: [
      { crop: 'rice', preHarvestIntervalDays: 7, maxDosePerMu: { amount: 10, unit: 'mL' } },
      { crop: 'maize', preHarvestIntervalDays: 14, maxDosePerMu: { amount: 10, unit: 'mL' } },
    ],
    priceFenPerPack: 2_800,
  },
  {
    id: 'lambda-cyhalothrin-25ec',
    name: { 'zh-CN': '2.5% 高效氯氟氰菊酯乳油', en: 'Lambda-cyhalothrin 2.5% EC' },
    registrationNumber: 'PD20990004',
    toxicity: 'moderate',
    registrations: [
      { crop: 'winterWheat', preHarvestIntervalDays: 15, maxDosePerMu: { amount: 30, unit: 'mL' } },
      { crop: 'cotton', preHarvestIntervalDays: 21, maxDosePerMu: { amount: 40, unit: 'mL' } },
    ],
    priceFenPerPack: 600,
  },
]);

/**
 * Example seeds for demos and tests: made-up varieties with made-up approval numbers
 * (…2099…), not real registrations.
 */
export const EXAMPLE_SEEDS: readonly SeedProduct[] = deepFreeze([
  {
    id: 'wheat-example-1',
    name: { 'zh-CN': '示例麦 1 号（25 公斤）', en: 'Example Wheat No. 1 (25 kg)' },
    crop: 'winterWheat',
    variety: '示例麦1号',
    approvalNumber: '鲁审麦20990001',
    bagKg: 25,
    priceFenPerBag: 9_000,
  },
  {
    id: 'maize-example-1',
    name: { 'zh-CN': '示例玉 1 号（2 公斤）', en: 'Example Maize No. 1 (2 kg)' },
    crop: 'maize',
    variety: '示例玉1号',
    approvalNumber: '国审玉20990001',
    bagKg: 2,
    priceFenPerBag: 8_000,
  },
]);
