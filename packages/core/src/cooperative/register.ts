import { z } from 'zod';
import { HezuoError } from '../errors/HezuoError';
import { IsoDateSchema } from '../identity/residentId';
import { CharterSchema } from './charter';
import { CooperativeSchema, PartySchema } from './party';

/**
 * Where a member stands: `active`; `exitRequested` (written notice given, still a member until
 * the year end, Art. 25); `exited` (membership ended; kept on the register for the record).
 */
export const MEMBER_STATUSES = ['active', 'exitRequested', 'exited'] as const;

/** One of {@link MEMBER_STATUSES}. */
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

/** A line of the member register (成员名册). The member's id is its party's id. */
export const RegisterMemberSchema = z.strictObject({
  party: PartySchema,
  /** A founder joins on the founding date; others on the date of admission. */
  joinedOn: IsoDateSchema,
  status: z.enum(MEMBER_STATUSES),
  /** The admitting resolution, for members who joined after founding (Art. 24). */
  admittedBy: z.string().min(1).max(128).optional(),
  /** The day written notice of exit was given. */
  exitNoticeOn: z.optional(IsoDateSchema),
  /** The accounting-year end on which membership ends. */
  exitEffectiveOn: z.optional(IsoDateSchema),
});

/** See {@link RegisterMemberSchema}. */
export type RegisterMember = z.infer<typeof RegisterMemberSchema>;

/** A cooperative's member register with its charter: the state the membership rules act on. */
export const CooperativeRegisterSchema = z.strictObject({
  cooperative: CooperativeSchema,
  charter: CharterSchema,
  foundedOn: IsoDateSchema,
  members: z.array(RegisterMemberSchema).max(1_000_000),
});

/** See {@link CooperativeRegisterSchema}. */
export type CooperativeRegister = z.infer<typeof CooperativeRegisterSchema>;

/** The input form of {@link CooperativeRegister}. */
export type CooperativeRegisterInput = z.input<typeof CooperativeRegisterSchema>;

/** Members who still hold membership: active, or leaving at the year end. */
export function currentMembers(register: CooperativeRegister): RegisterMember[] {
  const members = (register as { members?: unknown } | null | undefined)?.members;
  if (!Array.isArray(members)) {
    throw new HezuoError('INVALID_INPUT', 'a register has a list of members', {
      path: ['register', 'members'],
    });
  }
  return (members as RegisterMember[]).filter((m) => m?.status !== 'exited');
}
