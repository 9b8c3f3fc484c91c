import { z } from 'zod';
import { EntityIdSchema } from '../cooperative/ids';
import { parseInput } from '../errors/fromZod';
import { type LocalizedText, LocalizedTextSchema } from '../i18n/locale';
import {
  OWNER_GROUPS,
  OWNERSHIP_ENTITY_KINDS,
  type OwnerGroup,
  OwnerGroupSchema,
  type OwnershipEntityKind,
  OwnershipEntityKindSchema,
} from './entity';
import { computeFlow, type Flow, type FlowSettings } from './flow';
import {
  addFraction,
  compareFraction,
  type FractionInput,
  FractionSchema,
  fractionOf,
  fractionToNumber,
  type Rational,
  ZERO,
} from './fraction';
import { type GraphInternals, type HoldingGraph, HoldingGraphSchema, internalsOf, sumEdges } from './graph';
import {
  entityNumber,
  figure,
  flowSettings,
  kindNumber,
  LookThroughOptionsSchema,
  type ShareFigure,
} from './lookThrough';

/** How a constraint measures a share: the direct stakes, or look-through to ultimate owners. */
export const OWNERSHIP_MEASURES = ['direct', 'lookThrough'] as const;

/** One of {@link OWNERSHIP_MEASURES}. */
export type OwnershipMeasure = (typeof OWNERSHIP_MEASURES)[number];

/**
 * Whose share a constraint counts: holders of one kind (`{ kind: 'cooperative' }`) or of one
 * owner group (`{ group: 'farmers' }`, by the kind → group table). With `lookThrough`, only
 * ultimate owners count.
 */
export const HolderSelectorSchema = z.union([
  z.strictObject({ kind: OwnershipEntityKindSchema }),
  z.strictObject({ group: OwnerGroupSchema }),
]);

/** See {@link HolderSelectorSchema}. */
export type HolderSelector = z.infer<typeof HolderSelectorSchema>;

/** What a constraint applies to: one entity by id, or every entity of a kind. */
export const ConstraintSubjectSchema = z.union([
  EntityIdSchema,
  z.strictObject({ kind: OwnershipEntityKindSchema }),
]);

/** See {@link ConstraintSubjectSchema}. */
export type ConstraintSubject = z.infer<typeof ConstraintSubjectSchema>;

/** Cross-field checks run only when every field passed its own schema. */
function onlyWhenValid(payload: { issues: readonly unknown[] }): boolean {
  return payload.issues.length === 0;
}

/**
 * An ownership constraint as data: "holders H hold at least `min` (at most `max`) of subject S,
 * measured directly or by look-through". Bounds are exact fractions, compared exactly whenever
 * the share was measured exactly.
 */
export const OwnershipConstraintSchema = z
  .strictObject({
    /** The constraint's id, for reports. */
    id: EntityIdSchema,
    /** What it says, for people. */
    label: LocalizedTextSchema,
    /** The entity or kind it applies to. */
    subject: ConstraintSubjectSchema,
    /** Direct stakes, or look-through to ultimate owners. */
    measure: z.enum(OWNERSHIP_MEASURES),
    /** Whose share is counted. */
    holders: HolderSelectorSchema,
    /** The least share allowed. */
    min: FractionSchema.optional(),
    /** The largest share allowed. */
    max: FractionSchema.optional(),
    /** Where the rule comes from (a regulation, a charter, a policy document). */
    source: z.string().min(1).max(500).optional(),
  })
  .refine((c) => c.min !== undefined || c.max !== undefined, {
    error: 'a constraint needs min, max or both',
    path: ['min'],
    when: onlyWhenValid,
  })
  .refine(
    (c) =>
      c.min === undefined ||
      c.max === undefined ||
      compareFraction(fractionOf(c.min as FractionInput), fractionOf(c.max as FractionInput)) <= 0,
    { error: 'min may not exceed max', path: ['max'], when: onlyWhenValid },
  );

/** See {@link OwnershipConstraintSchema}. */
export type OwnershipConstraint = z.input<typeof OwnershipConstraintSchema>;

