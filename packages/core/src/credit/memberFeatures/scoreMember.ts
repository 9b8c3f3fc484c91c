import { z } from 'zod';
import { parseInput } from '../../errors/fromZod';
import { HezuoError } from '../../errors/HezuoError';
import { IsoDateSchema } from '../../identity/residentId';
import type { CreditFeatureRegistry, CreditFeatureValue } from '../featureRegistry';
import type { ScorecardModelInput } from '../model/scorecardModel';
import { type CompiledScorecard, toCompiled } from '../scoring/compileModel';
import { type ScoreResult, score } from '../scoring/score';

// Built once at load: a schema is an object graph, too costly to rebuild on every call.
const MEMBER_IDS_SCHEMA = z.array(z.string().min(1).max(256)).max(1_000_000);

/** Values supplied by the caller for characteristics no plugin computes (say, public-record points). */
export const SuppliedValuesSchema = z.record(
  z.string().max(128),
  z.union([z.number().refine(Number.isFinite, { error: 'must be finite' }), z.string().max(256), z.null()]),
);

/** Options for {@link CreditFeatureRegistry.scoreMember}. */
export const MemberScoreOptionsSchema = z.strictObject({
  /** Values for characteristics the registry does not compute; they win over computed ones. */
  values: SuppliedValuesSchema.optional(),
  /** Compute the top reasons (true unless told). */
  reasons: z.boolean().optional(),
});

/** See {@link MemberScoreOptionsSchema}. */
export type MemberScoreOptions = z.input<typeof MemberScoreOptionsSchema>;

/** Options for {@link CreditFeatureRegistry.scoreMembers}. */
export const MembersScoreOptionsSchema = z.strictObject({
  /** Per member id, values for characteristics the registry does not compute. */
  values: z.record(z.string().max(256), SuppliedValuesSchema).optional(),
  reasons: z.boolean().optional(),
  /** `stop` at the first member that cannot be scored (the default), or `skip` it and go on. */
  onError: z.enum(['stop', 'skip']).optional(),
});

/** See {@link MembersScoreOptionsSchema}. */
export type MembersScoreOptions = z.input<typeof MembersScoreOptionsSchema>;

/** A member scored from the records: the result, the values it was scored on, and what was not available. */
export interface MemberScore {
  /** The member. */
  readonly memberId: string;
  /** The date the records were read as of. */
  readonly asOf: string;
  /** The score, grade, points and reasons. */
  readonly result: ScoreResult;
  /** The value of each of the model's characteristics, as scored (`null` = no record). */
  readonly features: Readonly<Record<string, CreditFeatureValue>>;
  /**
   * Characteristics neither registered nor supplied (a plugin not installed): scored by their
   * missing policy, usually neutral points.
   */
  readonly unavailable: readonly string[];
}

/** The outcome of {@link CreditFeatureRegistry.scoreMembers}. */
export interface MembersScore {
  /** One per member scored, in the order given. */
  readonly scores: readonly MemberScore[];
  /** Members that could not be scored, with the error. */
  readonly errors: readonly { readonly memberId: string; readonly error: HezuoError }[];
}

const MemberArgsSchema = z.strictObject({
  memberId: z.string().min(1).max(256),
  asOf: IsoDateSchema,
});

/** @internal Scores one member through a registry (see `CreditFeatureRegistry.scoreMember`). */
export async function scoreMemberWith(
  registry: CreditFeatureRegistry,
  model: CompiledScorecard | ScorecardModelInput,
  memberId: string,
  asOf: string,
  options: MemberScoreOptions = {},
): Promise<MemberScore> {
  const compiled = toCompiled(model);
  const args = parseInput(MemberArgsSchema, { memberId, asOf });
  const opts = parseInput(MemberScoreOptionsSchema, options, { path: ['options'] });
  const supplied = opts.values ?? {};
  const registered = new Set(registry.list().map((f) => f.id));
  const ids = compiled.model.characteristics.map((c) => c.id);
  const toCompute = ids.filter((id) => registered.has(id) && !Object.hasOwn(supplied, id));
  const computed = await registry.compute(args.memberId, args.asOf, toCompute);
  const features: Record<string, CreditFeatureValue> = {};
  const unavailable: string[] = [];
  for (const id of ids) {
    if (Object.hasOwn(supplied, id)) features[id] = supplied[id] as CreditFeatureValue;
    else if (Object.hasOwn(computed, id)) features[id] = computed[id] as CreditFeatureValue;
    else {
      features[id] = null;
      unavailable.push(id);
    }
  }
  const result = score(compiled, features, { reasons: opts.reasons ?? true });
  return { memberId: args.memberId, asOf: args.asOf, result, features, unavailable };
}

/** @internal Scores many members through a registry (see `CreditFeatureRegistry.scoreMembers`). */
export async function scoreMembersWith(
  registry: CreditFeatureRegistry,
  model: CompiledScorecard | ScorecardModelInput,
  memberIds: readonly string[],
  asOf: string,
  options: MembersScoreOptions = {},
): Promise<MembersScore> {
  const compiled = toCompiled(model);
  const ids = parseInput(MEMBER_IDS_SCHEMA, memberIds, {
    path: ['memberIds'],
  });
  const opts = parseInput(MembersScoreOptionsSchema, options, { path: ['options'] });
  parseInput(IsoDateSchema, asOf, { path: ['asOf'] });
  const scores: MemberScore[] = [];
  const errors: { memberId: string; error: HezuoError }[] = [];
  for (const [index, memberId] of ids.entries()) {
    try {
      const values = opts.values?.[memberId];
      scores.push(
        await scoreMemberWith(registry, compiled, memberId, asOf, {
          ...(values === undefined ? {} : { values }),
          ...(opts.reasons === undefined ? {} : { reasons: opts.reasons }),
        }),
      );
    } catch (error) {
      if (!(error instanceof HezuoError)) throw error;
      const restated = new HezuoError(error.code, `member ${memberId}: ${error.message}`, {
        path: ['memberIds', index, ...error.path],
        details: { ...error.details, memberId },
      });
      if (opts.onError !== 'skip') throw restated;
      errors.push({ memberId, error: restated });
    }
  }
  return { scores, errors };
}
