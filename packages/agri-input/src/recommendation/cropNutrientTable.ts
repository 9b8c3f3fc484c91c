import { type LocalizedText, LocalizedTextSchema } from '@hezuo/core';
import * as z from 'zod/mini';
import { NUTRIENTS } from '../nutrients';
import { type NutrientValues, type PerNutrient, perNutrientSchema } from '../units';

/**
 * Kinds of crop, for the target-yield rule: grain (粮食, cereals and soybean), oilseed
 * (油料: peanut, rapeseed) and fibre (棉花).
 */
export const CROP_CATEGORIES = ['grain', 'oilseed', 'fibre'] as const;

/** One of {@link CROP_CATEGORIES}. */
export type CropCategory = (typeof CROP_CATEGORIES)[number];

/** Schema of a crop id in a {@link CropNutrientTable}: camelCase letters and digits (`winterWheat`). */
export const CropIdSchema = z.string({ error: 'a crop id must be a string' }).check(
  z.regex(/^[a-z][a-zA-Z0-9]{0,63}$/, {
    error: 'a crop id is camelCase letters and digits, e.g. winterWheat',
  }),
);

/** A range of the factor a target yield is set above the recent average (1.10–1.25 for grain). */
export interface TargetYieldFactorRange {
  /** The lowest factor, also the default (the conservative choice). */
  readonly min: number;
  /** The highest factor. */
  readonly max: number;
}

/**
 * One growth stage of a split application (分次施肥): when it falls, counted in days from
 * sowing (transplanting for rice), and the share of each nutrient's season dose applied then.
 */
export interface SplitStage {
  /** A stable stage id, e.g. `base` (基肥) or `jointing` (拔节肥). */
  readonly id: string;
  /** The stage name in every locale. */
  readonly name: LocalizedText;
  /** The days from sowing the work may start (negative: before sowing). */
  readonly fromDay: number;
  /** The days from sowing by which the work should be done. */
  readonly toDay: number;
  /** The share (0–1) of each nutrient's season dose applied at this stage. */
  readonly shares: PerNutrient;
}

/** The nutrient figures of one crop. */
export interface CropNutrientEntry {
  /** The crop name in every locale. */
  readonly name: LocalizedText;
  /** What kind of crop it is, for the target-yield factor. */
  readonly category: CropCategory;
  /** Nutrient taken up per 100 kg of harvested yield (kg N, P₂O₅, K₂O). */
  readonly uptakePer100Kg: NutrientValues<'kg/100kg'>;
  /** Current-season fertiliser utilisation for this crop; the table's default when absent. */
  readonly utilisation?: PerNutrient | undefined;
  /**
   * The share of the crop's nitrogen a legume fixes from the air (0 for non-legumes); the
   * nitrogen dose is multiplied by one minus it.
   */
  readonly nitrogenFixedShare: number;
  /** How the season's dose is split over growth stages; shares of each nutrient sum to 1. */
  readonly split: readonly SplitStage[];
}

/** A {@link CropNutrientEntry} with its uptake as plain numbers, as {@link defineCropTable} takes it. */
export interface CropNutrientEntryInput extends Omit<CropNutrientEntry, 'uptakePer100Kg'> {
  /** Nutrient taken up per 100 kg of harvested yield (kg N, P₂O₅, K₂O). */
  readonly uptakePer100Kg: PerNutrient;
}

/**
 * Versioned, overridable agronomic data behind fertiliser recommendations: crop uptake per
 * 100 kg of yield, current-season fertiliser utilisation, legume nitrogen fixation, target
 * yield factors and split-application schedules.
 */
export interface CropNutrientTable {
  /** The version of the figures, stated on every recommendation made with them. */
  readonly version: string;
  /** Where the figures come from. */
  readonly source: LocalizedText;
  /** Current-season utilisation used for crops without their own (national averages). */
  readonly defaultUtilisation: PerNutrient;
  /** The factor range above the recent average yield, by crop category. */
  readonly targetYieldFactor: Readonly<Record<CropCategory, TargetYieldFactorRange>>;
  /** The crops, by id. */
  readonly crops: Readonly<Record<string, CropNutrientEntry>>;
}

/** A {@link CropNutrientTable} with plain numbers, as {@link defineCropTable} takes it. */
export interface CropNutrientTableInput extends Omit<CropNutrientTable, 'crops'> {
  /** The crops, by id. */
  readonly crops: Readonly<Record<string, CropNutrientEntryInput>>;
}

const Fraction = z
  .number({ error: 'a rate must be a number' })
  .check(
    z.gt(0, { error: 'a rate must be greater than 0' }),
    z.lte(1, { error: 'a rate may not exceed 1 (100%)' }),
  );

