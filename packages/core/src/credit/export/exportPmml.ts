import { z } from 'zod';
import { parseInput } from '../../errors/fromZod';
import { HezuoError } from '../../errors/HezuoError';
import type { GradeBand } from '../grades/gradeBands';
import type {
  CategoricalCharacteristic,
  Characteristic,
  NumericCharacteristic,
  ScorecardModelInput,
  ValuePolicy,
} from '../model/scorecardModel';
import { type CompiledScorecard, toCompiled } from '../scoring/compileModel';
import { isXmlText, requireText } from './exportText';
import { assertPointsFit } from './pointsRange';
import { shortestDecimal } from './shortestDecimal';
import { el, renderXml, type XmlElement } from './xmlElement';

/** The namespace of PMML 4.4 documents. */
export const PMML_NAMESPACE = 'http://www.dmg.org/PMML-4_4';

const FieldNameSchema = z
  .string()
  .min(1)
  .max(128)
  .refine(isXmlText, { error: 'a field name must be text that XML 1.0 can hold' });

/** Options of {@link exportPmml}. */
export const PmmlExportOptionsSchema = z.strictObject({
  /** Add a grade output field computed from the model's grade bands (false unless told). */
  includeGrade: z.boolean().optional(),
  /** Name of the score output field; `score` unless told. */
  scoreField: FieldNameSchema.optional(),
  /** Name of the grade output field; `grade` unless told. */
  gradeField: FieldNameSchema.optional(),
  /** Reason output fields are this prefix and their rank: `reason1`, `reason2`… unless told. */
  reasonFieldPrefix: FieldNameSchema.optional(),
});

/** See {@link PmmlExportOptionsSchema}. */
export type PmmlExportOptions = z.input<typeof PmmlExportOptionsSchema>;

type Path = readonly (string | number)[];

const num = shortestDecimal;

/** Every text of the model that lands in the document, checked before any is written. */
function checkModelText(compiled: CompiledScorecard): void {
  const m = compiled.model;
  requireText(m.id, 'PMML', 'model id', ['model', 'id']);
  requireText(m.version, 'PMML', 'model version', ['model', 'version']);
  requireText(m.name['zh-CN'], 'PMML', 'model name', ['model', 'name', 'zh-CN']);
  requireText(m.name.en, 'PMML', 'model name', ['model', 'name', 'en']);
  m.characteristics.forEach((c, i) => {
    requireText(c.id, 'PMML', 'characteristic id', ['model', 'characteristics', i, 'id']);
    if (c.type !== 'categorical') return;
    c.bins.forEach((bin, j) => {
      bin.values.forEach((value, k) => {
        const path = ['model', 'characteristics', i, 'bins', j, 'values', k];
        requireText(value, 'PMML', `characteristic "${c.id}": value`, path);
      });
    });
  });
  m.gradeBands.forEach((b, i) => {
    requireText(b.grade, 'PMML', 'grade', ['model', 'gradeBands', i, 'grade']);
  });
}

function rejects(policy: ValuePolicy | undefined): boolean {
  return policy === undefined || 'reject' in policy;
}

/** The points a policy gives (it does not reject). */
function policyPoints(c: Characteristic, policy: ValuePolicy): number {
  if ('bin' in policy) return (c.bins[policy.bin] as { points: number }).points;
  return 'points' in policy ? policy.points : 0;
}

function dataField(c: Characteristic): XmlElement {
  if (c.type === 'numeric') {
    // NaN is missing to the library; special values a policy rejects are invalid (returnInvalid).
    const invalid = c.special && rejects(c.special.policy) ? c.special.values : [];
    return el('DataField', { name: c.id, optype: 'continuous', dataType: 'double' }, [
      el('Value', { value: 'NaN', property: 'missing' }),
      ...invalid.map((v) => el('Value', { value: num(v), property: 'invalid' })),
    ]);
  }
  // The valid values: with an unseen policy that rejects, any other value is invalid.
  return el(
    'DataField',
    { name: c.id, optype: 'categorical', dataType: 'string' },
    c.bins.flatMap((bin) => bin.values.map((value) => el('Value', { value }))),
  );
}

function miningField(c: Characteristic): XmlElement {
  const invalidRejects =
    c.type === 'numeric' ? c.special !== undefined && rejects(c.special.policy) : rejects(c.unseen);
  return el('MiningField', {
    name: c.id,
    usageType: 'active',
    missingValueTreatment: rejects(c.missing) ? 'returnInvalid' : 'asIs',
    invalidValueTreatment: invalidRejects ? 'returnInvalid' : 'asIs',
  });
}

function simple(field: string, operator: string, value?: number | string): XmlElement {
  return el('SimplePredicate', { field, operator, value });
}

