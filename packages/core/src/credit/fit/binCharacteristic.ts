import { z } from 'zod';
import { parseInput } from '../../errors/fromZod';
import { HezuoError } from '../../errors/HezuoError';
import { type OutcomeSample, OutcomeSampleSchema, toBadFlags } from '../monitoring/samples';
import { binColumn } from './binColumn';
import { BinningOptionsSchema, resolveBinning } from './binningOptions';
import type { CharacteristicBinning } from './characteristicBinning';
import { prepareColumn } from './preparedColumn';

/** One value of a characteristic: a number, a category, or missing (`null`, `undefined`, `''`, NaN). */
export type FitValue = number | string | null | undefined;

/** Options of {@link binCharacteristic}: the binning options plus the characteristic's id and type. */
export const BinCharacteristicOptionsSchema = BinningOptionsSchema.extend({
  /** The id named in messages and in the result; `value` unless told. */
  id: z.string().min(1).max(128).optional(),
  /** Numeric or categorical; inferred from the first value present unless told. */
  type: z.enum(['numeric', 'categorical']).optional(),
});

/** See {@link BinCharacteristicOptionsSchema}. */
export type BinCharacteristicOptions = z.infer<typeof BinCharacteristicOptionsSchema>;

/** Most values one call bins. */
const MAX_VALUES = 10_000_000;

const ValuesSchema = z.custom<readonly FitValue[] | Float64Array>(
  (v) => (Array.isArray(v) || v instanceof Float64Array) && v.length > 0 && v.length <= MAX_VALUES,
  { message: `expected a non-empty array (or Float64Array) of at most ${MAX_VALUES} values` },
);

/**
 * 分箱 — bins one characteristic against good/bad outcomes (DESIGN §3.6, fit). Numeric values are
 * pre-binned by quantiles (up to 20 pre-bins of at least 5 % of rows by default), then merged
 * exactly by dynamic programming into the bins of most information value that meet the minimum
 * share, bads and goods per bin, the maximum number of bins, the fixed splits and the bad-rate
 * trend. Categories are grouped by bad rate, rare ones pooled as "other". Missing values and
 * special values get groups of their own. WOE is smoothed (see {@link BinningOptionsSchema}
 * `pseudoCount`), so none is infinite. Deterministic.
 *
 * @param values - one value per row (`null`, `undefined`, `''` and NaN are missing).
 * @param outcomes - one outcome per row: `true`/`1` = bad; both must occur.
 * @throws HezuoError `INVALID_INPUT` naming the row of a bad value, a column with one value or
 * none, outcomes of another length or of one kind only, or splits no binning can keep.
 *
 * @example
 * ```ts
 * const age = binCharacteristic([23, 35, 41, 52, 60, 28], [1, 0, 0, 0, 1, 1], { id: 'age', minBinShare: 0.3 });
 * ```
 */
export function binCharacteristic(
  values: readonly FitValue[] | Float64Array,
  outcomes: OutcomeSample,
  options: BinCharacteristicOptions = {},
): CharacteristicBinning {
  const o = parseInput(BinCharacteristicOptionsSchema, options, { path: ['options'] });
  const vs = parseInput(ValuesSchema, values, { path: ['values'] });
  const out = parseInput(OutcomeSampleSchema, outcomes, { path: ['outcomes'] });
  if (out.length !== vs.length) {
    throw new HezuoError('INVALID_INPUT', `outcomes has ${out.length} entries, values ${vs.length}`, {
      path: ['outcomes'],
    });
  }
  const bad = toBadFlags(out);
  let bads = 0;
  for (let i = 0; i < bad.length; i++) bads += bad[i] as number;
  if (bads === 0 || bads === bad.length) {
    throw new HezuoError('INVALID_INPUT', 'outcomes need at least one good and one bad', {
      path: ['outcomes'],
      details: { bads, count: bad.length },
    });
  }
  const id = o.id ?? 'value';
  const column = prepareColumn(
    { id, length: vs.length, read: (i) => vs[i], path: (i) => ['values', i], columnPath: ['values'] },
    o.type,
  );
  return binColumn(id, column, bad, resolveBinning(o));
}
