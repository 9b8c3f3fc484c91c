import { z } from 'zod';
import { EntityIdSchema } from '../cooperative/ids';
import { parseInput } from '../errors/fromZod';
import type { ErrorPath } from '../errors/HezuoError';
import { HezuoError } from '../errors/HezuoError';
import { IdIndex } from '../internal/idIndex';
import {
  type AdditionalVoteHolder,
  AdditionalVoteHolderSchema,
  LEGAL_ADDITIONAL_VOTE_CAP_PERCENT,
} from './additionalVotes';
import {
  hasOnlyKeys,
  isEntityId,
  isRecord,
  MAX_ROLL_SIZE,
  rejectDuplicateId,
  rejectUnknownId,
} from './fastInput';

/** Who votes: the members of a cooperative (`cooperative`) or the member cooperatives of a union (`union`). */
export const ROLL_KINDS = ['cooperative', 'union'] as const;

/** One of {@link ROLL_KINDS}. */
export type RollKind = (typeof ROLL_KINDS)[number];

/** Fewest cooperatives a union has (Art. 56: 三个以上的农民专业合作社). */
export const UNION_MINIMUM_MEMBERS = 3;

/** One member on a voting roll: one basic vote (Art. 22) and any additional votes. */
export const RollMemberSchema = z.object({
  memberId: EntityIdSchema,
  basicVotes: z.literal(1),
  additionalVotes: z.number().int().min(0).max(MAX_ROLL_SIZE),
});

/** A member on a voting roll; see {@link RollMemberSchema}. */
export type RollMember = Readonly<z.infer<typeof RollMemberSchema>>;

/**
 * A voting roll (表决权名册): every member with one basic vote plus any additional votes, and
 * the totals. Totals must agree with the members, additional votes may total at most 20 % of
 * basic votes (Art. 22), and a union's roll holds none (Art. 60); {@link tallyResolution}
 * checks all of that again, so a roll edited by hand cannot slip past the law.
 */
export const VotingRollSchema = z.strictObject({
  kind: z.enum(ROLL_KINDS),
  members: z.array(RollMemberSchema).min(1, { error: 'a roll has at least one member' }).max(MAX_ROLL_SIZE),
  /** Basic votes: one per member. */
  basicVotes: z.number().int().min(1).max(MAX_ROLL_SIZE),
  /** Additional votes of all members. */
  additionalVotes: z.number().int().min(0).max(MAX_ROLL_SIZE),
  /** All votes: basic plus additional; the base of every threshold (Art. 30: 表决权总数). */
  totalVotes: z
    .number()
    .int()
    .min(1)
    .max(2 * MAX_ROLL_SIZE),
});

/**
 * A voting roll; see {@link VotingRollSchema}. Rolls from {@link buildVotingRoll} and
 * {@link buildUnionVotingRoll} are frozen.
 */
export interface VotingRoll {
  /** Members of a cooperative, or member cooperatives of a union. */
  readonly kind: RollKind;
  /** Every member once, with one basic vote and any additional votes. */
  readonly members: readonly RollMember[];
  /** Basic votes: one per member. */
  readonly basicVotes: number;
  /** Additional votes of all members. */
  readonly additionalVotes: number;
  /** All votes: basic plus additional; the base of every threshold (Art. 30: 表决权总数). */
  readonly totalVotes: number;
}

/** A member on {@link buildVotingRoll}'s list: an id, or a record with a `memberId`. */
export const RollEntrySchema = z.union([EntityIdSchema, z.object({ memberId: EntityIdSchema })]);

/** See {@link RollEntrySchema}. */
export type RollEntry = z.infer<typeof RollEntrySchema>;

/** Schema of {@link buildVotingRoll}'s members: at least one. */
export const RollEntriesSchema = z
  .array(RollEntrySchema)
  .min(1, { error: 'a roll has at least one member' })
  .max(MAX_ROLL_SIZE);

/** Schema of {@link buildVotingRoll}'s additional votes: anything with `holders`, such as an {@link AdditionalVoteAssignment}. */
export const RollAdditionalVotesSchema = z.object({
  holders: z.array(AdditionalVoteHolderSchema).max(MAX_ROLL_SIZE),
});

/** Who holds additional votes, for {@link buildVotingRoll}; see {@link RollAdditionalVotesSchema}. */
export interface RollAdditionalVotes {
  /** Members with additional votes and how many. */
  readonly holders: readonly AdditionalVoteHolder[];
}

/** Finds a member's position on a roll by id. @internal */
export interface RollIndex {
  get(id: string): number | undefined;
}

/** A validated roll with each member's position and votes, ready to count ballots against. @internal */
export interface IndexedRoll {
  readonly roll: VotingRoll;
  /** Position of each member id on the roll. */
  readonly index: RollIndex;
  /** Votes of each member (basic + additional), by position. */
  readonly votes: Int32Array;
}

