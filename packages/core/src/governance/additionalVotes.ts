import { z } from 'zod';
import { EntityIdSchema } from '../cooperative/ids';
import { hezuoErrorFromZod, parseInput } from '../errors/fromZod';
import { HezuoError } from '../errors/HezuoError';
import { allocate } from '../money/allocate';
import { type DecimalInput, NonNegativeDecimalSchema, toExactDecimal } from '../money/decimal';
import { FenSchema } from '../money/fen';
import { checkUniqueIds, isEntityId, isRecord, MAX_ROLL_SIZE } from './fastInput';

/**
 * The cap on additional votes (附加表决权): their total may not exceed 20 % of all basic votes
 * (Art. 22). A charter may set a lower cap, never a higher one.
 */
export const LEGAL_ADDITIONAL_VOTE_CAP_PERCENT = 20;

/**
 * What a charter grants additional votes for (Art. 22: 出资额或者与本社交易量（额）较大的成员):
 * capital contribution, transaction amount with the cooperative, or a weighted mix of both.
 */
export const ADDITIONAL_VOTE_BASES = ['capital', 'transactionAmount', 'mixed'] as const;

/** One of {@link ADDITIONAL_VOTE_BASES}. */
export type AdditionalVoteBasis = (typeof ADDITIONAL_VOTE_BASES)[number];

function isPositiveDecimal(value: DecimalInput): boolean {
  return (toExactDecimal(value)?.coefficient ?? 0n) > 0n;
}

/**
 * A charter's rule for additional votes (Art. 22). A member's raw additional votes are
 * `min(maxPerMember, ⌊max(0, basis − threshold) / fenPerVote⌋)`, computed exactly, where the
 * basis is the member's capital, transaction amount, or
 * `capital × capitalWeight + transactionAmount × transactionWeight` for `mixed`.
 *
 * `capPercent` is the cap on the total as a percentage of basic votes: 20 by default (the law's
 * cap); a charter may set it lower, never higher (`VOTE_CAP_EXCEEDED`).
 */
export const AdditionalVoteRuleSchema = z
  .strictObject({
    basis: z.enum(ADDITIONAL_VOTE_BASES),
    /** Fen of basis per additional vote; positive. */
    fenPerVote: FenSchema.check(z.gte(1, { error: 'fenPerVote must be at least 1 fen' })),
    /** Fen of basis counted before votes start; 0 unless told. */
    threshold: z.optional(FenSchema),
    /** Weight of capital in a `mixed` basis (an exact decimal). */
    capitalWeight: z.optional(NonNegativeDecimalSchema),
    /** Weight of the transaction amount in a `mixed` basis (an exact decimal). */
    transactionWeight: z.optional(NonNegativeDecimalSchema),
    /** Most additional votes one member may hold. */
    maxPerMember: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
    /** Cap on the total, in percent of basic votes: 0-20, 20 unless told (Art. 22). */
    capPercent: z.number().int().min(0).max(LEGAL_ADDITIONAL_VOTE_CAP_PERCENT).optional(),
  })
  .superRefine((rule, ctx) => {
    const mixed = rule.basis === 'mixed';
    for (const key of ['capitalWeight', 'transactionWeight'] as const) {
      if (mixed && rule[key] === undefined)
        ctx.addIssue({ code: 'custom', path: [key], message: `a mixed basis needs ${key}` });
      if (!mixed && rule[key] !== undefined)
        ctx.addIssue({ code: 'custom', path: [key], message: `${key} applies only to a mixed basis` });
    }
    if (
      mixed &&
      rule.capitalWeight !== undefined &&
      rule.transactionWeight !== undefined &&
      !isPositiveDecimal(rule.capitalWeight) &&
      !isPositiveDecimal(rule.transactionWeight)
    )
      ctx.addIssue({
        code: 'custom',
        path: ['capitalWeight'],
        message: 'at least one weight must be positive',
      });
  });

/** A charter's additional-vote rule as given by a host; see {@link AdditionalVoteRuleSchema}. */
export type AdditionalVoteRule = z.input<typeof AdditionalVoteRuleSchema>;

/** A member as additional votes see them: capital and transaction amount, in fen. */
export const AdditionalVoteMemberSchema = z.object({
  memberId: EntityIdSchema,
  /** Capital contribution (出资额) in fen, from the member account (Art. 43). */
  capital: FenSchema,
  /** Transaction amount (交易额) with the cooperative in fen, from the member account (Art. 43). */
  transactionAmount: FenSchema,
});

/** See {@link AdditionalVoteMemberSchema}. */
export type AdditionalVoteMember = z.infer<typeof AdditionalVoteMemberSchema>;

