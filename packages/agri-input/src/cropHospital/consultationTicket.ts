import { type LocalizedText, LocalizedTextSchema, RecordIdSchema } from '@hezuo/core';
import { z } from 'zod';
import { AgriDateSchema } from '../agriDate';
import {
  type DosePerMu,
  DosePerMuSchema,
  TOXICITY_CLASSES,
  type ToxicityClass,
} from '../catalogue/pesticideProduct';
import { CropIdSchema } from '../recommendation/cropNutrientTable';

/**
 * The states of a crop-hospital consultation ticket (庄稼医院问诊单): `open` (symptoms
 * reported) → `diagnosed` → `prescribed` → `followedUp` (the problem persists; it may be
 * diagnosed or prescribed again) or `closed` (resolved).
 */
export const TICKET_STATUSES = ['open', 'diagnosed', 'prescribed', 'followedUp', 'closed'] as const;

/** One of {@link TICKET_STATUSES}. */
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** What kind of problem a diagnosis found. */
export const PROBLEM_KINDS = ['pest', 'disease', 'weed', 'nutrient', 'weather', 'other'] as const;

/** One of {@link PROBLEM_KINDS}. */
export type ProblemKind = (typeof PROBLEM_KINDS)[number];

/** Outcomes a follow-up records; `resolved` closes the ticket. */
export const FOLLOW_UP_OUTCOMES = ['resolved', 'improved', 'unchanged', 'worse'] as const;

/** One of {@link FOLLOW_UP_OUTCOMES}. */
export type FollowUpOutcome = (typeof FOLLOW_UP_OUTCOMES)[number];

/** A member's request for help with a crop: what is seen, photos, where. */
export interface TicketOpening {
  /** The ticket id, unique within the crop hospital. */
  readonly id: string;
  /** The member (farmer household) asking. */
  readonly memberId: string;
  /** The plot, if known. */
  readonly plotId?: string | undefined;
  /** The crop, an id of the crop nutrient table. */
  readonly crop: string;
  /** The symptoms as the member describes them (yellowing leaves, aphids on ears…). */
  readonly symptoms: readonly string[];
  /** Links to photos (http or https), at most nine. */
  readonly photoUrls?: readonly string[] | undefined;
  /** The day the ticket is opened, `YYYY-MM-DD`. */
  readonly openedOn: string;
}

/** An expert's diagnosis. */
export interface Diagnosis {
  /** The day of the diagnosis, not before the ticket was opened. */
  readonly diagnosedOn: string;
  /** The kind of problem. */
  readonly kind: ProblemKind;
  /** The problem named in every locale (wheat aphid, 麦蚜). */
  readonly problem: LocalizedText;
  /** The expert (agronomist) who made it: an id, never a personal name in logs. */
  readonly diagnosedBy: string;
  /** Notes for the member. */
  readonly notes?: string | undefined;
}

/** One product of a prescription: how much per mu, and when to apply it. */
export interface PrescriptionItem {
  /** The pesticide, an id of the pesticide catalogue. */
  readonly pesticideId: string;
  /** The dose per mu. */
  readonly dosePerMu: DosePerMu;
  /** The (last) day it is applied. */
  readonly applicationDate: string;
}

/** A prescription as the expert writes it. */
export interface Prescription {
  /** The day it is written. */
  readonly prescribedOn: string;
  /** The day the crop is planned to be harvested, for the pre-harvest interval check. */
  readonly plannedHarvestDate: string;
  /** The products, one or more. */
  readonly items: readonly PrescriptionItem[];
  /** Notes for the member (mixing, protective gear, re-entry). */
  readonly notes?: string | undefined;
}

/** A prescription item as issued: with the label figures it was checked against. */
export interface CheckedPrescriptionItem extends PrescriptionItem {
  /** The product's registration number. */
  readonly registrationNumber: string;
  /** The product's toxicity class. */
  readonly toxicity: ToxicityClass;
  /** The pre-harvest interval for the ticket's crop, in days. */
  readonly preHarvestIntervalDays: number;
  /** The first day harvest is safe: the application date plus the interval. */
  readonly safeHarvestFrom: string;
}

/** A prescription as issued, every item checked. */
export interface IssuedPrescription extends Omit<Prescription, 'items'> {
  /** The checked items. */
  readonly items: readonly CheckedPrescriptionItem[];
}

