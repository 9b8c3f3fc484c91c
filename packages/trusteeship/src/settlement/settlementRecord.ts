import { EntityIdSchema, FenSchema, IsoDateSchema, RecordIdSchema } from '@hezuo/core';
import { z } from 'zod';
import type { TrusteeshipSettlement } from './settlementLine';

/** The store kind of settlements: `trusteeship.settlement`, one per contract, under the contract's id. */
export const TRUSTEESHIP_SETTLEMENT_KIND = 'trusteeship.settlement';

/** A settlement as stored: the statement and the day the contract was settled. */
export interface TrusteeshipSettlementRecord extends TrusteeshipSettlement {
  /** The record id: the contract's id. */
  readonly id: string;
  /** The day the contract was settled. */
  readonly settledOn: string;
}

/**
 * Schema of the parts of a stored settlement the credit characteristics read: who, when, what
 * kind, and the guaranteed-yield claims. Other fields are kept in the store but not checked here.
 */
export const SettlementRecordSummarySchema = z.object({
  /** The record id: the contract's id. */
  id: RecordIdSchema,
  /** The contract. */
  contractId: RecordIdSchema,
  /** Its member. */
  memberId: z.string().min(1).max(256),
  /** The kind of contract. */
  kind: z.enum(['menu', 'full']),
  /** The day it was settled. */
  settledOn: IsoDateSchema,
  /** The seasons settled and their harvest dates. */
  harvests: z.array(z.object({ season: z.string().min(1).max(64), harvestedOn: IsoDateSchema })).max(100),
  /** The guaranteed-yield claims. */
  yieldClaims: z
    .array(
      z.object({
        season: z.string().min(1).max(64),
        plotId: EntityIdSchema,
        harvestedOn: IsoDateSchema,
        compensationFen: FenSchema.check(z.gte(1)),
      }),
    )
    .max(100_000),
});

/** The parts of a stored settlement the credit characteristics read; see {@link SettlementRecordSummarySchema}. */
export type SettlementRecordSummary = z.output<typeof SettlementRecordSummarySchema>;
