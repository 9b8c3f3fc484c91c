import { HezuoError, type LocalizedText, parseInput } from '@hezuo/core';
import { z } from 'zod';
import { addDays } from '../agriDate';
import { PesticideCatalogueSchema, type PesticideProduct } from '../catalogue/pesticideProduct';
import { CropIdSchema } from '../recommendation/cropNutrientTable';
import { type IssuedPrescription, type Prescription, PrescriptionSchema } from './consultationTicket';

const ArgsSchema = z.strictObject({
  crop: CropIdSchema,
  prescription: PrescriptionSchema,
  pesticides: PesticideCatalogueSchema,
});

function refuse(
  code: 'INVALID_INPUT' | 'DATE_ORDER',
  path: readonly (string | number)[],
  reason: LocalizedText,
  details: Record<string, unknown> = {},
): never {
  throw new HezuoError(code, reason.en, { path, details: { ...details, reasons: [reason] } });
}

/**
 * Checks a prescription against the pesticide labels for a crop, and returns it as issued:
 * every product must be in the catalogue and registered for the crop, its dose within the
 * registered highest dose (in the same unit), applied on or after the day of the prescription,
 * and its pre-harvest interval (安全间隔期) must end by the planned harvest: `application date +
 * interval ≤ planned harvest`. A prescription that fails any check is refused as a whole.
 *
 * @param crop - the crop being treated (an id of the crop nutrient table)
 * @param prescription - see {@link PrescriptionSchema}
 * @param pesticides - the pesticide catalogue
 * @returns the prescription with each item's registration number, toxicity, interval and first safe harvest day
 * @throws HezuoError `DATE_ORDER` (path `prescription`, `items`, index, `applicationDate`) when
 * harvest would fall inside the pre-harvest interval or the application precedes the
 * prescription; `INVALID_INPUT` for an unknown product, one not registered for the crop, or a
 * dose above the registered one; `details.reasons` says why in both locales
 *
 * @example
 * ```ts
 * checkPrescription('winterWheat', {
 *   prescribedOn: '2026-05-10',
 *   plannedHarvestDate: '2026-06-05',
 *   items: [{ pesticideId: 'tebuconazole-430sc', dosePerMu: { amount: 15, unit: 'mL' }, applicationDate: '2026-05-20' }],
 * }, EXAMPLE_PESTICIDES);
 * // refused: 2026-05-20 + 21 days = 2026-06-10, after the planned harvest
 * ```
 */
export function checkPrescription(
  crop: string,
  prescription: Prescription,
  pesticides: readonly PesticideProduct[],
): IssuedPrescription {
  const args = parseInput(ArgsSchema, { crop, prescription, pesticides });
  const byId = new Map(args.pesticides.map((p) => [p.id, p]));
  const items = args.prescription.items.map((item, index) => {
    const path = ['prescription', 'items', index];
    const product = byId.get(item.pesticideId);
    if (!product) {
      refuse('INVALID_INPUT', [...path, 'pesticideId'], {
        'zh-CN': `农药“${item.pesticideId}”不在目录中`,
        en: `The pesticide "${item.pesticideId}" is not in the catalogue`,
      });
    }
    const registration = product.registrations.find((r) => r.crop === args.crop);
    if (!registration) {
      refuse(
        'INVALID_INPUT',
        [...path, 'pesticideId'],
        {
          'zh-CN': `${product.name['zh-CN']}（${product.registrationNumber}）未登记用于该作物（${args.crop}），不能开具`,
          en: `${product.name.en} (${product.registrationNumber}) is not registered for this crop (${args.crop}) and may not be prescribed`,
        },
        { registeredCrops: product.registrations.map((r) => r.crop) },
      );
    }
    const max = registration.maxDosePerMu;
    if (item.dosePerMu.unit !== max.unit || item.dosePerMu.amount > max.amount) {
      refuse(
        'INVALID_INPUT',
        [...path, 'dosePerMu'],
        {
          'zh-CN': `${product.name['zh-CN']}每亩用量 ${item.dosePerMu.amount} ${item.dosePerMu.unit} 超出登记用量（每亩最多 ${max.amount} ${max.unit}）`,
          en: `${product.name.en} at ${item.dosePerMu.amount} ${item.dosePerMu.unit} per mu is above the registered dose (at most ${max.amount} ${max.unit} per mu)`,
        },
        { maxDosePerMu: max },
      );
    }
    if (item.applicationDate < args.prescription.prescribedOn) {
      refuse('DATE_ORDER', [...path, 'applicationDate'], {
        'zh-CN': `施药日期 ${item.applicationDate} 早于开方日期 ${args.prescription.prescribedOn}`,
        en: `The application date ${item.applicationDate} is before the prescription date ${args.prescription.prescribedOn}`,
      });
    }
    const interval = registration.preHarvestIntervalDays;
    const safeHarvestFrom = addDays(item.applicationDate, interval);
    if (safeHarvestFrom > args.prescription.plannedHarvestDate) {
      refuse(
        'DATE_ORDER',
        [...path, 'applicationDate'],
        {
          'zh-CN': `${product.name['zh-CN']}安全间隔期 ${interval} 天：${item.applicationDate} 施药，最早 ${safeHarvestFrom} 才能收获，晚于计划收获日 ${args.prescription.plannedHarvestDate}，不能开具`,
          en: `${product.name.en} has a pre-harvest interval of ${interval} days: applied on ${item.applicationDate}, the crop may not be harvested before ${safeHarvestFrom}, after the planned harvest on ${args.prescription.plannedHarvestDate}, so it may not be prescribed`,
        },
        {
          preHarvestIntervalDays: interval,
          safeHarvestFrom,
          plannedHarvestDate: args.prescription.plannedHarvestDate,
        },
      );
    }
    return {
      ...item,
      registrationNumber: product.registrationNumber,
      toxicity: product.toxicity,
      preHarvestIntervalDays: interval,
      safeHarvestFrom,
    };
  });
  return { ...args.prescription, items };
}