/** `[lower, upper)` as predicates: an open end is left out, both ends join with `and`. */
function intervalPredicate(field: string, lower: number | null, upper: number | null): XmlElement {
  const parts = [
    ...(lower === null ? [] : [simple(field, 'greaterOrEqual', num(lower))]),
    ...(upper === null ? [] : [simple(field, 'lessThan', num(upper))]),
  ];
  if (parts.length === 0) return el('True');
  if (parts.length === 1) return parts[0] as XmlElement;
  return el('CompoundPredicate', { booleanOperator: 'and' }, parts);
}

/**
 * Values in a PMML string `Array` are quoted, and a quote inside is escaped with a backslash;
 * how a backslash itself reads differs between evaluators, so a value holding either is
 * tested with its own `equal` predicate instead.
 */
function valueSetPredicate(field: string, values: readonly string[]): XmlElement {
  const plain = values.filter((v) => !v.includes('"') && !v.includes('\\'));
  const odd = values.filter((v) => v.includes('"') || v.includes('\\'));
  const parts = [
    ...(plain.length === 0
      ? []
      : [
          el('SimpleSetPredicate', { field, booleanOperator: 'isIn' }, [
            el('Array', { n: plain.length, type: 'string' }, [plain.map((v) => `"${v}"`).join(' ')]),
          ]),
        ]),
    ...odd.map((v) => simple(field, 'equal', v)),
  ];
  if (parts.length === 1) return parts[0] as XmlElement;
  return el('CompoundPredicate', { booleanOperator: 'or' }, parts);
}

/** One way a characteristic scores: the points, and when (PMML's `Attribute`). */
interface ScoredAttribute {
  readonly points: number;
  readonly predicate: XmlElement;
}

/** Missing first, then special values, then the bins in order: the first true attribute wins. */
function numericAttributes(c: NumericCharacteristic): ScoredAttribute[] {
  const out: ScoredAttribute[] = [];
  if (!rejects(c.missing))
    out.push({ points: policyPoints(c, c.missing), predicate: simple(c.id, 'isMissing') });
  if (c.special && !rejects(c.special.policy)) {
    const values = c.special.values.map(num);
    const set = el('SimpleSetPredicate', { field: c.id, booleanOperator: 'isIn' }, [
      el('Array', { n: values.length, type: 'real' }, [values.join(' ')]),
    ]);
    out.push({ points: policyPoints(c, c.special.policy), predicate: set });
  }
  for (const bin of c.bins) {
    out.push({ points: bin.points, predicate: intervalPredicate(c.id, bin.lower, bin.upper) });
  }
  return out;
}

/** Missing first, then each value group, then `<True/>` for unseen values when they score. */
function categoricalAttributes(c: CategoricalCharacteristic): ScoredAttribute[] {
  const out: ScoredAttribute[] = [];
  if (!rejects(c.missing))
    out.push({ points: policyPoints(c, c.missing), predicate: simple(c.id, 'isMissing') });
  for (const bin of c.bins) out.push({ points: bin.points, predicate: valueSetPredicate(c.id, bin.values) });
  if (c.unseen && !rejects(c.unseen)) out.push({ points: policyPoints(c, c.unseen), predicate: el('True') });
  return out;
}

/** Grade bands as intervals of the score, highest first; the last band is the default. */
function gradeField(name: string, scoreField: string, bands: readonly GradeBand[]): XmlElement {
  const bins = bands.flatMap((band, i) => {
    if (band.minScore === null) return [];
    const above = i > 0 ? (bands[i - 1] as GradeBand).minScore : null;
    return [
      el('DiscretizeBin', { binValue: band.grade }, [
        el('Interval', {
          closure: 'closedOpen',
          leftMargin: num(band.minScore),
          rightMargin: above === null ? undefined : num(above),
        }),
      ]),
    ];
  });
  const lowest = bands[bands.length - 1] as GradeBand;
  return el('OutputField', { name, optype: 'categorical', dataType: 'string', feature: 'transformedValue' }, [
    el('Discretize', { field: scoreField, dataType: 'string', defaultValue: lowest.grade }, bins),
  ]);
}

function checkFieldNames(ids: readonly string[], outputs: readonly { name: string; path: Path }[]): void {
  const taken = new Set(ids);
  for (const out of outputs) {
    if (taken.has(out.name)) {
      throw new HezuoError(
        'INVALID_INPUT',
        `output field "${out.name.slice(0, 80)}" clashes with a characteristic or another output field; rename it in the options`,
        { path: out.path },
      );
    }
    taken.add(out.name);
  }
}

