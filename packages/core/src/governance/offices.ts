import { z } from 'zod';
import { EntityIdSchema } from '../cooperative/ids';
import { parseInput } from '../errors/fromZod';
import { HezuoError } from '../errors/HezuoError';
import type { LocalizedText } from '../i18n/locale';
import { checkUniqueIds, shownId } from './fastInput';

/**
 * Offices in a cooperative (Arts. 33, 35): chair (理事长), vice chair (副理事长), director
 * (理事), manager (经理), accountant (财务会计人员), chief supervisor (监事长 / 执行监事) and
 * supervisor (监事).
 */
export const OFFICES = [
  'chair',
  'viceChair',
  'director',
  'manager',
  'accountant',
  'supervisorChair',
  'supervisor',
] as const;

/** One of {@link OFFICES}. */
export type Office = (typeof OFFICES)[number];

/** Names of the offices for people, in both locales. */
export const OFFICE_LABELS: Readonly<Record<Office, LocalizedText>> = Object.freeze({
  chair: { 'zh-CN': '理事长', en: 'chair' },
  viceChair: { 'zh-CN': '副理事长', en: 'vice chair' },
  director: { 'zh-CN': '理事', en: 'director' },
  manager: { 'zh-CN': '经理', en: 'manager' },
  accountant: { 'zh-CN': '财务会计人员', en: 'accountant' },
  supervisorChair: { 'zh-CN': '监事长', en: 'chief supervisor' },
  supervisor: { 'zh-CN': '监事', en: 'supervisor' },
});

/** The supervisory offices (监事会 / 执行监事). */
export const SUPERVISORY_OFFICES: readonly Office[] = Object.freeze(['supervisorChair', 'supervisor']);

/**
 * Offices that may not be combined with a supervisory one: the chair, directors (a vice chair
 * sits on the board, so counts as one), the manager and the accountant (Art. 33: 理事长、理事、
 * 经理和财务会计人员不得兼任监事).
 */
export const OFFICES_BARRED_FROM_SUPERVISION: readonly Office[] = Object.freeze([
  'chair',
  'viceChair',
  'director',
  'manager',
  'accountant',
]);

/** Board offices, whose holders vote at board meetings (理事会). */
const BOARD_OFFICES: readonly Office[] = ['chair', 'viceChair', 'director'];

const MAX_OFFICERS = 10_000;

/** One person and the offices they hold. */
export const OfficerSchema = z.strictObject({
  personId: EntityIdSchema,
  offices: z
    .array(z.enum(OFFICES))
    .min(1, { error: 'an officer holds at least one office' })
    .max(OFFICES.length),
});

/** See {@link OfficerSchema}. */
export type Officer = z.infer<typeof OfficerSchema>;

/** Schema of {@link checkOffices}' input: the officers of one cooperative, each person once. */
export const OfficersSchema = z.array(OfficerSchema).max(MAX_OFFICERS);

/** Who holds which office, as {@link checkOffices} returns it. Ids keep the input's order. */
export interface OfficeRegister {
  /** The chair (理事长), the legal representative (Art. 33); `null` when none is listed. */
  readonly chairId: string | null;
  /** Chair, vice chairs and directors: the board (理事会), one person one vote (Art. 33). */
  readonly boardMemberIds: readonly string[];
  /** Chief supervisor and supervisors (执行监事 / 监事会). */
  readonly supervisorIds: readonly string[];
  /** Managers (经理), appointed by the chair or board (Art. 35). */
  readonly managerIds: readonly string[];
  /** Accountants (财务会计人员), appointed by the chair or board (Art. 35). */
  readonly accountantIds: readonly string[];
}

/**
 * Checks the offices of one cooperative against Art. 33: one chair at most (理事长一名), and
 * nobody who is chair, vice chair, director, manager or accountant may also be a supervisor.
 *
 * @param officers - each person once, with the offices they hold
 * @returns who holds which office
 * @throws HezuoError `INCOMPATIBLE_OFFICES` naming the person (masked if the id looks like an
 *   ID number) and the offices that clash; `INVALID_INPUT` for a person or an office listed
 *   twice, more than one chair, or malformed input
 *
 * @example
 * ```ts
 * checkOffices([{ personId: 'p1', offices: ['chair'] }, { personId: 'p2', offices: ['supervisor'] }]);
 * checkOffices([{ personId: 'p3', offices: ['director', 'supervisor'] }]); // throws INCOMPATIBLE_OFFICES
 * ```
 */
export function checkOffices(officers: readonly Officer[]): OfficeRegister {
  const valid = parseInput(OfficersSchema, officers, { path: ['officers'] });
  checkUniqueIds(
    valid.map((o) => o.personId),
    (i) => ['officers', i, 'personId'],
    'person',
  );
  let chairId: string | null = null;
  const register = {
    boardMemberIds: [] as string[],
    supervisorIds: [] as string[],
    managerIds: [] as string[],
    accountantIds: [] as string[],
  };
  valid.forEach((officer, i) => {
    const path = ['officers', i, 'offices'];
    const offices = new Set(officer.offices);
    if (offices.size !== officer.offices.length) {
      throw new HezuoError(
        'INVALID_INPUT',
        `person ${shownId(officer.personId)} has an office listed twice`,
        {
          path,
          details: { personId: shownId(officer.personId), reason: 'duplicate' },
        },
      );
    }
    const supervisory = SUPERVISORY_OFFICES.filter((o) => offices.has(o));
    const barred = OFFICES_BARRED_FROM_SUPERVISION.filter((o) => offices.has(o));
    if (supervisory.length > 0 && barred.length > 0) {
      throw new HezuoError(
        'INCOMPATIBLE_OFFICES',
        `person ${shownId(officer.personId)} holds ${[...barred, ...supervisory].join(' and ')}: a chair, director, manager or accountant may not also be a supervisor (Art. 33)`,
        {
          path,
          details: { personId: shownId(officer.personId), offices: barred, supervisoryOffices: supervisory },
        },
      );
    }
    if (offices.has('chair')) {
      if (chairId !== null) {
        throw new HezuoError(
          'INVALID_INPUT',
          `a cooperative has one chair (Art. 33); ${shownId(chairId)} and ${shownId(officer.personId)} are both listed`,
          { path, details: { reason: 'one chair', chairIds: [shownId(chairId), shownId(officer.personId)] } },
        );
      }
      chairId = officer.personId;
    }
    if (BOARD_OFFICES.some((o) => offices.has(o))) register.boardMemberIds.push(officer.personId);
    if (supervisory.length > 0) register.supervisorIds.push(officer.personId);
    if (offices.has('manager')) register.managerIds.push(officer.personId);
    if (offices.has('accountant')) register.accountantIds.push(officer.personId);
  });
  return { chairId, ...register };
}
