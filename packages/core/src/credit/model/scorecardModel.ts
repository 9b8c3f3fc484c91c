import { z } from 'zod';
import { LocalizedTextSchema } from '../../i18n/locale';
import { GradeBandsSchema } from '../grades/gradeBands';

const finite = z.number().refine(Number.isFinite, { error: 'must be a finite number' });

/**
 * What to do with a missing, special or unseen value: use a named bin (by index), give fixed
 * points, or refuse the row. Never NaN and never a silent 0 (DESIGN §3.6: absence of evidence is
 * not bad evidence, so a sheet states its neutral points).
 */
export const ValuePolicySchema = z.union([
  z.strictObject({ bin: z.int().min(0).max(10_000) }),
  z.strictObject({ points: finite }),
  z.strictObject({ reject: z.literal(true) }),
]);

/** See {@link ValuePolicySchema}. */
export type ValuePolicy = z.infer<typeof ValuePolicySchema>;

/**
 * One numeric bin, the interval `[lower, upper)`. JSON has no infinities, so `lower: null` is
 * −∞ and `upper: null` is +∞. `woe` (weight of evidence) is required by logistic models.
 */
export const NumericBinSchema = z.strictObject({
  lower: finite.nullable(),
  upper: finite.nullable(),
  points: finite,
  woe: finite.optional(),
});

/** See {@link NumericBinSchema}. */
export type NumericBin = z.infer<typeof NumericBinSchema>;

/** One categorical bin: a group of values sharing points (each value in exactly one group). */
export const CategoricalBinSchema = z.strictObject({
  values: z.array(z.string().max(256)).min(1).max(10_000),
  points: finite,
  woe: finite.optional(),
});

/** See {@link CategoricalBinSchema}. */
export type CategoricalBin = z.infer<typeof CategoricalBinSchema>;

const characteristicBase = {
  id: z.string().min(1).max(128),
  label: LocalizedTextSchema,
  /** Why points were lost, shown to the member when this characteristic is a reason. */
  reasonText: LocalizedTextSchema,
  missing: ValuePolicySchema,
  /** The logistic regression coefficient of this characteristic's WOE. */
  coefficient: finite.optional(),
};

/** A numeric characteristic: contiguous intervals covering the whole line, plus special values. */
export const NumericCharacteristicSchema = z.strictObject({
  ...characteristicBase,
  type: z.literal('numeric'),
  bins: z.array(NumericBinSchema).min(1).max(1_000),
  /** Values (say, 999 = "not applicable") scored by their own policy instead of the bins. */
  special: z.strictObject({ values: z.array(finite).min(1).max(64), policy: ValuePolicySchema }).optional(),
});

/** A categorical characteristic: value groups; a value in no group follows `unseen` (reject if absent). */
export const CategoricalCharacteristicSchema = z.strictObject({
  ...characteristicBase,
  type: z.literal('categorical'),
  bins: z.array(CategoricalBinSchema).min(1).max(1_000),
  unseen: ValuePolicySchema.optional(),
});

/** One characteristic of a scorecard, numeric or categorical. */
export const CharacteristicSchema = z.discriminatedUnion('type', [
  NumericCharacteristicSchema,
  CategoricalCharacteristicSchema,
]);

/** See {@link CharacteristicSchema}. */
export type Characteristic = z.infer<typeof CharacteristicSchema>;
/** See {@link NumericCharacteristicSchema}. */
export type NumericCharacteristic = z.infer<typeof NumericCharacteristicSchema>;
/** See {@link CategoricalCharacteristicSchema}. */
export type CategoricalCharacteristic = z.infer<typeof CategoricalCharacteristicSchema>;

/**
 * Logistic scaling (DESIGN §3.6): the regression models the log-odds of bad,
 * `ln(pBad / pGood) = intercept + Σ coefficient · woe`; `factor = pdo / ln 2`,
 * `offset = baseScore − factor · ln(baseOdds)` with `baseOdds` stated as good:bad, and
 * `score = offset + factor · ln(oddsGood)`. `spread` shares the intercept and offset evenly among
 * the characteristics' points; `separate` keeps them as base points added to every score.
 */
export const LogisticScalingSchema = z.strictObject({
  intercept: finite,
  pdo: finite.refine((v) => v > 0, { error: 'points to double the odds must be positive' }),
  baseScore: finite,
  baseOdds: finite.refine((v) => v > 0, { error: 'odds (good:bad) must be positive' }),
  interceptPlacement: z.enum(['spread', 'separate']),
});

/** See {@link LogisticScalingSchema}. */
export type LogisticScaling = z.infer<typeof LogisticScalingSchema>;

