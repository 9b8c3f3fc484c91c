import { parseInput } from '../../errors/fromZod';
import type { LocalizedText } from '../../i18n/locale';
import type { GradeBand } from '../grades/gradeBands';
import {
  type Characteristic,
  type ScorecardModel,
  ScorecardModelSchema,
  type ValuePolicy,
} from '../model/scorecardModel';
import type { CategoryBin, CharacteristicBinning, IntervalBin } from './characteristicBinning';
import { roundKeepingRange } from './integerPoints';

/** @internal One selected characteristic with what the model needs of it. */
export interface ModelTerm {
  readonly binning: CharacteristicBinning;
  /** The WOE the model carries per group (bins, missing, special): marginal or adjusted. */
  readonly woe: Float64Array;
  readonly coefficient: number;
  readonly label: LocalizedText;
  readonly reasonText: LocalizedText;
  /** The configured special values (numeric), whether or not the rows held any. */
  readonly special: readonly number[];
}

/** @internal Everything {@link buildModel} needs. */
export interface ModelRecipe {
  readonly id: string;
  readonly version: string;
  readonly name: LocalizedText;
  readonly gradeBands: readonly GradeBand[];
  readonly intercept: number;
  readonly baseScore: number;
  readonly baseOdds: number;
  readonly pdo: number;
  readonly interceptPlacement: 'spread' | 'separate';
  readonly integerPoints: boolean;
  readonly terms: readonly ModelTerm[];
}

/** @internal A characteristic's point options: its bins, then its missing, special and unseen points. */
interface Options {
  readonly points: Float64Array;
  readonly bins: number;
  readonly hasSpecial: boolean;
  /** Index of the bin that takes unseen categories, or −1 for neutral points. */
  readonly unseenBin: number;
}

/**
 * The intercept, within half a point of the fitted one, whose base points `offset − intercept ·
 * factor` come out as a whole number in floating point (nudged by an ulp or two where the
 * division rounds).
 */
function wholeBaseIntercept(offset: number, factor: number, base: number): number {
  const target = Math.round(base);
  let intercept = (offset - target) / factor;
  for (let k = 0; k < 16 && offset - intercept * factor !== target; k++) {
    const off = offset - intercept * factor - target;
    intercept += (off > 0 ? 1 : -1) * Math.max(Number.EPSILON * Math.abs(intercept), Number.MIN_VALUE);
  }
  return intercept;
}

/**
 * @internal The fitted `logistic` scorecard: WOE on every bin, the coefficient per characteristic,
 * points `−coefficient · woe · pdo/ln 2` plus the spread intercept, the missing group's (and the
 * special group's) points as fixed-points policies, WOE 0 ("no evidence") where the rows had no
 * such value, and unseen categories scored like the pooled rare ones ("other") or, when nothing
 * was pooled, neutrally. With whole points and a `separate` intercept, the stored intercept is
 * moved by less than half a point so the base points are whole too.
 */
export function buildModel(recipe: ModelRecipe): ScorecardModel {
  const factor = recipe.pdo / Math.LN2;
  const offset = recipe.baseScore - factor * Math.log(recipe.baseOdds);
  const n = recipe.terms.length;
  const spread = recipe.interceptPlacement === 'spread';
  const shared = spread ? (offset - recipe.intercept * factor) / n : 0;
  const base = spread ? 0 : offset - recipe.intercept * factor;
  const options: Options[] = recipe.terms.map(({ binning, coefficient, special, woe }) => {
    const at = (w: number) => -coefficient * w * factor + shared;
    const k = binning.bins.length;
    const values = binning.bins.map((_, j) => at(woe[j] as number));
    values.push(at(binning.missing ? (woe[k] as number) : 0));
    const hasSpecial = binning.type === 'numeric' && special.length > 0;
    if (hasSpecial) values.push(at(binning.special ? (woe[k + 1] as number) : 0));
    const unseenBin =
      binning.type === 'categorical' ? (binning.bins as CategoryBin[]).findIndex((b) => b.other) : -1;
    if (binning.type === 'categorical' && unseenBin < 0) values.push(at(0));
    return { points: Float64Array.from(values), bins: binning.bins.length, hasSpecial, unseenBin };
  });
  const points = recipe.integerPoints
    ? roundKeepingRange(
        options.map((o) => o.points),
        base,
      )
    : options.map((o) => o.points);
  const intercept =
    recipe.integerPoints && !spread ? wholeBaseIntercept(offset, factor, base) : recipe.intercept;
  const characteristics: Characteristic[] = recipe.terms.map((term, c) => {
    const o = options[c] as Options;
    const p = points[c] as Float64Array;
    const { binning } = term;
    const common = {
      id: binning.id,
      label: term.label,
      reasonText: term.reasonText,
      coefficient: term.coefficient,
      missing: { points: p[o.bins] as number } satisfies ValuePolicy,
    };
    if (binning.type === 'numeric') {
      return {
        ...common,
        type: 'numeric',
        bins: (binning.bins as IntervalBin[]).map((b, j) => ({
          lower: b.lower,
          upper: b.upper,
          points: p[j] as number,
          woe: term.woe[j] as number,
        })),
        ...(o.hasSpecial
          ? { special: { values: [...term.special], policy: { points: p[o.bins + 1] as number } } }
          : {}),
      };
    }
    return {
      ...common,
      type: 'categorical',
      bins: (binning.bins as CategoryBin[]).map((b, j) => ({
        values: [...b.values],
        points: p[j] as number,
        woe: term.woe[j] as number,
      })),
      unseen: o.unseenBin >= 0 ? { bin: o.unseenBin } : { points: p[o.bins + 1] as number },
    };
  });
  return parseInput(
    ScorecardModelSchema,
    {
      specVersion: 1,
      id: recipe.id,
      version: recipe.version,
      name: recipe.name,
      kind: 'logistic',
      characteristics,
      gradeBands: recipe.gradeBands,
      logistic: {
        intercept,
        pdo: recipe.pdo,
        baseScore: recipe.baseScore,
        baseOdds: recipe.baseOdds,
        interceptPlacement: recipe.interceptPlacement,
      },
    },
    { path: ['model'] },
  );
}
