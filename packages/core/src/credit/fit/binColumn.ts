import { HezuoError } from '../../errors/HezuoError';
import type { ResolvedBinning } from './binningOptions';
import type {
  BinCounts,
  CategoryBin,
  CharacteristicBinning,
  IntervalBin,
  MissingGroup,
  SpecialGroup,
} from './characteristicBinning';
import { type MergeConstraints, optimalMerge } from './optimalMerge';
import type { CategoricalColumn, NumericColumn, PreparedColumn } from './preparedColumn';
import { binCounts } from './weightOfEvidence';

interface Totals {
  readonly count: number;
  readonly goods: number;
  readonly bads: number;
  readonly pseudoCount: number;
}

function counts(goods: number, bads: number, t: Totals): BinCounts {
  return binCounts(goods, bads, t.count, t.goods, t.bads, t.pseudoCount);
}

/** A pre-bin: rows from one lower bound to the next; `fixed` when its lower bound is a user split. */
interface PreBin {
  lower: number | null;
  goods: number;
  bads: number;
  fixed: boolean;
}

function sortedValues(column: NumericColumn, bad: Uint8Array, special: ReadonlySet<number>) {
  let nb = 0;
  let ng = 0;
  const v = column.values;
  for (let i = 0; i < v.length; i++) {
    const x = v[i] as number;
    if (Number.isNaN(x) || special.has(x)) continue;
    if (bad[i] === 1) nb++;
    else ng++;
  }
  const badValues = new Float64Array(nb);
  const goodValues = new Float64Array(ng);
  for (let i = 0, b = 0, g = 0; i < v.length; i++) {
    const x = v[i] as number;
    if (Number.isNaN(x) || special.has(x)) continue;
    if (bad[i] === 1) badValues[b++] = x;
    else goodValues[g++] = x;
  }
  badValues.sort();
  goodValues.sort();
  // Merge into distinct values with their goods and bads.
  const distinct: number[] = [];
  const goods: number[] = [];
  const bads: number[] = [];
  let gi = 0;
  let bi = 0;
  while (gi < ng || bi < nb) {
    const x = Math.min(
      gi < ng ? (goodValues[gi] as number) : Infinity,
      bi < nb ? (badValues[bi] as number) : Infinity,
    );
    let g = 0;
    let b = 0;
    while (gi < ng && goodValues[gi] === x) {
      gi++;
      g++;
    }
    while (bi < nb && badValues[bi] === x) {
      bi++;
      b++;
    }
    distinct.push(x);
    goods.push(g);
    bads.push(b);
  }
  return { distinct, goods, bads, total: ng + nb };
}

/**
 * Quantile pre-bins over the distinct values: cut q of m sits at the first value with at least
 * q·n/m rows below it, so a heavy tie moves the cut rather than split a value. User splits are
 * added as fixed cuts (a quantile cut falling on the same value gives way), then pre-bins smaller
 * than the minimum share are merged into their smaller neighbour, never across a fixed cut.
 */
