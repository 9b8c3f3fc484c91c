import { z } from 'zod';
import { parseInput } from '../errors/fromZod';
import { HezuoError } from '../errors/HezuoError';
import { MAX_ROLL_SIZE } from './fastInput';
import { type MeetingCharter, readMeetingRules } from './meetingRules';
import { requiredCount, type Threshold } from './threshold';

/** Whether a meeting is quorate, with the numbers behind it. */
export interface QuorumCheck {
  /** Members of the cooperative (or cooperatives of the union). */
  readonly members: number;
  /** Members present. */
  readonly present: number;
  /** Fewest members who must be present. */
  readonly required: number;
  /** True when `present ≥ required`. */
  readonly met: boolean;
  /** The quorum in force: the law's 2/3 or the charter's higher share. */
  readonly threshold: Threshold;
}

const CountSchema = z.number().int().min(0).max(MAX_ROLL_SIZE);

/**
 * Checks the quorum of a member meeting: at least 2/3 of all members present (Art. 30:
 * 出席人数应当达到成员总数三分之二以上), compared exactly (`present × 3 ≥ members × 2`). A charter
 * may raise the quorum, never lower it.
 *
 * @param memberCount - all members (at least 1)
 * @param presentCount - members present (at most `memberCount`)
 * @param charter - the charter's meeting rules; only `quorum` is read here
 * @throws HezuoError `MEETING_RULE` for a charter quorum below 2/3; `INVALID_INPUT` for counts
 *   that are not whole numbers or more present than members
 *
 * @example
 * ```ts
 * checkQuorum(100, 67).met; // true: 67 × 3 = 201 ≥ 200
 * checkQuorum(100, 66).met; // false
 * ```
 */
export function checkQuorum(
  memberCount: number,
  presentCount: number,
  charter?: MeetingCharter,
): QuorumCheck {
  const members = parseInput(CountSchema.min(1), memberCount, { path: ['memberCount'] });
  const present = parseInput(CountSchema, presentCount, { path: ['presentCount'] });
  const rules = readMeetingRules(charter, ['charter']);
  if (present > members) {
    throw new HezuoError('INVALID_INPUT', `${present} present is more than the ${members} members`, {
      path: ['presentCount'],
      details: { members, present },
    });
  }
  return quorumOf(members, present, rules.quorum);
}

/** The quorum check for valid counts. @internal */
export function quorumOf(members: number, present: number, threshold: Threshold): QuorumCheck {
  const required = requiredCount(members, threshold);
  return { members, present, required, met: present >= required, threshold };
}
