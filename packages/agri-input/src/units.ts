import { parseInput } from '@hezuo/core';
import * as z from 'zod/mini';
import { NUTRIENTS, type Nutrient } from './nutrients';

/**
 * The units a nutrient quantity is stated in:
 * - `kg`: kilograms of the nutrient (in a field's dose, a blend, a bag);
 * - `kg/mu`: kilograms of the nutrient per mu (亩);
 * - `kg/100kg`: kilograms the crop takes up per 100 kg of harvested yield;
 * - `mg/kg`: a soil test value, milligrams of available nutrient per kilogram of soil;
 * - `%`: mass percentage of a fertiliser (its grade).
 */
export type NutrientUnit = 'kg' | 'kg/mu' | 'kg/100kg' | 'mg/kg' | '%';

/**
 * A number branded with its unit and its nutrient, so that the type checker refuses to pass a
 * soil test in mg/kg where kg/mu is expected, or a P₂O₅ figure where N is expected. At run
 * time it is a plain number; make one with {@link nutrientValues} (or the named helpers).
 *
 * @typeParam U - the unit, one of {@link NutrientUnit}
 * @typeParam N - the nutrient, one of the {@link NUTRIENTS}
 */
export type NutrientQuantity<U extends NutrientUnit, N extends Nutrient> = number & {
  /** Compile-time only: the unit. */
  readonly __unit: U;
  /** Compile-time only: the nutrient. */
  readonly __nutrient: N;
};

/**
 * A grade percentage of one nutrient, as printed on a bag. Plain numbers are accepted (grades
 * are typed in as read from the label, and older code passes numbers), but a quantity branded
 * with another unit (a soil test in mg/kg) or another nutrient (a P₂O₅ percentage where N is
 * meant) is refused by the type checker.
 *
 * @typeParam N - the nutrient, one of the {@link NUTRIENTS}
 */
export type GradePercent<N extends Nutrient> = number & {
  /** Compile-time only: the unit, when branded. */
  readonly __unit?: '%';
  /** Compile-time only: the nutrient, when branded. */
  readonly __nutrient?: N;
};

/** One {@link NutrientQuantity} per nutrient, all in the same unit. */
export type NutrientValues<U extends NutrientUnit> = {
  readonly [N in Nutrient]: NutrientQuantity<U, N>;
};

/** A dimensionless factor per nutrient (a utilisation rate, a correction coefficient, a share). */
export type PerNutrient<T = number> = { readonly [N in Nutrient]: T };

const NUTRIENT_UNITS = ['kg', 'kg/mu', 'kg/100kg', 'mg/kg', '%'] as const;

/** Schema of {@link NutrientUnit}. */
export const NutrientUnitSchema = z.enum(NUTRIENT_UNITS);

/** Finite and not negative: every nutrient quantity Hezuo accepts. */
export const NutrientAmountSchema = z
  .number({ error: 'a nutrient quantity must be a number' })
  .check(
    z.gte(0, { error: 'a nutrient quantity may not be negative' }),
    z.lte(1e9, { error: 'a nutrient quantity may be at most 1e9' }),
  );

/**
 * Schema of one number per nutrient (`{ N, P2O5, K2O }`), each checked by `value`;
 * plain numbers in, the same numbers out.
 */
export function perNutrientSchema<S extends z.core.$ZodType<number>>(value: S) {
  return z.strictObject({ N: value, P2O5: value, K2O: value });
}

/** Schema of {@link NutrientValues} input: three finite, non-negative numbers. */
export const NutrientValuesSchema = perNutrientSchema(NutrientAmountSchema);

const NutrientValuesArgsSchema = z.strictObject({
  unit: NutrientUnitSchema,
  values: NutrientValuesSchema,
});

/**
 * Brands three plain numbers as nutrient quantities in one unit: the one place a plain number
 * becomes a typed one, so the unit is written where the value enters.
 *
 * @param unit - the unit the numbers are in
 * @param values - `{ N, P2O5, K2O }`, each finite and not negative
 * @returns the same numbers, typed and frozen
 * @throws HezuoError `INVALID_INPUT` (path `values`, nutrient) for a negative or non-finite value
 *
 * @example
 * ```ts
 * const soil = nutrientValues('mg/kg', { N: 60, P2O5: 30, K2O: 90 });
 * const need = nutrientValues('kg', { N: 180, P2O5: 60, K2O: 75 });
 * // recommendFertilizer({ ..., method: { kind: 'soilTest', soilTestMgPerKg: need } }) does not compile
 * ```
 */
export function nutrientValues<U extends NutrientUnit>(
  unit: U,
  values: Readonly<Record<Nutrient, number>>,
): NutrientValues<U> {
  const parsed = parseInput(NutrientValuesArgsSchema, { unit, values });
  return brandValues<U>(parsed.values);
}

/**
 * Brands already validated numbers.
 * @internal
 */
export function brandValues<U extends NutrientUnit>(
  values: Readonly<Record<Nutrient, number>>,
): NutrientValues<U> {
  const out = {} as Record<Nutrient, number>;
  for (const n of NUTRIENTS) out[n] = values[n];
  return Object.freeze(out) as NutrientValues<U>;
}

/**
 * Brands one already validated number.
 * @internal
 */
export function brand<U extends NutrientUnit, N extends Nutrient>(value: number): NutrientQuantity<U, N> {
  return value as NutrientQuantity<U, N>;
}
