/** Counts and evidence of one group of rows (a bin, the missing rows or the special values). */
export interface BinCounts {
  /** Rows in the group. */
  readonly count: number;
  /** Bad rows (events). */
  readonly events: number;
  /** Good rows (non-events). */
  readonly nonEvents: number;
  /** `count` as a share of the characteristic's rows. */
  readonly share: number;
  /** `events / count` (0 for an empty group). */
  readonly eventRate: number;
  /** Smoothed weight of evidence, `ln(good share / bad share)`: positive = better than average. */
  readonly woe: number;
  /** This group's part of the information value. */
  readonly informationValue: number;
}

/** A numeric bin, the interval `[lower, upper)`; `null` bounds are −∞ and +∞. */
export interface IntervalBin extends BinCounts {
  /** Discriminant. */
  readonly kind: 'interval';
  /** Inclusive lower bound, `null` = −∞. */
  readonly lower: number | null;
  /** Exclusive upper bound, `null` = +∞. */
  readonly upper: number | null;
}

/** A categorical bin: a group of categories. */
export interface CategoryBin extends BinCounts {
  /** Discriminant. */
  readonly kind: 'categories';
  /** The categories in the group, in code-unit order. */
  readonly values: readonly string[];
  /** True when the group holds the rare categories pooled as "other". */
  readonly other: boolean;
}

/** The rows whose value was missing (`null`, `undefined`, `''` or NaN). */
export interface MissingGroup extends BinCounts {
  /** Discriminant. */
  readonly kind: 'missing';
}

/** The rows holding one of the special values, pooled. */
export interface SpecialGroup extends BinCounts {
  /** Discriminant. */
  readonly kind: 'special';
  /** The special values seen in the rows. */
  readonly values: readonly number[];
}

/** The result of {@link binCharacteristic}. */
export interface CharacteristicBinning {
  /** The characteristic's id. */
  readonly id: string;
  /** Numeric (interval bins) or categorical (category groups). */
  readonly type: 'numeric' | 'categorical';
  /** The bins, in order: by value for numeric, by ascending bad rate for categorical. */
  readonly bins: readonly (IntervalBin | CategoryBin)[];
  /** The missing rows, or `null` when the data had none. */
  readonly missing: MissingGroup | null;
  /** The special-value rows, or `null` when the data had none. */
  readonly special: SpecialGroup | null;
  /** Information value over the bins and the missing and special groups. */
  readonly informationValue: number;
  /** The bad-rate trend the bins follow (`auto` resolved; categorical: `ascending`, by construction). */
  readonly trend: 'ascending' | 'descending' | 'peak' | 'valley' | 'none';
  /** The characteristic's rows, bads and goods. */
  readonly totals: { readonly count: number; readonly events: number; readonly nonEvents: number };
}