function preBins(
  sorted: ReturnType<typeof sortedValues>,
  o: ResolvedBinning,
  rows: number,
  splits: readonly number[],
): PreBin[] {
  const { distinct, goods, bads, total } = sorted;
  const D = distinct.length;
  const below = new Float64Array(D + 1);
  for (let d = 0; d < D; d++)
    below[d + 1] = (below[d] as number) + (goods[d] as number) + (bads[d] as number);
  const firstAtLeast = (x: number) => {
    let lo = 0;
    let hi = D;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((distinct[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // cut → lower bound of the pre-bin it starts, and whether it is a user split.
  const cuts = new Map<number, { lower: number; fixed: boolean }>();
  const fixedAt = new Set(splits.map(firstAtLeast));
  const m = Math.max(
    1,
    Math.min(o.maxPreBins, o.minPreBinShare > 0 ? Math.floor(1 / o.minPreBinShare) : o.maxPreBins),
  );
  for (let q = 1, d = 0; q < m; q++) {
    const rank = (q * total) / m;
    while (d < D && (below[d] as number) < rank) d++;
    if (d > 0 && d < D && !fixedAt.has(d)) cuts.set(d, { lower: distinct[d] as number, fixed: false });
  }
  const bins: PreBin[] = [];
  const sortedCuts = [...cuts.entries()].map(([d, c]) => ({ d, ...c }));
  for (const s of splits) sortedCuts.push({ d: firstAtLeast(s), lower: s, fixed: true });
  sortedCuts.sort((a, b) => a.lower - b.lower);
  let from = 0;
  let lower: number | null = null;
  let fixed = false;
  const close = (to: number) => {
    let g = 0;
    let b = 0;
    for (let d = from; d < to; d++) {
      g += goods[d] as number;
      b += bads[d] as number;
    }
    bins.push({ lower, goods: g, bads: b, fixed });
  };
  for (const cut of sortedCuts) {
    close(cut.d);
    from = cut.d;
    lower = cut.lower;
    fixed = cut.fixed;
  }
  close(D);
  mergeSmallPreBins(bins, o.minPreBinShare * rows);
  return bins;
}

function mergeSmallPreBins(bins: PreBin[], minCount: number): void {
  for (;;) {
    let smallest = -1;
    for (let k = 0; k < bins.length; k++) {
      const b = bins[k] as PreBin;
      const n = b.goods + b.bads;
      const current = bins[smallest];
      if (n < minCount && (!current || n < current.goods + current.bads)) {
        // Only a pre-bin with a free side can merge.
        const left = k > 0 && !b.fixed;
        const right = k < bins.length - 1 && !(bins[k + 1] as PreBin).fixed;
        if (left || right) smallest = k;
      }
    }
    if (smallest < 0) return;
    const b = bins[smallest] as PreBin;
    const left = smallest > 0 && !b.fixed ? (bins[smallest - 1] as PreBin) : undefined;
    const right =
      smallest < bins.length - 1 && !(bins[smallest + 1] as PreBin).fixed
        ? (bins[smallest + 1] as PreBin)
        : undefined;
    const sizeOf = (p: PreBin | undefined) => (p ? p.goods + p.bads : Infinity);
    if (left && sizeOf(left) <= sizeOf(right)) {
      left.goods += b.goods;
      left.bads += b.bads;
      bins.splice(smallest, 1);
    } else if (right) {
      b.goods += right.goods;
      b.bads += right.bads;
      bins.splice(smallest + 1, 1);
    }
  }
}

function constraintsFor(
  o: ResolvedBinning,
  t: Totals,
  fixed: Uint8Array,
  trend: MergeConstraints['trend'],
): MergeConstraints {
  return {
    minCount: o.minBinShare * t.count,
    minEvents: o.minBinEvents,
    minNonEvents: o.minBinNonEvents,
    maxBins: o.maxBins,
    trend,
    fixed,
    totalGoods: t.goods,
    totalBads: t.bads,
    pseudoCount: t.pseudoCount,
  };
}

function ivOf(bins: readonly BinCounts[]): number {
  let iv = 0;
  for (const b of bins) iv += b.informationValue;
  return iv;
}

function groups(
  column: PreparedColumn,
  bad: Uint8Array,
  special: ReadonlySet<number>,
  t: Totals,
): { missing: MissingGroup | null; special: SpecialGroup | null } {
  let mg = 0;
  let mb = 0;
  let sg = 0;
  let sb = 0;
  const seenSpecial = new Set<number>();
  for (let i = 0; i < bad.length; i++) {
    const isBad = bad[i] === 1;
    const missing =
      column.type === 'numeric' ? Number.isNaN(column.values[i] as number) : (column.codes[i] as number) < 0;
    if (missing) {
      if (isBad) mb++;
      else mg++;
    } else if (column.type === 'numeric' && special.has(column.values[i] as number)) {
      seenSpecial.add(column.values[i] as number);
      if (isBad) sb++;
      else sg++;
    }
  }
  return {
    missing: mg + mb > 0 ? { kind: 'missing', ...counts(mg, mb, t) } : null,
    special:
      sg + sb > 0
        ? { kind: 'special', values: [...seenSpecial].sort((a, b) => a - b), ...counts(sg, sb, t) }
        : null,
  };
}

function binNumeric(
  id: string,
  column: NumericColumn,
  bad: Uint8Array,
  o: ResolvedBinning,
  t: Totals,
): { bins: IntervalBin[]; trend: CharacteristicBinning['trend'] } {
  const special = new Set(o.special);
  const sorted = sortedValues(column, bad, special);
  if (sorted.total === 0) {
    // Every value is special: one empty interval keeps the model's line covered, with WOE 0.
    return { bins: [{ kind: 'interval', lower: null, upper: null, ...counts(0, 0, t) }], trend: 'none' };
  }
  const pre = preBins(sorted, o, t.count, o.splits);
  const goods = Float64Array.from(pre, (p) => p.goods);
  const bads = Float64Array.from(pre, (p) => p.bads);
  const fixed = Uint8Array.from(pre, (p) => (p.fixed ? 1 : 0));
  const trends: MergeConstraints['trend'][] = o.trend === 'auto' ? ['ascending', 'descending'] : [o.trend];
  let chosen: { cuts: number[]; trend: MergeConstraints['trend']; iv: number } | null = null;
  for (const trend of trends) {
    const cuts = optimalMerge(goods, bads, constraintsFor(o, t, fixed, trend));
    if (!cuts) continue;
    let iv = 0;
    for (let k = 0; k + 1 < cuts.length; k++) {
      let g = 0;
      let b = 0;
      for (let p = cuts[k] as number; p < (cuts[k + 1] as number); p++) {
        g += goods[p] as number;
        b += bads[p] as number;
      }
      iv += counts(g, b, t).informationValue;
    }
    if (!chosen || iv > chosen.iv) chosen = { cuts, trend, iv };
  }
  if (!chosen) {
    if (o.splits.length > 0) {
      throw new HezuoError(
        'INVALID_INPUT',
        `characteristic "${id}": no binning keeps the splits [${o.splits.join(', ')}] and meets the minimums ` +
          `(share ${o.minBinShare}, ${o.minBinEvents} bads, ${o.minBinNonEvents} goods per bin)`,
        { path: ['options', 'binning', 'splits'], details: { characteristic: id } },
      );
    }
    // Too few rows for even one bin to meet the minimums: one bin, which carries no information.
    chosen = { cuts: [0, pre.length], trend: 'none', iv: 0 };
  }
  const bins: IntervalBin[] = [];
  const { cuts } = chosen;
  for (let k = 0; k + 1 < cuts.length; k++) {
    let g = 0;
    let b = 0;
    for (let p = cuts[k] as number; p < (cuts[k + 1] as number); p++) {
      g += goods[p] as number;
      b += bads[p] as number;
    }
    bins.push({
      kind: 'interval',
      lower: k === 0 ? null : (pre[cuts[k] as number] as PreBin).lower,
      upper: k + 2 === cuts.length ? null : (pre[cuts[k + 1] as number] as PreBin).lower,
      ...counts(g, b, t),
    });
  }
  return { bins, trend: bins.length > 1 ? chosen.trend : 'none' };
}

/**
 * Categorical: rare categories pooled as "other", the groups sorted by bad rate (ties by name),
 * then merged like numeric pre-bins with an ascending trend, which sorting makes natural.
 */
function binCategorical(
  column: CategoricalColumn,
  bad: Uint8Array,
  o: ResolvedBinning,
  t: Totals,
): CategoryBin[] {
  const k = column.categories.length;
  const g = new Float64Array(k);
  const b = new Float64Array(k);
  for (let i = 0; i < bad.length; i++) {
    const code = column.codes[i] as number;
    if (code < 0) continue;
    if (bad[i] === 1) b[code] = (b[code] as number) + 1;
    else g[code] = (g[code] as number) + 1;
  }
  const minCount = o.minCategoryShare * t.count;
  const groupsOf: { values: string[]; goods: number; bads: number; other: boolean }[] = [];
  const other = { values: [] as string[], goods: 0, bads: 0, other: true };
  for (let c = 0; c < k; c++) {
    const n = (g[c] as number) + (b[c] as number);
    if (n === 0) continue;
    const value = column.categories[c] as string;
    if (n < minCount) {
      other.values.push(value);
      other.goods += g[c] as number;
      other.bads += b[c] as number;
    } else groupsOf.push({ values: [value], goods: g[c] as number, bads: b[c] as number, other: false });
  }
  if (other.values.length > 0) groupsOf.push(other);
  const rate = (x: { goods: number; bads: number }) => x.bads / (x.goods + x.bads);
  const byName = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  groupsOf.sort((x, y) => rate(x) - rate(y) || byName(x.values[0] as string, y.values[0] as string));
  if (groupsOf.length === 0) return [];
  const goods = Float64Array.from(groupsOf, (x) => x.goods);
  const bads = Float64Array.from(groupsOf, (x) => x.bads);
  const fixed = new Uint8Array(groupsOf.length);
  const cuts = optimalMerge(goods, bads, constraintsFor(o, t, fixed, 'ascending')) ?? [0, groupsOf.length];
  const bins: CategoryBin[] = [];
  for (let j = 0; j + 1 < cuts.length; j++) {
    const members = groupsOf.slice(cuts[j], cuts[j + 1]);
    const values = members.flatMap((x) => x.values).sort(byName);
    const mg = members.reduce((s, x) => s + x.goods, 0);
    const mb = members.reduce((s, x) => s + x.bads, 0);
    bins.push({ kind: 'categories', values, other: members.some((x) => x.other), ...counts(mg, mb, t) });
  }
  return bins;
}

/**
 * @internal Bins one prepared characteristic against its outcomes (1 = bad), which must hold at
 * least one good and one bad. Deterministic: no randomness, ties broken by position and name.
 */
export function binColumn(
  id: string,
  column: PreparedColumn,
  bad: Uint8Array,
  o: ResolvedBinning,
): CharacteristicBinning {
  let bads = 0;
  for (let i = 0; i < bad.length; i++) bads += bad[i] as number;
  const t: Totals = { count: bad.length, goods: bad.length - bads, bads, pseudoCount: o.pseudoCount };
  const special = new Set(column.type === 'numeric' ? o.special : []);
  const extra = groups(column, bad, special, t);
  const { bins, trend } =
    column.type === 'numeric'
      ? binNumeric(id, column, bad, o, t)
      : { bins: binCategorical(column, bad, o, t), trend: 'ascending' as const };
  const all: BinCounts[] = [...bins];
  if (extra.missing) all.push(extra.missing);
  if (extra.special) all.push(extra.special);
  return {
    id,
    type: column.type,
    bins,
    missing: extra.missing,
    special: extra.special,
    informationValue: ivOf(all),
    trend: bins.length > 1 ? trend : 'none',
    totals: { count: t.count, events: t.bads, nonEvents: t.goods },
  };
}
