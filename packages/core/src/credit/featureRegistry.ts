import { z } from 'zod';
import { describeValue } from '../errors/describeValue';
import { parseInput } from '../errors/fromZod';
import { HezuoError } from '../errors/HezuoError';
import type { EventBus } from '../events/eventBus';
import { type LocalizedText, LocalizedTextSchema } from '../i18n/locale';
import { IsoDateSchema } from '../identity/residentId';
import type { Store, StoreTransaction } from '../store/store';
import {
  type MemberScore,
  type MemberScoreOptions,
  type MembersScore,
  type MembersScoreOptions,
  scoreMembersWith,
  scoreMemberWith,
} from './memberFeatures/scoreMember';
import type { ScorecardModelInput } from './model/scorecardModel';
import type { CompiledScorecard } from './scoring/compileModel';

/**
 * What a credit characteristic measures for one member on one date. `null` means "no record"
 * (say, no loans yet): scoring maps it to the characteristic's missing bin or neutral points,
 * never to zero.
 */
export type CreditFeatureValue = number | string | null;

/** The facts a characteristic is computed from. */
export interface CreditFeatureInput {
  /** The member whose record is measured. */
  readonly memberId: string;
  /** The date the record is read as of, `YYYY-MM-DD`; later events are ignored. */
  readonly asOf: string;
  /** Read-only access to the records, through the client's store. */
  readonly store: Pick<StoreTransaction, 'get' | 'list'>;
}

/**
 * A credit characteristic a plugin contributes: the three-in-one model in code, where
 * production (trusteeship, inputs) and marketing records become credit evidence.
 */
export interface CreditFeatureDefinition {
  /** Unique id, `plugin.characteristic`, e.g. `trusteeship.contractedAreaMu`. */
  readonly id: string;
  /** `numeric` features return finite numbers; `categorical` features return strings. */
  readonly type: 'numeric' | 'categorical';
  /** The unit of a numeric value (`mu`, `fen`, `share`, `days`), for reports. */
  readonly unit?: string;
  /** A short name shown in reasons and reports. */
  readonly label: LocalizedText;
  /** What the value means and where it comes from. */
  readonly description: LocalizedText;
  /** Computes the value; must be deterministic for the same records and `asOf`. */
  compute(input: CreditFeatureInput): Promise<CreditFeatureValue> | CreditFeatureValue;
}

/** A registered characteristic, with the plugin that contributed it. */
export interface RegisteredCreditFeature extends CreditFeatureDefinition {
  /** The contributing plugin's name. */
  readonly plugin: string;
}

/** Schema of {@link CreditFeatureDefinition} (the `compute` function is checked to be a function). */
export const CreditFeatureDefinitionSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z][a-zA-Z0-9]*\.[a-z][a-zA-Z0-9]*$/, { error: 'an id looks like plugin.characteristic' })
    .max(128),
  type: z.enum(['numeric', 'categorical']),
  unit: z.string().min(1).max(32).optional(),
  label: LocalizedTextSchema,
  description: LocalizedTextSchema,
  compute: z.custom<CreditFeatureDefinition['compute']>((v) => typeof v === 'function', {
    error: 'compute must be a function',
  }),
});

/** Where plugins register credit characteristics and hosts compute them. */
export interface CreditFeatureRegistry {
  /** Every registered characteristic, in registration order. */
  list(): readonly RegisteredCreditFeature[];
  /** One characteristic by id; throws `UNKNOWN_CREDIT_FEATURE`. */
  get(id: string): RegisteredCreditFeature;
  /**
   * Computes characteristics for one member as of a date (all of them, or those named).
   * Each value is checked against its declared type.
   */
  compute(
    memberId: string,
    asOf: string,
    ids?: readonly string[],
  ): Promise<Record<string, CreditFeatureValue>>;
  /**
   * Scores one member with a scorecard from the records as of a date: each of the model's
   * characteristics that is registered is computed; `options.values` supplies others (say,
   * public-record points) and wins over computed ones; the rest are missing and take the
   * model's missing policy, so a sheet scores with or without each plugin.
   */
  scoreMember(
    model: CompiledScorecard | ScorecardModelInput,
    memberId: string,
    asOf: string,
    options?: MemberScoreOptions,
  ): Promise<MemberScore>;
  /**
   * Scores many members (a whole-village credit drive) one by one, as {@link scoreMember}; a
   * member that cannot be scored stops the run (`onError: 'stop'`, the default) or is listed
   * in `errors` (`'skip'`).
   */
  scoreMembers(
    model: CompiledScorecard | ScorecardModelInput,
    memberIds: readonly string[],
    asOf: string,
    options?: MembersScoreOptions,
  ): Promise<MembersScore>;
}

/** The registry as a plugin sees it during setup: it may also register. */
export interface CreditFeatureRegistrar extends CreditFeatureRegistry {
  /** Registers a characteristic under the calling plugin; a repeated id is `DUPLICATE_CREDIT_FEATURE`. */
  register(definition: CreditFeatureDefinition): void;
}

