import { z } from 'zod';
import { EntityIdSchema } from '../cooperative/ids';
import { parseInput } from '../errors/fromZod';
import { HezuoError } from '../errors/HezuoError';
import type { LocalizedText } from '../i18n/locale';
import { type Ballot, BallotsSchema } from './ballot';
import { checkUniqueIds, rejectUnknownId, shownId } from './fastInput';
import {
  describeThreshold,
  isAtLeastAsStrict,
  requiredCount,
  type Threshold,
  type ThresholdInput,
  ThresholdSchema,
} from './threshold';

/**
 * A board (理事会) or supervisory board (监事会) decision: more than half of ALL members of the
 * board, one person one vote (Art. 33: 理事会会议、监事会会议的表决，实行一人一票). A charter may
 * ask for more, never less.
 */
export const DEFAULT_BOARD_THRESHOLD: Threshold = Object.freeze({
  numerator: 1,
  denominator: 2,
  comparison: 'moreThan',
});

/** Schema of {@link tallyBoardVote}'s board: each member once, at least one, at most 1,000. */
export const BoardMemberIdsSchema = z
  .array(EntityIdSchema)
  .min(1, { error: 'a board has at least one member' })
  .max(1_000);

/** The outcome of a board vote. */
export interface BoardVoteOutcome {
  /** True when `votesFor ≥ requiredVotes`. */
  readonly passed: boolean;
  /** Why, for people, with the numbers. */
  readonly reason: LocalizedText;
  /** Members of the board; the base of the threshold. */
  readonly boardSize: number;
  /** Members who voted for. */
  readonly votesFor: number;
  /** Members who voted against. */
  readonly votesAgainst: number;
  /** Members who abstained. */
  readonly abstentions: number;
  /** Members who cast no ballot. */
  readonly notVoting: number;
  /** Fewest votes for that pass the decision. */
  readonly requiredVotes: number;
  /** The threshold in force. */
  readonly threshold: Threshold;
}

/**
 * Tallies a vote of the board or the supervisory board: one person one vote (Art. 33), passed
 * with more than half of all board members (not only those voting) unless the charter asks for
 * more.
 *
 * @param boardMemberIds - every member of the board once
 * @param ballots - at most one ballot per board member
 * @param threshold - the charter's threshold; at least "more than 1/2"
 * @throws HezuoError `NOT_A_MEMBER` for a ballot by someone not on the board; `DUPLICATE_VOTE`
 *   for a second ballot; `MEETING_RULE` for a threshold below more than 1/2; `INVALID_INPUT`
 *   for a board member listed twice or malformed input
 *
 * @example
 * ```ts
 * tallyBoardVote(['d1', 'd2', 'd3', 'd4', 'd5'], [
 *   { memberId: 'd1', choice: 'for' },
 *   { memberId: 'd2', choice: 'for' },
 *   { memberId: 'd3', choice: 'for' },
 * ]).passed; // true: 3 of 5
 * ```
 */
export function tallyBoardVote(
  boardMemberIds: readonly string[],
  ballots: readonly Ballot[],
  threshold?: ThresholdInput,
): BoardVoteOutcome {
  const board = parseInput(BoardMemberIdsSchema, boardMemberIds, { path: ['boardMemberIds'] });
  const validBallots = parseInput(BallotsSchema, ballots, { path: ['ballots'] });
  const rule =
    threshold === undefined
      ? DEFAULT_BOARD_THRESHOLD
      : parseInput(ThresholdSchema, threshold, { path: ['threshold'] });
  checkUniqueIds(board, (i) => ['boardMemberIds', i], 'board member');
  if (!isAtLeastAsStrict(rule, DEFAULT_BOARD_THRESHOLD)) {
    throw new HezuoError(
      'MEETING_RULE',
      `a board decides by more than half of its members; ${describeThreshold(rule).en} is less`,
      { path: ['threshold'], details: { given: rule, minimum: DEFAULT_BOARD_THRESHOLD } },
    );
  }

  const onBoard = new Set(board);
  const voted = new Set<string>();
  const counts = { for: 0, against: 0, abstain: 0 };
  validBallots.forEach((ballot, i) => {
    const path = ['ballots', i, 'memberId'];
    if (!onBoard.has(ballot.memberId)) rejectUnknownId(ballot.memberId, path, 'voter');
    if (voted.has(ballot.memberId)) {
      throw new HezuoError(
        'DUPLICATE_VOTE',
        `board member ${shownId(ballot.memberId)} cast a second ballot`,
        {
          path,
          details: { id: shownId(ballot.memberId) },
        },
      );
    }
    voted.add(ballot.memberId);
    counts[ballot.choice] += 1;
  });

  const boardSize = board.length;
  const requiredVotes = requiredCount(boardSize, rule);
  const passed = counts.for >= requiredVotes;
  const share = describeThreshold(rule);
  const verdict = passed ? { zh: '通过', en: 'passed' } : { zh: '未通过', en: 'not passed' };
  return {
    passed,
    reason: {
      'zh-CN': `${verdict.zh}：赞成 ${counts.for} 人，需 ${requiredVotes} 人（全体 ${boardSize} 人的${share['zh-CN']}）`,
      en: `${verdict.en}: ${counts.for} for, ${requiredVotes} needed (${share.en} of all ${boardSize} members)`,
    },
    boardSize,
    votesFor: counts.for,
    votesAgainst: counts.against,
    abstentions: counts.abstain,
    notVoting: boardSize - voted.size,
    requiredVotes,
    threshold: rule,
  };
}