/** Schema of {@link checkOwnershipConstraints}'s list: at most 10,000 constraints, ids unique. */
export const OwnershipConstraintsSchema = z
  .array(OwnershipConstraintSchema)
  .max(10_000)
  .superRefine(
    (list, ctx) => {
      const seen = new Set<string>();
      list.forEach((c, i) => {
        if (seen.has(c.id))
          ctx.addIssue({ code: 'custom', message: 'constraint id listed twice', path: [i, 'id'] });
        seen.add(c.id);
      });
    },
    { when: onlyWhenValid },
  );

/** Default tolerance when a look-through share measured as a double is compared with a bound. */
export const DEFAULT_COMPARISON_TOLERANCE = 1e-9;

/** Options of {@link checkOwnershipConstraints}: those of look-through, and the comparison tolerance. */
export const OwnershipCheckOptionsSchema = z.strictObject({
  ...LookThroughOptionsSchema.shape,
  /**
   * How far a share measured as a double (look-through through a cycle, or past the exact
   * limit) may miss a bound and still pass; default 1e-9. Exact shares are compared exactly.
   */
  comparisonTolerance: z.number().min(0).max(1e-3).optional(),
});

/** See {@link OwnershipCheckOptionsSchema}. */
export type OwnershipCheckOptions = z.input<typeof OwnershipCheckOptionsSchema>;

/** One constraint checked on one subject. */
export interface OwnershipConstraintRow {
  /** The constraint. */
  readonly constraintId: string;
  /** Its label. */
  readonly label: LocalizedText;
  /** The entity checked. */
  readonly subjectId: string;
  /** Its kind. */
  readonly subjectKind: OwnershipEntityKind;
  /** How the share was measured. */
  readonly measure: OwnershipMeasure;
  /** Whose share. */
  readonly holders: HolderSelector;
  /** The share measured, and whether exactly. */
  readonly measured: ShareFigure & { readonly exact: boolean };
  /** The least share allowed, if any. */
  readonly min?: ShareFigure;
  /** The largest share allowed, if any. */
  readonly max?: ShareFigure;
  /** Whether the share is within the bounds. */
  readonly pass: boolean;
  /** True when it passed only thanks to the comparison tolerance (a double within it of a bound). */
  readonly withinTolerance: boolean;
  /** The constraint's source, if given. */
  readonly source?: string;
}

/** What {@link checkOwnershipConstraints} returns. */
export interface OwnershipConstraintReport {
  /** Every constraint × subject, in constraint order then graph order. */
  readonly rows: readonly OwnershipConstraintRow[];
  /** Rows that pass. */
  readonly passed: number;
  /** Rows that fail. */
  readonly failed: number;
  /** True when every row passes. */
  readonly pass: boolean;
  /** Constraints that matched no entity (a kind with none in the graph). */
  readonly unmatched: readonly string[];
}

/** Freezes shipped example data all the way down, so no caller can change it for others. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}

const SEED_SHANDONG = 'seed: Shandong supply-and-marketing cooperative reform (DESIGN §3.3)';

/**
 * The seed's Shandong model as constraints (seed, DESIGN §3.3): farmer co-ops hold ≥ 80 % of
 * a (township) union directly; the union holds ≥ 70 % of a service centre directly; hence
 * farmers hold ≥ 56 % of the service centre by look-through (0.8 × 0.7). They apply to every
 * union and every service centre; narrow `subject` to ids for a host whose graph also has
 * county unions or centres under other rules. Examples to adapt, not law.
 */