const ComputeArgsSchema = z.object({
  memberId: z.string().min(1).max(256),
  asOf: IsoDateSchema,
  ids: z.array(z.string().max(128)).max(10_000).optional(),
});

/** @internal Creates the registry a client owns. */
export function createCreditFeatureRegistry(store: Store, events: EventBus) {
  const features = new Map<string, RegisteredCreditFeature>();

  const registry: CreditFeatureRegistry = {
    list: () => [...features.values()],
    scoreMember: (model, memberId, asOf, options) =>
      scoreMemberWith(registry, model, memberId, asOf, options),
    // One read-only snapshot for the whole run: each kind is listed once, not once per member
    // and characteristic, so a county of thousands scores in linear time.
    scoreMembers: (model, memberIds, asOf, options) =>
      store.transaction((tx) => {
        const reader = memoisedReader(tx);
        const snapshot: CreditFeatureRegistry = {
          ...registry,
          compute: (memberId, on, ids) => computeWith(reader, memberId, on, ids),
        };
        return scoreMembersWith(snapshot, model, memberIds, asOf, options);
      }),
    get(id) {
      const feature = typeof id === 'string' ? features.get(id) : undefined;
      if (!feature) {
        throw new HezuoError(
          'UNKNOWN_CREDIT_FEATURE',
          `no credit characteristic is registered as "${describeValue(id)}"`,
          {
            path: ['id'],
          },
        );
      }
      return feature;
    },
    compute: (memberId, asOf, ids) =>
      store.transaction((tx) => computeWith({ get: tx.get, list: tx.list }, memberId, asOf, ids)),
  };

  /** Computes the chosen characteristics of one member through `reader`. */
  async function computeWith(
    reader: CreditFeatureInput['store'],
    memberId: string,
    asOf: string,
    ids: readonly string[] | undefined,
  ): Promise<Record<string, CreditFeatureValue>> {
    const args = parseInput(ComputeArgsSchema, { memberId, asOf, ids });
    const chosen = (args.ids ?? [...features.keys()]).map((id) => registry.get(id));
    const values: Record<string, CreditFeatureValue> = {};
    for (const feature of chosen) {
      const value = await feature.compute({ memberId: args.memberId, asOf: args.asOf, store: reader });
      const valid =
        value === null ||
        (feature.type === 'numeric'
          ? typeof value === 'number' && Number.isFinite(value)
          : typeof value === 'string');
      if (!valid) {
        throw new HezuoError(
          'INVALID_CREDIT_FEATURE_VALUE',
          `credit characteristic "${feature.id}" returned ${typeof value === 'number' ? String(value) : typeof value}, not a ${feature.type === 'numeric' ? 'finite number' : 'string'} or null`,
          { path: [feature.id], details: { plugin: feature.plugin } },
        );
      }
      values[feature.id] = value;
    }
    return values;
  }

  /** The registrar handed to one plugin: what it registers is tagged with its name. */
  const registrarFor = (plugin: string): CreditFeatureRegistrar => ({
    ...registry,
    register(definition) {
      const valid = parseInput(CreditFeatureDefinitionSchema, definition, { path: ['definition'] });
      if (!valid.id.startsWith(`${plugin}.`)) {
        throw new HezuoError(
          'INVALID_INPUT',
          `plugin "${plugin}" may only register ids that start with "${plugin}."`,
          {
            path: ['definition', 'id'],
          },
        );
      }
      if (features.has(valid.id)) {
        throw new HezuoError(
          'DUPLICATE_CREDIT_FEATURE',
          `credit characteristic "${valid.id}" is already registered`,
          {
            path: ['definition', 'id'],
            details: { by: features.get(valid.id)?.plugin, plugin },
          },
        );
      }
      features.set(valid.id, Object.freeze({ ...(valid as CreditFeatureDefinition), plugin }));
      events.emit('credit.featureRegistered', { id: valid.id, plugin });
    },
  });

  return { registry, registrarFor };
}

/**
 * A reader that asks the transaction once per kind (and once per record) and hands the same
 * records to every later call. Characteristics only read, so a run over many members can share them.
 */
function memoisedReader(tx: StoreTransaction): CreditFeatureInput['store'] {
  const lists = new Map<string, ReturnType<StoreTransaction['list']>>();
  const records = new Map<string, ReturnType<StoreTransaction['get']>>();
  return {
    list: ((kind: string) => {
      let listed = lists.get(kind);
      if (listed === undefined) {
        // Frozen, since every characteristic of the run shares it (and may index it by member).
        listed = tx.list(kind).then((all) => Object.freeze(all) as typeof all);
        lists.set(kind, listed);
      }
      return listed;
    }) as StoreTransaction['list'],
    get: ((kind: string, id: string) => {
      const key = `${kind}\u0000${id}`;
      let got = records.get(key);
      if (got === undefined) {
        got = tx.get(kind, id);
        records.set(key, got);
      }
      return got;
    }) as StoreTransaction['get'],
  };
}
