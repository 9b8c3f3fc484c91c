import { z } from 'zod';
import { EntityIdSchema } from '../cooperative/ids';
import { parseInput } from '../errors/fromZod';
import { HezuoError } from '../errors/HezuoError';
import { IsoDateSchema } from '../identity/residentId';
import { checkUniqueIds, MAX_ROLL_SIZE } from './fastInput';

/** Days within which an extraordinary meeting must be held once requested (Art. 31: 二十日内). */
export const EXTRAORDINARY_MEETING_DAYS = 20;

/** Share of members, in percent, whose request obliges an extraordinary meeting (Art. 31: 百分之三十以上). */
export const EXTRAORDINARY_MEETING_REQUEST_PERCENT = 30;

/** Schema of {@link extraordinaryMeetingDeadline}'s input. */
export const ExtraordinaryMeetingRequestSchema = z.strictObject({
  /** Members of the cooperative. */
  memberCount: z.number().int().min(1).max(MAX_ROLL_SIZE),
  /** Members who asked for the meeting, each once. */
  requesterIds: z.array(EntityIdSchema).max(MAX_ROLL_SIZE),
  /** The day the request was made, `YYYY-MM-DD`. */
  requestedOn: IsoDateSchema,
  /** The executive supervisor or supervisory board asked for it (Art. 31(2)): required whatever the count. */
  requestedBySupervisors: z.boolean().optional(),
});

/** See {@link ExtraordinaryMeetingRequestSchema}. */
export type ExtraordinaryMeetingRequest = z.infer<typeof ExtraordinaryMeetingRequestSchema>;

/** Whether an extraordinary meeting must be held, and by when. */
export interface ExtraordinaryMeetingDeadline {
  /** True when the request obliges a meeting. */
  readonly required: boolean;
  /** Members who asked. */
  readonly requesters: number;
  /** Fewest requesters that oblige a meeting: ⌈30 % of members⌉. */
  readonly minimumRequesters: number;
  /** The last day the meeting may be held (`requestedOn` + 20 days), or `null` when not required. */
  readonly deadline: string | null;
}

/** `date` plus `days` as `YYYY-MM-DD`, by the proleptic Gregorian calendar in UTC (no clock read). */
function addDays(date: string, days: number): string {
  const day = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read years 0-99 as 1900-1999.
  day.setUTCFullYear(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)) + days,
  );
  return day.toISOString().slice(0, 10);
}

/**
 * Whether members' request obliges an extraordinary meeting (临时成员大会) and its deadline
 * (Art. 31): when at least 30 % of members ask (`requesters × 10 ≥ members × 3`), or the
 * supervisors do, the meeting must be held within 20 days of the request.
 *
 * @throws HezuoError `INVALID_INPUT` for a requester listed twice, more requesters than
 *   members, a deadline past 9999-12-31, or malformed input
 *
 * @example
 * ```ts
 * extraordinaryMeetingDeadline({ memberCount: 100, requesterIds: ids30, requestedOn: '2026-05-20' });
 * // { required: true, requesters: 30, minimumRequesters: 30, deadline: '2026-06-09' }
 * ```
 */
export function extraordinaryMeetingDeadline(
  request: ExtraordinaryMeetingRequest,
): ExtraordinaryMeetingDeadline {
  const {
    memberCount,
    requesterIds,
    requestedOn,
    requestedBySupervisors = false,
  } = parseInput(ExtraordinaryMeetingRequestSchema, request, { path: ['request'] });
  checkUniqueIds(requesterIds, (i) => ['request', 'requesterIds', i], 'requester');
  const requesters = requesterIds.length;
  if (requesters > memberCount) {
    throw new HezuoError(
      'INVALID_INPUT',
      `${requesters} requesters is more than the ${memberCount} members`,
      {
        path: ['request', 'requesterIds'],
        details: { requesters, memberCount },
      },
    );
  }
  // ⌈members × 30 / 100⌉ in integers.
  const minimumRequesters = Math.floor((memberCount * EXTRAORDINARY_MEETING_REQUEST_PERCENT + 99) / 100);
  // requesters × 100 ≥ members × 30, i.e. requesters × 10 ≥ members × 3: exact, no division.
  const required =
    requestedBySupervisors || requesters * 100 >= memberCount * EXTRAORDINARY_MEETING_REQUEST_PERCENT;
  if (!required) return { required, requesters, minimumRequesters, deadline: null };
  const deadline = addDays(requestedOn, EXTRAORDINARY_MEETING_DAYS);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(deadline)) {
    throw new HezuoError('INVALID_INPUT', 'the deadline falls after 9999-12-31', {
      path: ['request', 'requestedOn'],
      details: { requestedOn },
    });
  }
  return { required, requesters, minimumRequesters, deadline };
}