/**
 * Writes a scorecard as a PMML 4.4 `<Scorecard>` document (DESIGN §3.6, deploy) that a PMML
 * evaluator scores as {@link score} does: the same score, and the same reason codes.
 *
 * - `DataDictionary`: numeric characteristics as continuous doubles (NaN declared missing),
 *   categorical ones as strings listing their values.
 * - `MiningSchema`: `missingValueTreatment` and `invalidValueTreatment` are `returnInvalid`
 *   where a policy rejects the value (missing; a special value, declared invalid; an unseen
 *   category), `asIs` elsewhere: PMML's way of refusing a row, where the library throws.
 * - Each characteristic's attributes in order, the first true one giving the points: `isMissing`,
 *   special values (`SimpleSetPredicate`), the bins `[lower, upper)` (`SimplePredicate`s joined
 *   by a `CompoundPredicate`), value groups, and `<True/>` last for unseen categories.
 * - Reason codes: `useReasonCodes="true"`, `reasonCodeAlgorithm="pointsBelow"`, each
 *   characteristic's reason code is its id and its `baselineScore` its maximum points, so the
 *   codes rank by points lost as the library's reasons do (characteristics the model excludes
 *   from reasons get their minimum instead, so they never lose points). `initialScore` holds a
 *   logistic model's separate base points.
 * - `Output`: the score (`predictedValue`), reason codes ranked 1 to the model's `reasons.top`,
 *   and with `includeGrade` the grade (a `Discretize` of the score over the grade bands).
 *
 * Every number is the shortest decimal that reads back as the same double. The library adds
 * the base points and then each characteristic's points in declaration order; an evaluator
 * adding in that order gets the same score bit for bit. The library names only characteristics
 * that lost points; an evaluator that also lists zero differences may add them after those.
 *
 * @example
 * ```ts
 * const xml = exportPmml(model, { includeGrade: true });
 * ```
 * @throws HezuoError `INVALID_INPUT` for a bad model or options, output names that clash with
 * a characteristic, text XML 1.0 cannot hold, or points that could add up beyond double precision.
 */
export function exportPmml(
  model: CompiledScorecard | ScorecardModelInput,
  options: PmmlExportOptions = {},
): string {
  const compiled = toCompiled(model);
  const opts = parseInput(PmmlExportOptionsSchema, options, { path: ['options'] });
  checkModelText(compiled);
  assertPointsFit(compiled);
  const m = compiled.model;
  const scoreName = opts.scoreField ?? 'score';
  const gradeName = opts.gradeField ?? 'grade';
  const prefix = opts.reasonFieldPrefix ?? 'reason';
  const withGrade = opts.includeGrade ?? false;
  const reasonNames = Array.from({ length: compiled.topReasons }, (_, i) => `${prefix}${i + 1}`);
  checkFieldNames(
    m.characteristics.map((c) => c.id),
    [
      { name: scoreName, path: ['options', 'scoreField'] },
      ...reasonNames.map((name) => ({ name, path: ['options', 'reasonFieldPrefix'] })),
      ...(withGrade ? [{ name: gradeName, path: ['options', 'gradeField'] }] : []),
    ],
  );

  const excluded = new Set(m.reasons?.exclude ?? []);
  const characteristics = m.characteristics.map((c) => {
    const attributes = c.type === 'numeric' ? numericAttributes(c) : categoricalAttributes(c);
    const partials = attributes.map((a) => a.points);
    // The attributes hold every way to score (bins and non-rejecting policies): their maximum is
    // the library's maxPoints, their minimum a baseline that never loses points.
    return el(
      'Characteristic',
      {
        name: c.id,
        reasonCode: c.id,
        baselineScore: num(excluded.has(c.id) ? Math.min(...partials) : Math.max(...partials)),
      },
      attributes.map((a) => el('Attribute', { partialScore: num(a.points) }, [a.predicate])),
    );
  });
  const output = el('Output', {}, [
    el('OutputField', {
      name: scoreName,
      optype: 'continuous',
      dataType: 'double',
      feature: 'predictedValue',
    }),
    ...reasonNames.map((name, i) =>
      el('OutputField', {
        name,
        optype: 'categorical',
        dataType: 'string',
        feature: 'reasonCode',
        rank: i + 1,
      }),
    ),
    ...(withGrade ? [gradeField(gradeName, scoreName, m.gradeBands)] : []),
  ]);
  const document = el('PMML', { xmlns: PMML_NAMESPACE, version: '4.4' }, [
    el('Header', { description: m.name['zh-CN'], modelVersion: m.version }, [
      el('Application', { name: '@hezuo/core' }),
      el('Annotation', {}, [`Scorecard ${m.id} (${m.name.en}), sha256 ${compiled.hash}`]),
    ]),
    el(
      'DataDictionary',
      { numberOfFields: m.characteristics.length },
      m.characteristics.map((c) => dataField(c)),
    ),
    el(
      'Scorecard',
      {
        modelName: m.id,
        functionName: 'regression',
        useReasonCodes: true,
        reasonCodeAlgorithm: 'pointsBelow',
        initialScore: num(compiled.basePoints),
        baselineMethod: excluded.size > 0 ? 'other' : 'max',
      },
      [
        el(
          'MiningSchema',
          {},
          m.characteristics.map((c) => miningField(c)),
        ),
        output,
        el('Characteristics', {}, characteristics),
      ],
    ),
  ]);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${renderXml(document)}\n`;
}