/** Schema of {@link assignAdditionalVotes}' members: every member once, at least one. */
export const AdditionalVoteMembersSchema = z
  .array(AdditionalVoteMemberSchema)
  .min(1, { error: 'a roll has at least one member' })
  .max(MAX_ROLL_SIZE);

/** Options for {@link assignAdditionalVotes}. */
export const AdditionalVoteOptionsSchema = z.strictObject({
  /** The members are cooperatives of a union (联合社), which grants no additional votes (Art. 60). */
  union: z.boolean().optional(),
});

/** See {@link AdditionalVoteOptionsSchema}. */
export type AdditionalVoteOptions = z.infer<typeof AdditionalVoteOptionsSchema>;

/** A member who holds additional votes, and how many. */
export const AdditionalVoteHolderSchema = z.object({
  memberId: EntityIdSchema,
  additionalVotes: z.number().int().min(0).max(MAX_ROLL_SIZE),
});

/** See {@link AdditionalVoteHolderSchema}. */
export type AdditionalVoteHolder = z.infer<typeof AdditionalVoteHolderSchema>;

/**
 * The additional votes of one roll, as {@link assignAdditionalVotes} returns them. `holders` and
 * their counts are what Art. 22 requires to be announced at each meeting.
 */
export interface AdditionalVoteAssignment {
  /** Basic votes: one per member (Art. 22: 一人一票). */
  readonly basicVotes: number;
  /** Most additional votes the roll may hold: ⌊basicVotes × capPercent / 100⌋. */
  readonly cap: number;
  /** The sum of every member's raw additional votes under the rule, before the cap. */
  readonly rawTotal: number;
  /** Additional votes granted: `rawTotal`, or `cap` when that was exceeded. */
  readonly total: number;
  /** True when the raw votes were scaled down to the cap (largest remainder). */
  readonly scaledDown: boolean;
  /** Members with at least one additional vote, in input order. */
  readonly holders: readonly AdditionalVoteHolder[];
}

const MEMBER_KEYS_OK = (m: unknown): boolean =>
  isRecord(m) &&
  isEntityId(m.memberId) &&
  Number.isSafeInteger(m.capital) &&
  (m.capital as number) >= 0 &&
  Number.isSafeInteger(m.transactionAmount) &&
  (m.transactionAmount as number) >= 0;

/** Validates members in one loop when they are plainly valid, else through the schema. */
function readMembers(members: unknown): readonly AdditionalVoteMember[] {
  if (Array.isArray(members) && members.length >= 1 && members.length <= MAX_ROLL_SIZE) {
    let plain = true;
    for (let i = 0; i < members.length && plain; i++) plain = MEMBER_KEYS_OK(members[i]);
    if (plain) return members as AdditionalVoteMember[];
  }
  return parseInput(AdditionalVoteMembersSchema, members, { path: ['members'] });
}

