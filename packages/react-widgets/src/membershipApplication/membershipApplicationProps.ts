import { IsoDateSchema } from '@hezuo/core';
import * as z from 'zod/mini';
import { callbackSchema } from '../widget/callbackSchema';

/** What a valid application hands to `onSubmit`. The resident ID is normalised (18 characters). */
export interface MembershipApplication {
  /** The applicant's name, trimmed. */
  readonly name: string;
  /** The resident ID, validated by core's `validateResidentId`. */
  readonly residentId: string;
  /** An 11-digit mainland mobile number. */
  readonly phone: string;
}

/** Props of {@link MembershipApplicationForm} and {@link useMembershipApplicationForm}. */
export interface MembershipApplicationFormProps {
  /** Called with the application once every field is valid. */
  readonly onSubmit?: (application: MembershipApplication) => void;
  /** `YYYY-MM-DD`: a date of birth after it is refused. Pass your clock's today. */
  readonly asOf?: string;
  /** Extra classes on the form, after `hz-application`. */
  readonly className?: string;
}

/** Schema of {@link MembershipApplicationFormProps}. */
export const MembershipApplicationFormPropsSchema = z.strictObject({
  onSubmit: z.optional(callbackSchema<(application: MembershipApplication) => void>()),
  asOf: z.optional(IsoDateSchema),
  className: z.optional(z.string().check(z.maxLength(1_000))),
});
