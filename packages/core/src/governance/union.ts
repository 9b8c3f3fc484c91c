import { z } from 'zod';
import { EntityIdSchema } from '../cooperative/ids';
import { parseInput } from '../errors/fromZod';
import { HezuoError } from '../errors/HezuoError';
import { isEntityId, MAX_ROLL_SIZE } from './fastInput';
import { rollOf, UNION_MINIMUM_MEMBERS, type VotingRoll } from './votingRoll';

/** Schema of {@link buildUnionVotingRoll}'s input: the member cooperatives' ids. */
export const UnionMemberIdsSchema = z.array(EntityIdSchema).max(MAX_ROLL_SIZE);

function readIds(ids: unknown): string[] {
  if (Array.isArray(ids) && ids.length <= MAX_ROLL_SIZE) {
    let plain = true;
    // A for loop, not every(): every() skips the holes of a sparse array.
    for (let i = 0; i < ids.length && plain; i++) plain = isEntityId(ids[i]);
    if (plain) return ids as string[];
  }
  return parseInput(UnionMemberIdsSchema, ids, { path: ['cooperativeIds'] });
}

/**
 * Builds the voting roll of a cooperative union (联合社): at least 3 member cooperatives
 * (Art. 56), one cooperative one vote (Art. 60: 一社一票), no additional votes. Use it with
 * {@link tallyResolution} as any roll; the law's quorum and thresholds apply (Art. 63: what
 * the union chapter leaves open follows the rules for cooperatives).
 *
 * @param cooperativeIds - every member cooperative once
 * @throws HezuoError `FOUNDING_MEMBERS` for fewer than 3 cooperatives; `INVALID_INPUT` for a
 *   cooperative listed twice or malformed input
 *
 * @example
 * ```ts
 * buildUnionVotingRoll(['coop-a', 'coop-b', 'coop-c']).totalVotes; // 3
 * ```
 */
export function buildUnionVotingRoll(cooperativeIds: readonly string[]): VotingRoll {
  const ids = readIds(cooperativeIds);
  if (ids.length < UNION_MINIMUM_MEMBERS) {
    throw new HezuoError(
      'FOUNDING_MEMBERS',
      `a union has at least ${UNION_MINIMUM_MEMBERS} member cooperatives (Art. 56); ${ids.length} given`,
      { path: ['cooperativeIds'], details: { members: ids.length, minimum: UNION_MINIMUM_MEMBERS } },
    );
  }
  return rollOf('union', ids, [], (i) => ['cooperativeIds', i], ['cooperativeIds']);
}