function readRule(rule: unknown): z.output<typeof AdditionalVoteRuleSchema> {
  const result = AdditionalVoteRuleSchema.safeParse(rule);
  if (result.success) return result.data;
  // A cap above 20 % is the law's own error, not a typo.
  const overCap = result.error.issues.some((i) => i.path[0] === 'capPercent' && i.code === 'too_big');
  throw hezuoErrorFromZod(result.error, {
    code: overCap ? 'VOTE_CAP_EXCEEDED' : 'INVALID_INPUT',
    path: ['rule'],
  });
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

function overflow(): never {
  throw new HezuoError(
    'AMOUNT_OVERFLOW',
    'raw additional votes leave the safe integer range; the rule grants far too many votes (raise fenPerVote)',
    { path: ['rule', 'fenPerVote'] },
  );
}

/** Each member's raw additional votes under the rule, exactly. */
function rawVotes(
  members: readonly AdditionalVoteMember[],
  rule: z.output<typeof AdditionalVoteRuleSchema>,
): number[] {
  const threshold = rule.threshold ?? 0;
  // Without a charter maximum, a count past 2^53 is an overflow, never a silent clamp.
  const max = rule.maxPerMember ?? Number.MAX_SAFE_INTEGER;
  if (rule.basis !== 'mixed') {
    const key = rule.basis === 'capital' ? 'capital' : 'transactionAmount';
    return members.map((m) => {
      const excess = m[key] - threshold; // both safe and non-negative: the difference is safe
      if (excess <= 0) return 0;
      let votes = Math.floor(excess / rule.fenPerVote);
      if (votes * rule.fenPerVote > excess) votes -= 1; // float division may round up
      return Math.min(votes, max);
    });
  }
  // capital·cw + transaction·tw, all brought to one decimal scale as bigint.
  const cw = toExactDecimal(rule.capitalWeight as DecimalInput) as NonNullable<
    ReturnType<typeof toExactDecimal>
  >;
  const tw = toExactDecimal(rule.transactionWeight as DecimalInput) as NonNullable<
    ReturnType<typeof toExactDecimal>
  >;
  const scale = Math.max(cw.scale, tw.scale);
  const capitalFactor = cw.coefficient * 10n ** BigInt(scale - cw.scale);
  const transactionFactor = tw.coefficient * 10n ** BigInt(scale - tw.scale);
  const unit = 10n ** BigInt(scale);
  const scaledThreshold = BigInt(threshold) * unit;
  const perVote = BigInt(rule.fenPerVote) * unit;
  const bigMax = rule.maxPerMember === undefined ? undefined : BigInt(rule.maxPerMember);
  return members.map((m) => {
    const value = BigInt(m.capital) * capitalFactor + BigInt(m.transactionAmount) * transactionFactor;
    const excess = value - scaledThreshold;
    if (excess <= 0n) return 0;
    const votes = excess / perVote;
    if (bigMax !== undefined && votes > bigMax) return max;
    if (votes > MAX_SAFE) overflow();
    return Number(votes);
  });
}

/**
 * Assigns additional votes (附加表决权) by a charter's rule (Art. 22). Each member's raw votes are
 * computed exactly from capital and/or transaction amount; if their total exceeds the cap,
 * `⌊members × capPercent / 100⌋` (20 % of basic votes by law), they are scaled down to the cap
 * by the largest-remainder method (`allocate`), so nobody gets more than their raw votes and
 * everyone is within one vote of a proportional share.
 *
 * A union (联合社) votes one cooperative one vote (Art. 60): with `{ union: true }` any
 * additional vote is refused.
 *
 * @param members - every member once, with capital and transaction amount in fen
 * @param rule - the charter's rule; `capPercent` may be lower than 20, never higher
 * @param options - `union: true` for the cooperatives of a union
 * @returns the cap, the raw and granted totals, and the holders to announce at the meeting
 * @throws HezuoError `VOTE_CAP_EXCEEDED` for a cap above 20 % or any additional vote in a
 *   union; `INVALID_INPUT` for malformed input or a member listed twice; `AMOUNT_OVERFLOW`
 *   when raw votes leave the safe integer range
 *
 * @example
 * ```ts
 * const members = [
 *   { memberId: 'm1', capital: 5_000_000, transactionAmount: 0 },
 *   { memberId: 'm2', capital: 100_000, transactionAmount: 0 },
 *   // … 8 more members
 * ];
 * assignAdditionalVotes(members, { basis: 'capital', fenPerVote: 1_000_000 });
 * ```
 */
export function assignAdditionalVotes(
  members: readonly AdditionalVoteMember[],
  rule: AdditionalVoteRule,
  options: AdditionalVoteOptions = {},
): AdditionalVoteAssignment {
  const validMembers = readMembers(members);
  const validRule = readRule(rule);
  const { union = false } = parseInput(AdditionalVoteOptionsSchema, options, { path: ['options'] });
  checkUniqueIds(
    validMembers.map((m) => m.memberId),
    (i) => ['members', i, 'memberId'],
    'member',
  );

  const raw = rawVotes(validMembers, validRule);
  let rawTotal = 0;
  for (const votes of raw) {
    rawTotal += votes;
    if (!Number.isSafeInteger(rawTotal)) overflow();
  }
  if (union && rawTotal > 0) {
    throw new HezuoError(
      'VOTE_CAP_EXCEEDED',
      `a union votes one cooperative one vote (Art. 60); the rule would grant ${rawTotal} additional votes`,
      { path: ['rule'], details: { rawTotal, cap: 0 } },
    );
  }

  const basicVotes = validMembers.length;
  const capPercent = union ? 0 : (validRule.capPercent ?? LEGAL_ADDITIONAL_VOTE_CAP_PERCENT);
  const cap = Math.floor((basicVotes * capPercent) / 100); // ≤ 2·10^7 / 100: exact
  const scaledDown = rawTotal > cap;
  const granted = scaledDown ? allocate(cap, raw) : raw;

  const holders: AdditionalVoteHolder[] = [];
  let total = 0;
  validMembers.forEach((m, i) => {
    const additionalVotes = granted[i] as number;
    if (additionalVotes > 0) {
      holders.push({ memberId: m.memberId, additionalVotes });
      total += additionalVotes;
    }
  });
  return { basicVotes, cap, rawTotal, total, scaledDown, holders };
}
