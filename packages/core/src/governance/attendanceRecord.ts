import { z } from 'zod';
import { EntityIdSchema } from '../cooperative/ids';
import { IsoDateSchema } from '../identity/residentId';

/**
 * Who was on the roll of a member meeting and who came, kept with each decided resolution
 * (store kind `core.attendance`): the record of governance participation that the credit
 * characteristic `core.meetingAttendance` reads.
 */
export const MeetingAttendanceRecordSchema = z.strictObject({
  cooperativeId: EntityIdSchema,
  resolutionId: EntityIdSchema,
  meetingDate: IsoDateSchema,
  /** Members on the roll on the meeting date. */
  roll: z.array(EntityIdSchema).max(1_000_000),
  /** Members on the roll who were present. */
  present: z.array(EntityIdSchema).max(1_000_000),
});

/** See {@link MeetingAttendanceRecordSchema}. */
export type MeetingAttendanceRecord = z.infer<typeof MeetingAttendanceRecordSchema>;
