import { type Fen, FenSchema, type LocalizedText, LocalizedTextSchema, RecordIdSchema } from '@hezuo/core';
import { z } from 'zod';
import { CropIdSchema } from '../recommendation/cropNutrientTable';

/**
 * Pesticide toxicity classes of Chinese labels (农药毒性分级), from the most to the least
 * toxic: 剧毒 `extremelyHigh`, 高毒 `high`, 中等毒 `moderate`, 低毒 `low`, 微毒 `slight`.
 */
export const TOXICITY_CLASSES = ['extremelyHigh', 'high', 'moderate', 'low', 'slight'] as const;

/** One of {@link TOXICITY_CLASSES}. */
export type ToxicityClass = (typeof TOXICITY_CLASSES)[number];

/** Units a pesticide dose per mu is measured in: grams (powders, granules) or millilitres (liquids). */
export const DOSE_UNITS = ['g', 'mL'] as const;

/** One of {@link DOSE_UNITS}. */
export type DoseUnit = (typeof DOSE_UNITS)[number];

/** A dose of product per mu. */
export interface DosePerMu {
  /** The amount of product per mu. */
  readonly amount: number;
  /** Its unit. */
  readonly unit: DoseUnit;
}

/**
 * What a pesticide is registered for on one crop (登记作物): the pre-harvest interval (安全间隔期)
 * in days, and the highest registered dose per mu.
 */
export interface PesticideRegistration {
  /** The crop, an id of the crop nutrient table. */
  readonly crop: string;
  /** Days that must pass between the last application and harvest. */
  readonly preHarvestIntervalDays: number;
  /** The highest dose per mu the registration allows. */
  readonly maxDosePerMu: DosePerMu;
}

/** A pesticide product as sold by the cooperative's input shop or prescribed by its crop hospital. */
export interface PesticideProduct {
  /** A stable product id, unique within the catalogue. */
  readonly id: string;
  /** The product name in every locale. */
  readonly name: LocalizedText;
  /** The pesticide registration number (农药登记证号), e.g. `PD20990001`. */
  readonly registrationNumber: string;
  /** The toxicity class on the label. */
  readonly toxicity: ToxicityClass;
  /** The crops it is registered for, each with its pre-harvest interval and highest dose. */
  readonly registrations: readonly PesticideRegistration[];
  /** Price of one pack in fen, when sold. */
  readonly priceFenPerPack?: Fen | undefined;
}

/** Schema of {@link DosePerMu}. */
export const DosePerMuSchema = z.strictObject({
  amount: z
    .number({ error: 'a dose must be a number' })
    .gt(0, { error: 'a dose must be greater than 0' })
    .max(1_000_000, { error: 'a dose may be at most 1,000,000 per mu' }),
  unit: z.enum(DOSE_UNITS),
});

/** Schema of {@link PesticideRegistration}. */
export const PesticideRegistrationSchema = z.strictObject({
  crop: CropIdSchema,
  preHarvestIntervalDays: z
    .number({ error: 'a pre-harvest interval is a number of days' })
    .int({ error: 'a pre-harvest interval is a whole number of days' })
    .min(0, { error: 'a pre-harvest interval may not be negative' })
    .max(365, { error: 'a pre-harvest interval may be at most 365 days' }),
  maxDosePerMu: DosePerMuSchema,
});

/** Schema of {@link PesticideProduct}. */
export const PesticideProductSchema = z.strictObject({
  id: RecordIdSchema,
  name: LocalizedTextSchema,
  registrationNumber: z.string().regex(/^[A-Z]{2,3}\d{6,10}$/, {
    error: 'a registration number is 2-3 capital letters and 6-10 digits, e.g. PD20990001',
  }),
  toxicity: z.enum(TOXICITY_CLASSES),
  registrations: z
    .array(PesticideRegistrationSchema)
    .min(1, { error: 'a pesticide is registered for at least one crop' })
    .max(200)
    .superRefine((registrations, ctx) => {
      const seen = new Set<string>();
      registrations.forEach((r, index) => {
        if (seen.has(r.crop)) {
          ctx.addIssue({
            code: 'custom',
            message: `the crop "${r.crop}" is registered twice`,
            path: [index, 'crop'],
          });
        }
        seen.add(r.crop);
      });
    }),
  priceFenPerPack: z.optional(FenSchema),
});

/** Schema of a pesticide catalogue: {@link PesticideProduct}s with unique ids. */
export const PesticideCatalogueSchema = z
  .array(PesticideProductSchema)
  .max(100_000)
  .superRefine((products, ctx) => {
    const seen = new Set<string>();
    products.forEach((p, index) => {
      if (seen.has(p.id)) {
        ctx.addIssue({
          code: 'custom',
          message: `the product id "${p.id}" is listed twice`,
          path: [index, 'id'],
        });
      }
      seen.add(p.id);
    });
  });
