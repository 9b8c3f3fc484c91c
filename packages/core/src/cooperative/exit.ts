import { z } from 'zod';
import { accountingYearEndOn, addMonths } from '../calendar/isoDate';
import { parseInput } from '../errors/fromZod';
import { HezuoError } from '../errors/HezuoError';
import { IsoDateSchema } from '../identity/residentId';
import { EntityIdSchema } from './ids';
import { type CooperativeRegister, CooperativeRegisterSchema } from './register';
import { assertRegisterLawful } from './registerRules';

/** The input of {@link requestExit}. */
export const ExitRequestSchema = z.strictObject({
  memberId: EntityIdSchema,
  /** The day the written notice reached the cooperative. */
  noticeOn: IsoDateSchema,
  /**
   * When the notice is too late for the current accounting year, take it as notice for the end
   * of the next year instead of refusing it. Off by default: a late notice is refused and the
   * error says by when it was due and when the member could leave.
   */
  deferToNextYear: z.boolean().optional(),
});

/** The input of {@link requestExit}. */
export type ExitRequest = z.input<typeof ExitRequestSchema>;

/** What {@link requestExit} decided. */
export interface ExitDecision {
  /** The register with the member marked `exitRequested`. */
  readonly register: CooperativeRegister;
  /** The leaving member. */
  readonly memberId: string;
  /** The notice date. */
  readonly noticeOn: string;
  /** The accounting-year end on which membership ends (Art. 25). */
  readonly effectiveOn: string;
  /** Months of notice the member owed: 3 for a person, 6 for an organisation or union member. */
  readonly noticeMonths: number;
  /** The last day notice could be given for `effectiveOn`. */
  readonly latestNoticeOn: string;
}

/**
 * Records a member's written notice of exit (退社). Membership ends at the end of the
 * accounting year (Art. 25) if the notice came at least 3 months before it (a natural person)
 * or 6 months before it (an enterprise, public institution or social organisation, or a
 * cooperative leaving a union; the charter may ask more). The register after the exit must
 * still satisfy Art. 20: an exit that would break it is refused, so the cooperative first
 * restores its composition (admits farmers, or an organisation member leaves first).
 *
 * @throws HezuoError `NOT_A_MEMBER`, `EXIT_STATE` (notice already given), `DATE_ORDER` (notice
 * before joining), `EXIT_NOTICE_TOO_LATE` (with `details.latestNoticeOn` and
 * `details.nextEffectiveOn`), `MEMBERSHIP_COMPOSITION`.
 *
 * @example
 * ```ts
 * requestExit(register, { memberId: 'M07', noticeOn: '2026-09-30' }).effectiveOn; // "2026-12-31"
 * ```
 */
export function requestExit(register: CooperativeRegister, request: ExitRequest): ExitDecision {
  const current = parseInput(CooperativeRegisterSchema, register, { path: ['register'] });
  const {
    memberId,
    noticeOn,
    deferToNextYear = false,
  } = parseInput(ExitRequestSchema, request, { path: ['request'] });
  const index = current.members.findIndex((m) => m.party.id === memberId && m.status !== 'exited');
  const member = current.members[index];
  if (!member) {
    throw new HezuoError('NOT_A_MEMBER', `${memberId} is not a member`, { path: ['request', 'memberId'] });
  }
  if (member.status === 'exitRequested') {
    throw new HezuoError(
      'EXIT_STATE',
      `${memberId} has already given notice to leave on ${member.exitEffectiveOn}`,
      {
        path: ['request', 'memberId'],
      },
    );
  }
  if (noticeOn < member.joinedOn) {
    throw new HezuoError('DATE_ORDER', 'notice of exit comes after joining', {
      path: ['request', 'noticeOn'],
      details: { noticeOn, joinedOn: member.joinedOn },
    });
  }

  // Art. 25: 3 months for natural persons; 6 for organisations; Art. 62 area: 6 for union members.
  const noticeMonths =
    member.party.kind === 'naturalPerson'
      ? current.charter.exitNoticeMonthsIndividual
      : current.charter.exitNoticeMonthsOrganization;
  const thisYearEnd = accountingYearEndOn(noticeOn, current.charter.accountingYearEnd);
  const latestThisYear = addMonths(thisYearEnd, -noticeMonths);
  let effectiveOn = thisYearEnd;
  let latestNoticeOn = latestThisYear;
  if (noticeOn > latestThisYear) {
    const nextYearEnd = accountingYearEndOn(addMonths(thisYearEnd, 1), current.charter.accountingYearEnd);
    if (!deferToNextYear) {
      throw new HezuoError(
        'EXIT_NOTICE_TOO_LATE',
        `notice on ${noticeOn} is too late to leave on ${thisYearEnd}: ${noticeMonths} months' notice was due by ${latestThisYear} (Art. 25); the member can leave on ${nextYearEnd}`,
        {
          path: ['request', 'noticeOn'],
          details: {
            noticeOn,
            noticeMonths,
            latestNoticeOn: latestThisYear,
            yearEnd: thisYearEnd,
            nextEffectiveOn: nextYearEnd,
          },
        },
      );
    }
    effectiveOn = nextYearEnd;
    latestNoticeOn = addMonths(nextYearEnd, -noticeMonths);
  }

  const members = current.members.map((m, i) =>
    i === index
      ? { ...m, status: 'exitRequested' as const, exitNoticeOn: noticeOn, exitEffectiveOn: effectiveOn }
      : m,
  );
  const next: CooperativeRegister = { ...current, members };
  // The register once the member has gone must still be lawful (Art. 20 / Art. 56).
  // Lawful now and once every pending exit, this one included, has taken effect.
  assertRegisterLawful(next);
  return { register: next, memberId, noticeOn, effectiveOn, noticeMonths, latestNoticeOn };
}
