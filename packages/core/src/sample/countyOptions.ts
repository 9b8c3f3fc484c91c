import { z } from 'zod';

/** Households in a county unless told: 3,000. */
export const DEFAULT_COUNTY_HOUSEHOLDS = 3000;

/** The season unless told: 2026. */
export const DEFAULT_COUNTY_YEAR = 2026;

/** Years of history before the season unless told: 3, the look-back of the credit characteristics. */
export const DEFAULT_HISTORY_YEARS = 3;

/**
 * Options of `generateCounty`. The seed is the only one required; the same options give the same
 * county, field for field.
 */
export const CountyOptionsSchema = z.strictObject({
  /** Seed of every draw: an integer from 0 to 2³² − 1. */
  seed: z
    .int()
    .min(0)
    .max(2 ** 32 - 1),
  /** Member households, 200 to 100,000; {@link DEFAULT_COUNTY_HOUSEHOLDS} unless told. */
  households: z.int().min(200).max(100_000).default(DEFAULT_COUNTY_HOUSEHOLDS),
  /** The season, whose outcome is drawn: 2000 to 2100; {@link DEFAULT_COUNTY_YEAR} unless told. */
  year: z.int().min(2000).max(2100).default(DEFAULT_COUNTY_YEAR),
  /** Years of history before the season, 1 to 10; {@link DEFAULT_HISTORY_YEARS} unless told. */
  historyYears: z.int().min(1).max(10).default(DEFAULT_HISTORY_YEARS),
});

/** Options of `generateCounty` as given; see {@link CountyOptionsSchema}. */
export type CountyOptions = z.input<typeof CountyOptionsSchema>;