/**
 * Rolls this module built, with their index. They are frozen plain data, checked when built, so
 * they cannot have changed since: a meeting tallying resolution after resolution against one
 * roll neither re-checks nor re-indexes it. Any other roll (read back from storage, built by
 * hand) is checked in full.
 */
const builtRolls = new WeakMap<object, IndexedRoll>();

/** The most additional votes a roll of `members` may hold (Art. 22): ⌊members × 20 / 100⌋. */
function legalCap(members: number): number {
  return Math.floor((members * LEGAL_ADDITIONAL_VOTE_CAP_PERCENT) / 100);
}

function readEntries(members: unknown): string[] {
  if (Array.isArray(members) && members.length >= 1 && members.length <= MAX_ROLL_SIZE) {
    const ids = new Array<string>(members.length);
    let plain = true;
    for (let i = 0; i < members.length && plain; i++) {
      const entry: unknown = members[i];
      const id = isRecord(entry) ? entry.memberId : entry;
      plain = isEntityId(id);
      ids[i] = id as string;
    }
    if (plain) return ids;
  }
  return parseInput(RollEntriesSchema, members, { path: ['members'] }).map((e) =>
    typeof e === 'string' ? e : e.memberId,
  );
}

function capExceeded(kind: RollKind, total: number, cap: number, path: ErrorPath): never {
  const message =
    kind === 'union'
      ? `a union votes one cooperative one vote (Art. 60); the roll holds ${total} additional votes`
      : `additional votes total ${total}, above the cap of ${cap} (20 % of basic votes, Art. 22)`;
  throw new HezuoError('VOTE_CAP_EXCEEDED', message, { path, details: { total, cap } });
}

/**
 * Builds a cooperative's voting roll: every member with one basic vote (Art. 22: 一人一票) and
 * the additional votes of `additional` (as {@link assignAdditionalVotes} returns them), with the
 * totals every threshold is counted against.
 *
 * @param members - every member once, as ids or records with a `memberId`
 * @param additional - who holds additional votes; anything with `holders`
 * @throws HezuoError `NOT_A_MEMBER` for a holder not on the list; `VOTE_CAP_EXCEEDED` when the
 *   additional votes exceed 20 % of basic votes; `INVALID_INPUT` for a member or holder listed
 *   twice, or malformed input
 *
 * @example
 * ```ts
 * const roll = buildVotingRoll(['m1', 'm2', 'm3', 'm4', 'm5'], { holders: [{ memberId: 'm1', additionalVotes: 1 }] });
 * roll.totalVotes; // 6
 * ```
 */
export function buildVotingRoll(members: readonly RollEntry[], additional?: RollAdditionalVotes): VotingRoll {
  const ids = readEntries(members);
  const holders =
    additional === undefined
      ? []
      : parseInput(RollAdditionalVotesSchema, additional, { path: ['additional'] }).holders;
  return rollOf('cooperative', ids, holders, (i) => ['members', i], ['additional']);
}

/**
 * Builds a roll from valid ids and holders.
 * @internal
 */
export function rollOf(
  kind: RollKind,
  ids: readonly string[],
  holders: readonly AdditionalVoteHolder[],
  idPath: (index: number) => ErrorPath,
  holdersPath: ErrorPath,
): VotingRoll {
  const index = new Map<string, number>();
  const rollMembers: { memberId: string; basicVotes: 1; additionalVotes: number }[] = new Array(ids.length);
  ids.forEach((memberId, i) => {
    if (index.has(memberId)) rejectDuplicateId(memberId, idPath(i), 'member');
    index.set(memberId, i);
    rollMembers[i] = { memberId, basicVotes: 1, additionalVotes: 0 };
  });
  let additionalVotes = 0;
  const seen = new Set<string>();
  holders.forEach((holder, i) => {
    const path = [...holdersPath, 'holders', i, 'memberId'];
    const at = index.get(holder.memberId);
    if (at === undefined) rejectUnknownId(holder.memberId, path, 'additional-vote holder');
    if (seen.has(holder.memberId)) rejectDuplicateId(holder.memberId, path, 'additional-vote holder');
    seen.add(holder.memberId);
    (rollMembers[at] as { additionalVotes: number }).additionalVotes = holder.additionalVotes;
    additionalVotes += holder.additionalVotes;
  });
  const cap = kind === 'union' ? 0 : legalCap(ids.length);
  if (additionalVotes > cap) capExceeded(kind, additionalVotes, cap, holdersPath);
  const votes = new Int32Array(ids.length);
  for (let i = 0; i < rollMembers.length; i++) {
    const member = Object.freeze(rollMembers[i] as RollMember);
    votes[i] = 1 + member.additionalVotes;
  }
  const roll: VotingRoll = Object.freeze({
    kind,
    members: Object.freeze(rollMembers),
    basicVotes: ids.length,
    additionalVotes,
    totalVotes: ids.length + additionalVotes,
  });
  builtRolls.set(roll, { roll, index, votes });
  return roll;
}

