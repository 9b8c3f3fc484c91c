import { deepFreeze } from './deepFreeze';
import type { FertilizerProduct } from './fertilizerProduct';

/**
 * An example catalogue of four common fertilisers, for demos, tests and first setup:
 * urea 46-0-0, diammonium phosphate 18-46-0, potassium chloride 0-0-60 (50 kg bags) and a
 * balanced compound 15-15-15 (40 kg bag).
 *
 * The prices are **illustrative** round retail figures, not market data, and so is the stock
 * at two example service centres (`sc-dongcun`, `sc-xicun`): load the cooperative's own
 * catalogue for real quotes.
 */
export const EXAMPLE_FERTILIZERS: readonly FertilizerProduct[] = deepFreeze([
  {
    id: 'urea-46-0-0',
    name: { 'zh-CN': '尿素', en: 'Urea' },
    grade: { N: 46, P2O5: 0, K2O: 0 },
    bagKg: 50,
    priceFenPerBag: 11_000,
    stockBags: { 'sc-dongcun': 120, 'sc-xicun': 40 },
  },
  {
    id: 'dap-18-46-0',
    name: { 'zh-CN': '磷酸二铵', en: 'Diammonium phosphate (DAP)' },
    grade: { N: 18, P2O5: 46, K2O: 0 },
    bagKg: 50,
    priceFenPerBag: 19_500,
    stockBags: { 'sc-dongcun': 80, 'sc-xicun': 20 },
  },
  {
    id: 'kcl-0-0-60',
    name: { 'zh-CN': '氯化钾', en: 'Potassium chloride (muriate of potash)' },
    grade: { N: 0, P2O5: 0, K2O: 60 },
    bagKg: 50,
    priceFenPerBag: 16_000,
    stockBags: { 'sc-dongcun': 60, 'sc-xicun': 0 },
  },
  {
    id: 'npk-15-15-15',
    name: { 'zh-CN': '三元复合肥 15-15-15', en: 'Compound fertiliser 15-15-15' },
    grade: { N: 15, P2O5: 15, K2O: 15 },
    bagKg: 40,
    priceFenPerBag: 12_800,
    stockBags: { 'sc-dongcun': 100, 'sc-xicun': 50 },
  },
]);