function checkNumericBins(c: NumericCharacteristic, at: (string | number)[], ctx: z.RefinementCtx): void {
  const name = `characteristic "${c.id}"`;
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: 'custom', path: [...at, ...path], message: `${name}: ${message}` });
  const first = c.bins[0];
  const last = c.bins[c.bins.length - 1];
  if (first && first.lower !== null)
    issue(['bins', 0, 'lower'], 'the first bin starts at -Infinity (lower: null)');
  if (last && last.upper !== null)
    issue(['bins', c.bins.length - 1, 'upper'], 'the last bin ends at +Infinity (upper: null)');
  c.bins.forEach((bin, i) => {
    if (i > 0 && bin.lower === null)
      issue(['bins', i, 'lower'], `bin ${i} is unordered: only the first bin starts at -Infinity`);
    if (i < c.bins.length - 1 && bin.upper === null)
      issue(['bins', i, 'upper'], `bin ${i} is unordered: only the last bin ends at +Infinity`);
    if (bin.lower !== null && bin.upper !== null && bin.lower >= bin.upper)
      issue(['bins', i], `bin ${i} is unordered: [${bin.lower}, ${bin.upper}) is empty`);
    const next = c.bins[i + 1];
    if (next && bin.upper !== null && next.lower !== null) {
      if (next.lower < bin.upper) issue(['bins', i + 1, 'lower'], `bins ${i} and ${i + 1} overlap`);
      if (next.lower > bin.upper) issue(['bins', i + 1, 'lower'], `gap between bins ${i} and ${i + 1}`);
    }
  });
  c.special?.values.forEach((v, i) => {
    if (c.special?.values.indexOf(v) !== i)
      issue(['special', 'values', i], `special value ${v} appears twice`);
  });
}

function checkCategoricalBins(
  c: CategoricalCharacteristic,
  at: (string | number)[],
  ctx: z.RefinementCtx,
): void {
  const seen = new Map<string, number>();
  c.bins.forEach((bin, i) => {
    bin.values.forEach((value, j) => {
      const before = seen.get(value);
      if (before !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [...at, 'bins', i, 'values', j],
          message: `characteristic "${c.id}": value "${value.slice(0, 40)}" is in bins ${before} and ${i}`,
        });
      }
      seen.set(value, i);
    });
  });
}

function policies(c: Characteristic): [string, ValuePolicy][] {
  const out: [string, ValuePolicy][] = [['missing', c.missing]];
  if (c.type === 'numeric' && c.special) out.push(['special', c.special.policy]);
  if (c.type === 'categorical' && c.unseen) out.push(['unseen', c.unseen]);
  return out;
}

/**
 * A scorecard model, versioned JSON (DESIGN §3.6): an `indicator` sheet (points per attribute,
 * such as a 100-point household sheet) or a `logistic` scorecard (WOE bins scaled by points to
 * double the odds). Both score the same way: the sum of each characteristic's points.
 */
export const ScorecardModelSchema = z
  .strictObject({
    specVersion: z.literal(1),
    id: z.string().min(1).max(128),
    version: z.string().min(1).max(64),
    name: LocalizedTextSchema,
    kind: z.enum(['indicator', 'logistic']),
    characteristics: z.array(CharacteristicSchema).min(1).max(512),
    gradeBands: GradeBandsSchema,
    /** `top`: how many reasons to give (4 by default); `exclude`: characteristics never named as a reason. */
    reasons: z
      .strictObject({
        top: z.int().min(0).max(64).optional(),
        exclude: z.array(z.string().max(128)).max(512).optional(),
      })
      .optional(),
    logistic: LogisticScalingSchema.optional(),
  })
  .superRefine((model, ctx) => {
    const ids = new Set<string>();
    model.characteristics.forEach((c, i) => {
      const at = ['characteristics', i];
      if (ids.has(c.id))
        ctx.addIssue({
          code: 'custom',
          path: [...at, 'id'],
          message: `characteristic "${c.id}" appears twice`,
        });
      ids.add(c.id);
      if (c.type === 'numeric') checkNumericBins(c, at, ctx);
      else checkCategoricalBins(c, at, ctx);
      for (const [key, policy] of policies(c)) {
        if ('bin' in policy && policy.bin >= c.bins.length) {
          ctx.addIssue({
            code: 'custom',
            path: [...at, key === 'special' ? 'special' : key],
            message: `characteristic "${c.id}": ${key} policy names bin ${policy.bin}, which does not exist`,
          });
        }
      }
      if (model.kind === 'logistic') {
        if (c.coefficient === undefined)
          ctx.addIssue({
            code: 'custom',
            path: [...at, 'coefficient'],
            message: `characteristic "${c.id}": a logistic model needs a coefficient`,
          });
        c.bins.forEach((bin, j) => {
          if (bin.woe === undefined)
            ctx.addIssue({
              code: 'custom',
              path: [...at, 'bins', j, 'woe'],
              message: `characteristic "${c.id}": a logistic model needs woe on every bin`,
            });
        });
      }
    });
    model.reasons?.exclude?.forEach((id, i) => {
      if (!ids.has(id))
        ctx.addIssue({
          code: 'custom',
          path: ['reasons', 'exclude', i],
          message: `reasons name unknown characteristic "${id.slice(0, 128)}"`,
        });
    });
    if (model.kind === 'logistic' && !model.logistic)
      ctx.addIssue({
        code: 'custom',
        path: ['logistic'],
        message: 'a logistic model needs its scaling (logistic)',
      });
    if (model.kind === 'indicator' && model.logistic)
      ctx.addIssue({
        code: 'custom',
        path: ['logistic'],
        message: 'an indicator model has no logistic scaling',
      });
  });

/** A validated scorecard model. */
export type ScorecardModel = z.infer<typeof ScorecardModelSchema>;
/** A scorecard model as written (grade bands' `rated` optional). */
export type ScorecardModelInput = z.input<typeof ScorecardModelSchema>;