const ROLL_KEYS: ReadonlySet<string> = new Set([
  'kind',
  'members',
  'basicVotes',
  'additionalVotes',
  'totalVotes',
]);

function isCount(value: unknown, min: number, max: number): boolean {
  return Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max;
}

/** A shape check of a roll in one tight loop; anything it does not accept goes to the schema. */
function isPlainRoll(value: unknown): value is VotingRoll {
  if (!isRecord(value) || !hasOnlyKeys(value, ROLL_KEYS)) return false;
  if (value.kind !== 'cooperative' && value.kind !== 'union') return false;
  if (
    !isCount(value.basicVotes, 1, MAX_ROLL_SIZE) ||
    !isCount(value.additionalVotes, 0, MAX_ROLL_SIZE) ||
    !isCount(value.totalVotes, 1, 2 * MAX_ROLL_SIZE)
  )
    return false;
  const members = value.members;
  if (!Array.isArray(members) || members.length < 1 || members.length > MAX_ROLL_SIZE) return false;
  for (let i = 0; i < members.length; i++) {
    const m: unknown = members[i];
    if (
      !isRecord(m) ||
      m.basicVotes !== 1 ||
      !isEntityId(m.memberId) ||
      !isCount(m.additionalVotes, 0, MAX_ROLL_SIZE)
    )
      return false;
  }
  return true;
}

/**
 * Validates a roll someone hands in (shape, unique members, totals, the Art. 22 cap, a union's
 * one cooperative one vote) and indexes it. Plain rolls are checked without zod.
 * @internal
 */
export function indexRoll(value: unknown, path: ErrorPath): IndexedRoll {
  const built = typeof value === 'object' && value !== null ? builtRolls.get(value) : undefined;
  return built ?? checkAndIndexRoll(value, path);
}

/** Indexes members by id and sums their votes, refusing a repeated id (the hot loop, on its own). */
function indexMembers(
  members: readonly RollMember[],
  path: ErrorPath,
): { index: IdIndex; votes: Int32Array; additional: number } {
  const n = members.length;
  const index = new IdIndex();
  const votes = new Int32Array(n);
  let additional = 0;
  for (let i = 0; i < n; i++) {
    const m = members[i] as RollMember;
    // One hash per member: a repeated id is refused by the add.
    if (!index.add(m.memberId, i))
      rejectDuplicateId(m.memberId, [...path, 'members', i, 'memberId'], 'member');
    votes[i] = 1 + m.additionalVotes;
    additional += m.additionalVotes;
  }
  return { index, votes, additional };
}

function checkAndIndexRoll(value: unknown, path: ErrorPath): IndexedRoll {
  const roll = isPlainRoll(value) ? value : parseInput(VotingRollSchema, value, { path });
  const n = roll.members.length;
  const { index, votes, additional } = indexMembers(roll.members, path);
  if (roll.kind === 'union' && n < UNION_MINIMUM_MEMBERS) {
    throw new HezuoError(
      'FOUNDING_MEMBERS',
      `a union has at least 3 member cooperatives (Art. 56); the roll has ${n}`,
      {
        path: [...path, 'members'],
        details: { members: n, minimum: UNION_MINIMUM_MEMBERS },
      },
    );
  }
  const cap = roll.kind === 'union' ? 0 : legalCap(n);
  if (additional > cap) capExceeded(roll.kind, additional, cap, [...path, 'additionalVotes']);
  const expected = { basicVotes: n, additionalVotes: additional, totalVotes: n + additional };
  for (const key of ['basicVotes', 'additionalVotes', 'totalVotes'] as const) {
    if (roll[key] !== expected[key]) {
      throw new HezuoError(
        'INVALID_INPUT',
        `the roll's ${key} is ${roll[key]}, but its members add up to ${expected[key]}`,
        {
          path: [...path, key],
          details: { given: roll[key], expected: expected[key] },
        },
      );
    }
  }
  return { roll, index, votes };
}

/**
 * The members of a roll who hold additional votes, in roll order: what Art. 22 requires to be
 * announced at each meeting.
 * @internal
 */
export function holdersOf(roll: VotingRoll): AdditionalVoteHolder[] {
  const holders: AdditionalVoteHolder[] = [];
  for (const m of roll.members)
    if (m.additionalVotes > 0) holders.push({ memberId: m.memberId, additionalVotes: m.additionalVotes });
  return holders;
}
