import { parseInput } from '../../errors/fromZod';
import { HezuoError } from '../../errors/HezuoError';
import { type ScorecardModel, type ScorecardModelInput, ScorecardModelSchema } from './scorecardModel';

/** The scaling constants of a logistic model (DESIGN §3.6). */
export interface LogisticConstants {
  /** Points per unit of ln(odds): `pdo / ln 2`. */
  readonly factor: number;
  /** `baseScore − factor · ln(baseOdds)`. */
  readonly offset: number;
  /** Points added to every score: `offset − intercept · factor` when `separate`, else 0. */
  readonly basePoints: number;
}

/** @internal Scaling constants of a validated logistic model. */
export function logisticConstants(model: ScorecardModel): LogisticConstants {
  const s = model.logistic;
  if (!s) return { factor: 1, offset: 0, basePoints: 0 };
  const factor = s.pdo / Math.LN2;
  const offset = s.baseScore - factor * Math.log(s.baseOdds);
  return {
    factor,
    offset,
    basePoints: s.interceptPlacement === 'separate' ? offset - s.intercept * factor : 0,
  };
}

/**
 * Returns a copy of a logistic model with every bin's points computed from its WOE:
 * `points = −coefficient · woe · factor`, plus `(offset − intercept · factor) / n` on each of
 * the `n` characteristics when the intercept is `spread` (with `separate` that constant is
 * added once, at scoring). The regression is of the log-odds of bad, so the intercept enters
 * with the same sign as the coefficients. Points are kept as decimals; round them yourself if
 * the sheet must show integers. Policies with fixed points are left as given.
 */
export function scaleLogisticPoints(model: ScorecardModelInput): ScorecardModel {
  const valid = parseInput(ScorecardModelSchema, model, { path: ['model'] });
  if (valid.kind !== 'logistic' || !valid.logistic) {
    throw new HezuoError('INVALID_INPUT', 'only a logistic model is scaled', { path: ['model', 'kind'] });
  }
  const { factor, offset } = logisticConstants(valid);
  const n = valid.characteristics.length;
  const shared =
    valid.logistic.interceptPlacement === 'spread' ? (offset - valid.logistic.intercept * factor) / n : 0;
  const scaled = {
    ...valid,
    characteristics: valid.characteristics.map((c) => {
      const coefficient = c.coefficient ?? 0;
      const points = (woe: number | undefined) => -coefficient * (woe ?? 0) * factor + shared;
      return c.type === 'numeric'
        ? { ...c, bins: c.bins.map((b) => ({ ...b, points: points(b.woe) })) }
        : { ...c, bins: c.bins.map((b) => ({ ...b, points: points(b.woe) })) };
    }),
  };
  // Huge coefficients can overflow to Infinity; the schema refuses that with a typed error.
  return parseInput(ScorecardModelSchema, scaled, { path: ['model'] });
}
