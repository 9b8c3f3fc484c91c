import { z } from 'zod';
import { EntityIdSchema } from '../cooperative/ids';
import { parseInput } from '../errors/fromZod';
import type { LocalizedText } from '../i18n/locale';
import { IsoDateSchema } from '../identity/residentId';

/**
 * How many votes a resolution needs (Art. 30): `ordinary` and `election` more than 1/2 of all
 * votes, `special` at least 2/3 of all votes; a charter may raise each.
 */
export const RESOLUTION_KINDS = ['ordinary', 'election', 'special'] as const;

/** One of {@link RESOLUTION_KINDS}. */
export type ResolutionKind = (typeof RESOLUTION_KINDS)[number];

/** Names of the resolution kinds for people, in both locales. */
export const RESOLUTION_KIND_LABELS: Readonly<Record<ResolutionKind, LocalizedText>> = Object.freeze({
  ordinary: { 'zh-CN': '一般决议', en: 'ordinary resolution' },
  election: { 'zh-CN': '选举', en: 'election' },
  special: { 'zh-CN': '特别决议', en: 'special resolution' },
});

/**
 * Subjects that always need a special resolution (Art. 30): amending the charter (修改章程),
 * merger (合并), division (分立), dissolution (解散), founding (设立) or joining (加入) a union.
 */
export const SPECIAL_SUBJECT_TYPES = [
  'charterAmendment',
  'merger',
  'division',
  'dissolution',
  'unionFounding',
  'unionJoining',
] as const;

/** Offices a member meeting elects (Art. 33: 理事长、理事、执行监事或者监事会成员). */
export const ELECTED_OFFICES = ['chair', 'viceChair', 'director', 'supervisorChair', 'supervisor'] as const;

const bare = <T extends string>(type: T) => z.strictObject({ type: z.literal(type) });

/**
 * What a resolution decides, as a discriminated union on `type`:
 * - `admitMembers`: admit applicants (Art. 24), by their party ids
 * - `election`: elect one candidate to one office (one resolution per candidate)
 * - `surplusDistribution`: approve the surplus distribution plan (Arts. 29, 44), optionally for a year
 * - the special subjects of {@link SPECIAL_SUBJECT_TYPES}
 * - `other`: any other matter, by title; `special: true` when the charter reserves it for a
 *   special resolution (an ordinary matter never needs less than the ordinary threshold)
 */
export const ResolutionSubjectSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('admitMembers'),
    partyIds: z.array(EntityIdSchema).min(1).max(10_000),
  }),
  z.strictObject({
    type: z.literal('election'),
    office: z.enum(ELECTED_OFFICES),
    candidateId: EntityIdSchema,
  }),
  z.strictObject({
    type: z.literal('surplusDistribution'),
    year: z.number().int().min(1900).max(9999).optional(),
  }),
  bare('charterAmendment'),
  bare('merger'),
  bare('division'),
  bare('dissolution'),
  bare('unionFounding'),
  bare('unionJoining'),
  z.strictObject({
    type: z.literal('other'),
    title: z.string().trim().min(1).max(500),
    special: z.boolean().optional(),
  }),
]);

/** See {@link ResolutionSubjectSchema}. */
export type ResolutionSubject = z.infer<typeof ResolutionSubjectSchema>;

/** A resolution put to a member meeting: its id, what it decides, and the meeting's date. */
export const ResolutionSchema = z.strictObject({
  id: EntityIdSchema,
  subject: ResolutionSubjectSchema,
  /** The day of the meeting, `YYYY-MM-DD`; the outcome's `decidedOn`. */
  meetingDate: IsoDateSchema,
});

/** See {@link ResolutionSchema}. */
export type Resolution = z.infer<typeof ResolutionSchema>;

const SPECIAL: ReadonlySet<string> = new Set(SPECIAL_SUBJECT_TYPES);

/** The kind of a subject already validated. @internal */
export function kindOfSubject(subject: ResolutionSubject): ResolutionKind {
  if (SPECIAL.has(subject.type)) return 'special';
  if (subject.type === 'election') return 'election';
  if (subject.type === 'other' && subject.special === true) return 'special';
  return 'ordinary';
}

/**
 * The kind of resolution a subject needs (Art. 30): a special subject always needs a special
 * resolution, an election is an election, anything else is ordinary unless marked special.
 *
 * @example
 * ```ts
 * resolutionKindOf({ type: 'merger' });                               // 'special'
 * resolutionKindOf({ type: 'election', office: 'chair', candidateId: 'm7' }); // 'election'
 * resolutionKindOf({ type: 'other', title: 'Buy a grain dryer' });      // 'ordinary'
 * ```
 */
export function resolutionKindOf(subject: ResolutionSubject): ResolutionKind {
  return kindOfSubject(parseInput(ResolutionSubjectSchema, subject, { path: ['subject'] }));
}