const Share = z
  .number({ error: 'a share must be a number' })
  .check(z.gte(0, { error: 'a share may not be negative' }), z.lte(1, { error: 'a share may not exceed 1' }));

const FactorRangeSchema = z
  .strictObject({
    min: z.number().check(z.gte(1, { error: 'a target-yield factor is at least 1' }), z.lte(3)),
    max: z.number().check(z.gte(1, { error: 'a target-yield factor is at least 1' }), z.lte(3)),
  })
  .check(z.refine((r) => r.min <= r.max, { error: 'the lowest factor may not exceed the highest' }));

const StageDay = z.number().check(z.int({ error: 'a stage day is a whole number' }), z.gte(-365), z.lte(730));

/** Schema of {@link SplitStage}. */
export const SplitStageSchema = z
  .strictObject({
    id: z
      .string()
      .check(z.regex(/^[a-z][a-zA-Z0-9]{0,63}$/, { error: 'a stage id is camelCase, e.g. jointing' })),
    name: LocalizedTextSchema,
    fromDay: StageDay,
    toDay: StageDay,
    shares: perNutrientSchema(Share),
  })
  .check(
    z.refine((s) => s.fromDay <= s.toDay, { error: 'a stage may not end before it starts', path: ['toDay'] }),
  );

/** Shares may be written as decimals (0.6 + 0.4); their sum is checked to 1e-9. */
const SHARE_SUM_TOLERANCE = 1e-9;

/** Schema of a split schedule: unique stage ids, each nutrient's shares summing to 1. */
export const SplitScheduleSchema = z.array(SplitStageSchema).check(
  z.minLength(1, { error: 'a split schedule has at least one stage' }),
  z.maxLength(12, { error: 'a split schedule has at most 12 stages' }),
  z.superRefine((stages, ctx) => {
    const seen = new Set<string>();
    stages.forEach((stage, index) => {
      if (seen.has(stage.id)) {
        ctx.addIssue({
          code: 'custom',
          message: `the stage "${stage.id}" is listed twice`,
          path: [index, 'id'],
        });
      }
      seen.add(stage.id);
    });
    for (const n of NUTRIENTS) {
      const sum = stages.reduce((s, stage) => s + stage.shares[n], 0);
      if (Math.abs(sum - 1) > SHARE_SUM_TOLERANCE) {
        ctx.addIssue({
          code: 'custom',
          message: `the ${n} shares of the stages add up to ${sum}, not 1`,
          path: [0, 'shares', n],
        });
      }
    }
  }),
);

/** Schema of {@link CropNutrientEntry} (plain numbers in; the table helpers brand them). */
export const CropNutrientEntrySchema = z.strictObject({
  name: LocalizedTextSchema,
  category: z.enum(CROP_CATEGORIES),
  uptakePer100Kg: perNutrientSchema(
    z
      .number({ error: 'an uptake must be a number of kg' })
      .check(
        z.gte(0, { error: 'an uptake may not be negative' }),
        z.lte(100, { error: 'an uptake above 100 kg per 100 kg of yield is not plausible' }),
      ),
  ),
  utilisation: z.optional(perNutrientSchema(Fraction)),
  nitrogenFixedShare: z
    .number({ error: 'a fixed share must be a number' })
    .check(
      z.gte(0, { error: 'a fixed share may not be negative' }),
      z.lt(1, { error: 'a legume fixes less than all of its nitrogen' }),
    ),
  split: SplitScheduleSchema,
});

/** Schema of {@link CropNutrientTable}. */
export const CropNutrientTableSchema = z.strictObject({
  version: z.string().check(z.minLength(1, { error: 'a table needs a version' }), z.maxLength(64)),
  source: LocalizedTextSchema,
  defaultUtilisation: perNutrientSchema(Fraction),
  targetYieldFactor: z.strictObject({
    grain: FactorRangeSchema,
    oilseed: FactorRangeSchema,
    fibre: FactorRangeSchema,
  }),
  crops: z.record(CropIdSchema, CropNutrientEntrySchema).check(
    z.refine((crops) => Object.keys(crops).length >= 1, { error: 'a table lists at least one crop' }),
    z.refine((crops) => Object.keys(crops).length <= 1_000, { error: 'a table lists at most 1,000 crops' }),
  ),
});

/**
 * The utilisation of a crop: its own figures, else the table's default.
 * @internal
 */
export function cropUtilisation(table: CropNutrientTable, crop: CropNutrientEntry): PerNutrient {
  return crop.utilisation ?? table.defaultUtilisation;
}