/** A follow-up visit or call. */
export interface FollowUp {
  /** The day of the follow-up. */
  readonly followedUpOn: string;
  /** How the crop is doing. */
  readonly outcome: FollowUpOutcome;
  /** Notes. */
  readonly notes?: string | undefined;
}

/** A consultation ticket with its whole history, as stored under `agriInput.ticket`. */
export interface ConsultationTicket {
  /** The ticket id. */
  readonly id: string;
  /** The member asking. */
  readonly memberId: string;
  /** The plot, if known. */
  readonly plotId?: string | undefined;
  /** The crop. */
  readonly crop: string;
  /** The symptoms reported. */
  readonly symptoms: readonly string[];
  /** Photo links. */
  readonly photoUrls: readonly string[];
  /** The day it was opened. */
  readonly openedOn: string;
  /** Where it stands. */
  readonly status: TicketStatus;
  /** The latest diagnosis, or `null` before one. */
  readonly diagnosis: Diagnosis | null;
  /** The prescriptions issued, oldest first. */
  readonly prescriptions: readonly IssuedPrescription[];
  /** The follow-ups, oldest first. */
  readonly followUps: readonly FollowUp[];
}

const Text = (what: string, max: number) =>
  z
    .string({ error: `${what} must be text` })
    .min(1, { error: `${what} may not be empty` })
    .max(max, { error: `${what} may be at most ${max} characters` });

const PhotoUrlSchema = z
  .url({ protocol: /^https?$/, error: 'a photo link must be an http or https URL' })
  .max(2_048);

/** Schema of {@link TicketOpening}. */
export const TicketOpeningSchema = z.strictObject({
  id: RecordIdSchema,
  memberId: Text('a member id', 256),
  plotId: z.optional(RecordIdSchema),
  crop: CropIdSchema,
  symptoms: z.array(Text('a symptom', 500)).min(1, { error: 'describe at least one symptom' }).max(20),
  photoUrls: z.array(PhotoUrlSchema).max(9, { error: 'at most nine photos' }).optional(),
  openedOn: AgriDateSchema,
});

/** Schema of {@link Diagnosis}. */
export const DiagnosisSchema = z.strictObject({
  diagnosedOn: AgriDateSchema,
  kind: z.enum(PROBLEM_KINDS),
  problem: LocalizedTextSchema,
  diagnosedBy: Text('an expert id', 256),
  notes: Text('a note', 2_000).optional(),
});

/** Schema of {@link PrescriptionItem}. */
export const PrescriptionItemSchema = z.strictObject({
  pesticideId: RecordIdSchema,
  dosePerMu: DosePerMuSchema,
  applicationDate: AgriDateSchema,
});

/** Schema of {@link Prescription}. */
export const PrescriptionSchema = z.strictObject({
  prescribedOn: AgriDateSchema,
  plannedHarvestDate: AgriDateSchema,
  items: z
    .array(PrescriptionItemSchema)
    .min(1, { error: 'a prescription names at least one product' })
    .max(20),
  notes: Text('a note', 2_000).optional(),
});

/** Schema of {@link FollowUp}. */
export const FollowUpSchema = z.strictObject({
  followedUpOn: AgriDateSchema,
  outcome: z.enum(FOLLOW_UP_OUTCOMES),
  notes: Text('a note', 2_000).optional(),
});

const CheckedItemSchema = PrescriptionItemSchema.extend({
  registrationNumber: z.string().min(1).max(64),
  toxicity: z.enum(TOXICITY_CLASSES),
  preHarvestIntervalDays: z.number().int().min(0).max(365),
  safeHarvestFrom: AgriDateSchema,
});

/** Schema of {@link ConsultationTicket}, to read stored tickets back. */
export const ConsultationTicketSchema = z.strictObject({
  id: RecordIdSchema,
  memberId: Text('a member id', 256),
  plotId: z.optional(RecordIdSchema),
  crop: CropIdSchema,
  symptoms: z.array(Text('a symptom', 500)).min(1).max(20),
  photoUrls: z.array(PhotoUrlSchema).max(9),
  openedOn: AgriDateSchema,
  status: z.enum(TICKET_STATUSES),
  diagnosis: DiagnosisSchema.nullable(),
  prescriptions: z
    .array(PrescriptionSchema.extend({ items: z.array(CheckedItemSchema).min(1).max(20) }))
    .max(100),
  followUps: z.array(FollowUpSchema).max(100),
});
