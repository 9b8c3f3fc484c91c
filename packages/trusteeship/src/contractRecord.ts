import { IsoDateSchema, RecordIdSchema } from '@hezuo/core';
import { z } from 'zod';

/** The store kind of trusteeship contracts: `trusteeship.contract`. */
export const TRUSTEESHIP_CONTRACT_KIND = 'trusteeship.contract';

/**
 * The life of a trusteeship contract (托管合同): `draft` (proposed, not binding), `signed`,
 * `active` (work under way), `completed` (work done), `settled` (fees paid), or `terminated`
 * (ended early).
 */
export const TRUSTEESHIP_CONTRACT_STATUSES = [
  'draft',
  'signed',
  'active',
  'completed',
  'settled',
  'terminated',
] as const;

/** One of {@link TRUSTEESHIP_CONTRACT_STATUSES}. */
export type TrusteeshipContractStatus = (typeof TRUSTEESHIP_CONTRACT_STATUSES)[number];

/** Schema of {@link TrusteeshipContractStatus}. */
export const TrusteeshipContractStatusSchema = z.enum(TRUSTEESHIP_CONTRACT_STATUSES);

/**
 * Schema of a trusteeship contract record as stored under {@link TRUSTEESHIP_CONTRACT_KIND}:
 * a land trusteeship (土地托管) agreement between the cooperative's service centre and one member.
 */
export const TrusteeshipContractRecordSchema = z.strictObject({
  /** The contract id, unique within the kind. */
  id: RecordIdSchema,
  /** The member (farmer household) whose land is under trusteeship. */
  memberId: z.string().min(1, { error: 'a member id may not be empty' }).max(256),
  /** The land area under contract, in mu (亩): finite and greater than zero. */
  areaMu: z
    .number({ error: 'an area must be a number of mu' })
    .positive({ error: 'the area under contract must be greater than zero' })
    .refine(Number.isFinite, { error: 'an area must be finite' }),
  /** Where the contract is in its life. */
  status: TrusteeshipContractStatusSchema,
  /** The day the trusteeship starts, `YYYY-MM-DD`. */
  startDate: IsoDateSchema,
});

/** A trusteeship contract record; see {@link TrusteeshipContractRecordSchema}. */
export interface TrusteeshipContractRecord {
  /** The contract id, unique within {@link TRUSTEESHIP_CONTRACT_KIND}. */
  readonly id: string;
  /** The member (farmer household) whose land is under trusteeship. */
  readonly memberId: string;
  /** The land area under contract, in mu (亩), greater than zero. */
  readonly areaMu: number;
  /** Where the contract is in its life. */
  readonly status: TrusteeshipContractStatus;
  /** The day the trusteeship starts, `YYYY-MM-DD`. */
  readonly startDate: string;
}