export const SHANDONG_OWNERSHIP_CONSTRAINTS: readonly OwnershipConstraint[] = deepFreeze([
  {
    id: 'shandong-union-cooperatives',
    label: {
      'zh-CN': '农民合作社持有乡镇联合社股份不低于80%',
      en: 'Farmer co-ops hold at least 80 % of the township union',
    },
    subject: { kind: 'cooperativeUnion' },
    measure: 'direct',
    holders: { kind: 'cooperative' },
    min: { bp: 8000 },
    source: SEED_SHANDONG,
  },
  {
    id: 'shandong-center-union',
    label: {
      'zh-CN': '联合社持有为农服务中心股份不低于70%',
      en: 'The union holds at least 70 % of the service centre',
    },
    subject: { kind: 'serviceCenter' },
    measure: 'direct',
    holders: { kind: 'cooperativeUnion' },
    min: { bp: 7000 },
    source: SEED_SHANDONG,
  },
  {
    id: 'shandong-center-farmers',
    label: {
      'zh-CN': '农民穿透持有为农服务中心股份不低于56%',
      en: 'Farmers hold at least 56 % of the service centre by look-through',
    },
    subject: { kind: 'serviceCenter' },
    measure: 'lookThrough',
    holders: { group: 'farmers' },
    min: { bp: 5600 },
    source: SEED_SHANDONG,
  },
]);

/**
 * Guangdong-style staff co-investment (seed, DESIGN §3.3): staff hold ≥ 34 % of a staff-led
 * venture, by look-through (so a staff platform holding directly counts, and so does one
 * holding through an intermediate company). It applies to every enterprise as shipped; set
 * `subject` to the venture's id, or `measure: 'direct'`, as the host's policy says.
 */
export const GUANGDONG_STAFF_COINVESTMENT_CONSTRAINT: OwnershipConstraint = deepFreeze({
  id: 'guangdong-staff-coinvestment',
  label: {
    'zh-CN': '员工跟投持股不低于34%',
    en: 'Staff co-investment of at least 34 %',
  },
  subject: { kind: 'enterprise' },
  measure: 'lookThrough',
  holders: { group: 'staff' },
  min: { bp: 3400 },
  source: 'seed: Guangdong supply-and-marketing cooperative staff co-investment (DESIGN §3.3)',
});

type ValidConstraint = z.output<typeof OwnershipConstraintSchema>;

/**
 * Checks ownership constraints on a holding graph: for every constraint and every entity it
 * applies to, the share its holders hold (directly, or by look-through to ultimate owners),
 * the bound, and pass or fail. Direct shares are always exact; a look-through share is exact
 * when the look-through was (acyclic upstream within `exactLimit`), and then compared with the
 * bounds exactly, so 0.8 × 0.7 meets 56 % to the last digit. A share measured as a double may
 * miss a bound by `comparisonTolerance` (default 1e-9) and pass, with `withinTolerance` set.
 *
 * Shipped examples: {@link SHANDONG_OWNERSHIP_CONSTRAINTS},
 * {@link GUANGDONG_STAFF_COINVESTMENT_CONSTRAINT}.
 *
 * @param graph - a graph from {@link buildHoldingGraph}
 * @param constraints - the constraints, ids unique
 * @param options - look-through options and the comparison tolerance
 * @returns an {@link OwnershipConstraintReport}
 * @throws HezuoError `INVALID_INPUT` for malformed input; `HOLDING_RULE` for a subject id not in
 *   the graph (path `constraints.i.subject`); `NOT_CONVERGED` as {@link lookThrough} does
 */
export function checkOwnershipConstraints(
  graph: HoldingGraph,
  constraints: readonly OwnershipConstraint[],
  options: OwnershipCheckOptions = {},
): OwnershipConstraintReport {
  const validGraph = parseInput(HoldingGraphSchema, graph, { path: ['graph'] });
  const list = parseInput(OwnershipConstraintsSchema, constraints, { path: ['constraints'] });
  const validOptions = parseInput(OwnershipCheckOptionsSchema, options, { path: ['options'] });
  const { comparisonTolerance = DEFAULT_COMPARISON_TOLERANCE, ...lookThroughOptions } = validOptions;
  const settings = flowSettings(lookThroughOptions, ['options']);
  const g = internalsOf(validGraph);

  // Resolve every subject first, so a bad id fails before any work is done.
  const subjects = list.map((c, i): number[] => {
    if (typeof c.subject === 'string') return [entityNumber(g, c.subject, ['constraints', i, 'subject'])];
    const kind = kindNumber(c.subject.kind);
    const matching: number[] = [];
    for (let e = 0; e < g.ids.length; e++) if (g.kinds[e] === kind) matching.push(e);
    return matching;
  });

  const flows = new Map<number, Flow>();
  const rows: OwnershipConstraintRow[] = [];
  const unmatched: string[] = [];
  let passed = 0;
  list.forEach((c, i) => {
    const entities = subjects[i] as number[];
    if (entities.length === 0) unmatched.push(c.id);
    const match = holderMatcher(c.holders, settings);
    const min = c.min === undefined ? undefined : fractionOf(c.min as FractionInput);
    const max = c.max === undefined ? undefined : fractionOf(c.max as FractionInput);
    for (const e of entities) {
      const measured =
        c.measure === 'direct' ? directShare(g, e, match) : lookThroughShare(g, e, match, settings, flows);
      const row = judge(c, g, e, measured, min, max, comparisonTolerance);
      if (row.pass) passed++;
      rows.push(row);
    }
  });
  return { rows, passed, failed: rows.length - passed, pass: passed === rows.length, unmatched };
}

