import { z } from 'zod';

const finite = z.number().refine(Number.isFinite, { error: 'must be a finite number' });
const share = z.number().min(0).max(0.5);

/** Which way a numeric characteristic's bad rate must run across its bins. */
export const BIN_TRENDS = ['ascending', 'descending', 'peak', 'valley', 'auto', 'none'] as const;

/**
 * Options of {@link binCharacteristic} (DESIGN §3.6, fit). Shares are of the characteristic's
 * rows (missing included); "events" are bads, "non-events" goods.
 */
export const BinningOptionsSchema = z.strictObject({
  /** Quantile pre-bins before merging (numeric), at most; 20 unless told. */
  maxPreBins: z.int().min(2).max(100).optional(),
  /** Smallest pre-bin, as a share of rows; 0.05 unless told. */
  minPreBinShare: share.optional(),
  /** Smallest final bin, as a share of rows; 0.05 unless told. */
  minBinShare: share.optional(),
  /** Fewest bads in a final bin; 1 unless told. */
  minBinEvents: z.int().min(0).max(1_000_000_000).optional(),
  /** Fewest goods in a final bin; 1 unless told. */
  minBinNonEvents: z.int().min(0).max(1_000_000_000).optional(),
  /** Most final bins (missing and special groups not counted); 10 unless told. */
  maxBins: z.int().min(1).max(100).optional(),
  /**
   * Bad rate across numeric bins: `ascending` (higher value, more bads), `descending`, `peak`
   * (rising then falling), `valley` (falling then rising), `auto` (ascending or descending,
   * whichever keeps more information value) or `none`. `auto` unless told.
   */
  trend: z.enum(BIN_TRENDS).optional(),
  /** Cut points that every binning keeps (numeric): a bin never spans one. */
  splits: z.array(finite).max(99).optional(),
  /** Numeric values scored apart from the bins (say, −1 = "not applicable"), pooled in one group. */
  special: z.array(finite).max(64).optional(),
  /** Categories with fewer rows than this share are pooled as "other"; 0.01 unless told. */
  minCategoryShare: share.optional(),
  /**
   * WOE smoothing: this many pseudo-rows, split at the overall good:bad ratio, are added to every
   * bin, so no WOE is infinite and an empty group has WOE 0; 0.5 unless told.
   */
  pseudoCount: z.number().min(1e-6).max(1e6).optional(),
});

/** See {@link BinningOptionsSchema}. */
export type BinningOptions = z.infer<typeof BinningOptionsSchema>;

/** The binning defaults (see {@link BinningOptionsSchema}). */
export const DEFAULT_BINNING = Object.freeze({
  maxPreBins: 20,
  minPreBinShare: 0.05,
  minBinShare: 0.05,
  minBinEvents: 1,
  minBinNonEvents: 1,
  maxBins: 10,
  trend: 'auto',
  minCategoryShare: 0.01,
  pseudoCount: 0.5,
} as const satisfies Required<Omit<BinningOptions, 'splits' | 'special'>>);

/** @internal Binning options with the defaults filled in. */
export interface ResolvedBinning {
  readonly maxPreBins: number;
  readonly minPreBinShare: number;
  readonly minBinShare: number;
  readonly minBinEvents: number;
  readonly minBinNonEvents: number;
  readonly maxBins: number;
  readonly trend: (typeof BIN_TRENDS)[number];
  readonly splits: readonly number[];
  readonly special: readonly number[];
  readonly minCategoryShare: number;
  readonly pseudoCount: number;
}

/** @internal Fills in the defaults; later layers win (fit-wide options, then the characteristic's). */
export function resolveBinning(...layers: (BinningOptions | undefined)[]): ResolvedBinning {
  const merged: Record<string, unknown> = {};
  for (const layer of layers) {
    // An option given as `undefined` means "not given", not "unset the default".
    for (const [key, value] of Object.entries(layer ?? {})) {
      if (value !== undefined) merged[key] = value;
    }
  }
  const given = merged as BinningOptions;
  return {
    ...DEFAULT_BINNING,
    ...(merged as Partial<Omit<ResolvedBinning, 'splits' | 'special'>>),
    splits: [...new Set(given.splits ?? [])].sort((a, b) => a - b),
    special: [...new Set(given.special ?? [])],
  };
}
