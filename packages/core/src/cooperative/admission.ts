import { z } from 'zod';
import { parseInput } from '../errors/fromZod';
import { HezuoError } from '../errors/HezuoError';
import { IsoDateSchema } from '../identity/residentId';
import { PartySchema } from './party';
import { type CooperativeRegister, CooperativeRegisterSchema, type RegisterMember } from './register';
import { assertRegisterLawful } from './registerRules';

/**
 * The member-meeting resolution that admits applicants (Art. 24). A passed outcome of
 * `tallyResolution` whose subject is `{ type: 'admitMembers', partyIds }` fits it.
 */
export const AdmissionResolutionSchema = z.object({
  id: z.string().min(1).max(128),
  passed: z.boolean(),
  subject: z.object({ type: z.string(), partyIds: z.array(z.string()).max(100_000).optional() }),
  decidedOn: IsoDateSchema,
});

/** See {@link AdmissionResolutionSchema}. */
export type AdmissionResolution = z.infer<typeof AdmissionResolutionSchema>;

/** One written application to join (入社申请). */
export const MembershipApplicationSchema = z.strictObject({
  party: PartySchema,
  appliedOn: IsoDateSchema,
});

/** The input of {@link admitMembers}. */
export const AdmissionInputSchema = z.strictObject({
  applications: z.array(MembershipApplicationSchema).min(1).max(100_000),
  resolution: AdmissionResolutionSchema,
  admittedOn: IsoDateSchema,
});

/** The input of {@link admitMembers}. */
export type AdmissionInput = z.input<typeof AdmissionInputSchema>;

/**
 * Admits members by written application and a member-meeting resolution (Art. 24), all or none:
 * the resolution must have passed, admit every applicant by id, and come after the
 * applications; the register after admission must still satisfy Arts. 19 and 20 (or, for a
 * union, Art. 56). Returns the new register; the given one is not changed.
 *
 * @throws HezuoError `RESOLUTION_REQUIRED`, `ALREADY_MEMBER`, `DATE_ORDER`,
 * `MEMBERSHIP_COMPOSITION` (e.g. "79.2 % farmers (19 of 24) < 80 % (Art. 20)"),
 * `INELIGIBLE_MEMBER`, `INVALID_INPUT`.
 */
export function admitMembers(register: CooperativeRegister, input: AdmissionInput): CooperativeRegister {
  const current = parseInput(CooperativeRegisterSchema, register, { path: ['register'] });
  const valid = parseInput(AdmissionInputSchema, input, { path: ['input'] });
  const { resolution, admittedOn } = valid;

  if (!resolution.passed || resolution.subject.type !== 'admitMembers') {
    throw new HezuoError(
      'RESOLUTION_REQUIRED',
      'joining needs a passed member-meeting resolution to admit the applicants (Art. 24)',
      {
        path: ['input', 'resolution'],
        details: { resolutionId: resolution.id, passed: resolution.passed, subject: resolution.subject.type },
      },
    );
  }
  const admitted = new Set(resolution.subject.partyIds ?? []);
  const onRegister = new Set(current.members.filter((m) => m.status !== 'exited').map((m) => m.party.id));
  valid.applications.forEach(({ party, appliedOn }, index) => {
    const path = ['input', 'applications', index];
    if (!admitted.has(party.id)) {
      throw new HezuoError(
        'RESOLUTION_REQUIRED',
        `resolution ${resolution.id} does not admit ${party.id} (Art. 24)`,
        {
          path: [...path, 'party', 'id'],
        },
      );
    }
    if (onRegister.has(party.id)) {
      throw new HezuoError('ALREADY_MEMBER', `${party.id} is already a member`, {
        path: [...path, 'party', 'id'],
      });
    }
    if (appliedOn > resolution.decidedOn || appliedOn < current.foundedOn) {
      throw new HezuoError(
        'DATE_ORDER',
        'an application comes after founding and before the resolution that admits it',
        {
          path: [...path, 'appliedOn'],
          details: { appliedOn, decidedOn: resolution.decidedOn, foundedOn: current.foundedOn },
        },
      );
    }
    onRegister.add(party.id);
  });
  if (admittedOn < resolution.decidedOn) {
    throw new HezuoError('DATE_ORDER', 'members are admitted on or after the day the resolution passed', {
      path: ['input', 'admittedOn'],
      details: { admittedOn, decidedOn: resolution.decidedOn },
    });
  }

  const joined: RegisterMember[] = valid.applications.map(({ party }) => ({
    party,
    joinedOn: admittedOn,
    status: 'active',
    admittedBy: resolution.id,
  }));
  const next: CooperativeRegister = { ...current, members: [...current.members, ...joined] };
  assertRegisterLawful(next);
  return next;
}