/** A share as measured: its double and, when known, its exact value. */
interface Measured {
  readonly value: number;
  readonly exact?: Rational;
}

function holderMatcher(holders: HolderSelector, settings: FlowSettings): (kind: number) => boolean {
  if ('kind' in holders) {
    const kind = kindNumber(holders.kind);
    return (k) => k === kind;
  }
  const group = OWNER_GROUPS.indexOf(holders.group as OwnerGroup);
  return (k) => settings.tables.group[k] === group;
}

function directShare(g: GraphInternals, e: number, match: (kind: number) => boolean): Measured {
  const exact = sumEdges(g, g.inOffsets[e] as number, g.inOffsets[e + 1] as number, (k) =>
    match(g.kinds[g.inHolder[k] as number] as number),
  );
  return { value: fractionToNumber(exact), exact };
}

function lookThroughShare(
  g: GraphInternals,
  e: number,
  match: (kind: number) => boolean,
  settings: FlowSettings,
  flows: Map<number, Flow>,
): Measured {
  let flow = flows.get(e);
  if (!flow) {
    flow = computeFlow(g, e, settings);
    flows.set(e, flow);
  }
  let value = 0;
  let exact: Rational = ZERO;
  for (let i = 1; i < flow.nodes.length; i++) {
    if (flow.expanded[i] === 1 || !match(g.kinds[flow.nodes[i] as number] as number)) continue;
    value += flow.x[i] as number;
    if (flow.exact) exact = addFraction(exact, flow.exact[i] as Rational);
  }
  return flow.exact ? { value: fractionToNumber(exact), exact } : { value };
}

function judge(
  c: ValidConstraint,
  g: GraphInternals,
  e: number,
  measured: Measured,
  min: Rational | undefined,
  max: Rational | undefined,
  tolerance: number,
): OwnershipConstraintRow {
  let pass: boolean;
  let withinTolerance = false;
  if (measured.exact) {
    pass =
      (min === undefined || compareFraction(measured.exact, min) >= 0) &&
      (max === undefined || compareFraction(measured.exact, max) <= 0);
  } else {
    const low = min === undefined ? Number.NEGATIVE_INFINITY : fractionToNumber(min);
    const high = max === undefined ? Number.POSITIVE_INFINITY : fractionToNumber(max);
    pass = measured.value >= low - tolerance && measured.value <= high + tolerance;
    withinTolerance = pass && (measured.value < low || measured.value > high);
  }
  return {
    constraintId: c.id,
    label: c.label,
    subjectId: g.ids[e] as string,
    subjectKind: OWNERSHIP_ENTITY_KINDS[g.kinds[e] as number] as OwnershipEntityKind,
    measure: c.measure,
    holders: c.holders,
    measured: { ...figure(measured.value, measured.exact), exact: measured.exact !== undefined },
    ...(min === undefined ? {} : { min: figure(fractionToNumber(min), min) }),
    ...(max === undefined ? {} : { max: figure(fractionToNumber(max), max) }),
    pass,
    withinTolerance,
    ...(c.source === undefined ? {} : { source: c.source }),
  };
}
