import { z } from 'zod';
import { EntityIdSchema } from '../cooperative/ids';
import { isRecord, MAX_ROLL_SIZE } from './fastInput';

/** How a member votes: for (赞成), against (反对) or abstain (弃权). */
export const BALLOT_CHOICES = ['for', 'against', 'abstain'] as const;

/** One of {@link BALLOT_CHOICES}. */
export type BallotChoice = (typeof BALLOT_CHOICES)[number];

/**
 * One member's vote on one resolution. The member casts all their votes (basic and additional)
 * one way; an abstention counts towards nothing but the total.
 */
export const BallotSchema = z.object({
  memberId: EntityIdSchema,
  choice: z.enum(BALLOT_CHOICES),
});

/** See {@link BallotSchema}. */
export type Ballot = z.infer<typeof BallotSchema>;

/** A list of ballots, one per voter. */
export const BallotsSchema = z.array(BallotSchema).max(MAX_ROLL_SIZE);

/**
 * A shape check of ballots in one tight loop. Ids are only checked to be strings here: each is
 * looked up on the roll, and one that is not there is checked against the id schema then.
 * @internal
 */
export function isPlainBallots(value: unknown): value is Ballot[] {
  if (!Array.isArray(value) || value.length > MAX_ROLL_SIZE) return false;
  for (let i = 0; i < value.length; i++) {
    const b: unknown = value[i];
    if (!isRecord(b) || typeof b.memberId !== 'string') return false;
    const c = b.choice;
    if (c !== 'for' && c !== 'against' && c !== 'abstain') return false;
  }
  return true;
}

/** A shape check of a list of id strings in one tight loop (ids are checked on lookup). @internal */
export function isPlainStringList(value: unknown): value is string[] {
  if (!Array.isArray(value) || value.length > MAX_ROLL_SIZE) return false;
  for (let i = 0; i < value.length; i++) if (typeof value[i] !== 'string') return false;
  return true;
}
