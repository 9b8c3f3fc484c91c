import { FenSchema, IsoDateSchema } from '@hezuo/core';
import { z } from 'zod';
import { MemberRefSchema, RequestIdSchema, WireDecimalSchema, WireInstantSchema } from './wireTypes';

/**
 * The REST contract between a cooperative (the host) and an agricultural insurer, as zod
 * schemas: the source of the OpenAPI document `docs/contracts/insurer.openapi.json`.
 *
 * - `POST /quotes` ({@link InsuranceQuoteRequestSchema} → {@link InsuranceQuoteSchema})
 * - `POST /policies` ({@link BindPolicyRequestSchema} → {@link InsurancePolicySchema}): bind a quote
 * - `POST /claims` ({@link ClaimRequestSchema} → {@link ClaimStatusSchema})
 * - `GET /claims/{id}` (→ {@link ClaimStatusSchema})
 */

/** Schema of a quote request (询价): the crop, cover and area to insure. */
export const InsuranceQuoteRequestSchema = z.strictObject({
  /** The sender's id; the default `Idempotency-Key`. */
  quoteRequestId: RequestIdSchema,
  /** The member's pseudonymous reference. */
  memberRef: MemberRefSchema,
  /** The crop (e.g. `winter-wheat`). */
  crop: z.string().min(1).max(128),
  /** The county's administrative division code (6 digits). */
  countyCode: z.string().regex(/^\d{6}$/, { error: 'a county code is 6 digits' }),
  /** Sum insured per mu, in fen. */
  sumInsuredPerMuFen: FenSchema.check(z.gte(1)),
  /** The area to insure, mu (a decimal string). */
  areaMu: WireDecimalSchema,
  /** The first day of cover. */
  coverStart: IsoDateSchema,
  /** The last day of cover. */
  coverEnd: IsoDateSchema,
  /** The trusteeship contracts the area was checked against, if any. */
  trusteeshipContractIds: z.array(z.string().min(1).max(256)).max(100).optional(),
});

/** A quote request; see {@link InsuranceQuoteRequestSchema}. */
export type InsuranceQuoteRequest = z.infer<typeof InsuranceQuoteRequestSchema>;

/** Schema of the split of a premium between payers, in fen. */
export const PremiumSharesSchema = z.object({
  /** Central finance. */
  centreFen: FenSchema,
  /** The province. */
  provinceFen: FenSchema,
  /** The county. */
  countyFen: FenSchema,
  /** The farmer. */
  farmerFen: FenSchema,
});

/** Schema of the insurer's quote (报价). */
export const InsuranceQuoteSchema = z.object({
  /** The insurer's id of the quote. */
  id: z.string().min(1).max(128),
  /** The request quoted. */
  quoteRequestId: RequestIdSchema,
  /** The premium rate. */
  premiumRate: WireDecimalSchema,
  /** Sum insured for the area, in fen. */
  sumInsuredFen: FenSchema,
  /** The premium, in fen. */
  premiumFen: FenSchema,
  /** Who pays the premium. */
  shares: PremiumSharesSchema,
  /** The last day the quote may be bound. */
  validUntil: IsoDateSchema,
});

/** A quote; see {@link InsuranceQuoteSchema}. */
export type InsuranceQuote = z.infer<typeof InsuranceQuoteSchema>;

/** Schema of a request to bind a quote into a policy (投保). */
export const BindPolicyRequestSchema = z.strictObject({
  /** The sender's id; the default `Idempotency-Key`. */
  bindRequestId: RequestIdSchema,
  /** The quote to bind. */
  quoteId: z.string().min(1).max(128),
  /** The member's pseudonymous reference. */
  memberRef: MemberRefSchema,
  /** The farmer's premium payment reference, if paid. */
  paymentReference: z.string().min(1).max(128).optional(),
});

/** A bind request; see {@link BindPolicyRequestSchema}. */
export type BindPolicyRequest = z.infer<typeof BindPolicyRequestSchema>;

/** Schema of a policy (保单). */
export const InsurancePolicySchema = z.object({
  /** The insurer's policy number. */
  id: z.string().min(1).max(128),
  /** The quote it came from. */
  quoteId: z.string().min(1).max(128),
  /** Where it stands. */
  status: z.enum(['bound', 'active', 'cancelled', 'expired']),
  /** The first day of cover. */
  coverStart: IsoDateSchema,
  /** The last day of cover. */
  coverEnd: IsoDateSchema,
  /** The premium, in fen. */
  premiumFen: FenSchema,
  /** What the farmer pays of it, in fen. */
  farmerPaysFen: FenSchema,
});

/** A policy; see {@link InsurancePolicySchema}. */
export type InsurancePolicy = z.infer<typeof InsurancePolicySchema>;

/** Schema of a claim report (报案). */
export const ClaimRequestSchema = z.strictObject({
  /** The sender's id; the default `Idempotency-Key`. */
  claimRequestId: RequestIdSchema,
  /** The policy. */
  policyId: z.string().min(1).max(128),
  /** The day of the loss. */
  lossDate: IsoDateSchema,
  /** The growth stage of the crop at the loss. */
  growthStage: z.string().min(1).max(64),
  /** The cause (e.g. `hail`, `drought`, `flood`). */
  cause: z.string().min(1).max(128),
  /** The damaged area, mu (a decimal string). */
  damagedAreaMu: WireDecimalSchema,
  /** The loss rate the cooperative estimates, if any (the insurer surveys its own). */
  estimatedLossRate: WireDecimalSchema.optional(),
});

/** A claim report; see {@link ClaimRequestSchema}. */
export type ClaimRequest = z.infer<typeof ClaimRequestSchema>;

/** Where a claim stands. */
export const CLAIM_STATUSES = ['received', 'surveying', 'assessed', 'paid', 'rejected'] as const;

/** Schema of a claim's status at the insurer. */
export const ClaimStatusSchema = z.object({
  /** The insurer's claim number. */
  id: z.string().min(1).max(128),
  /** The report. */
  claimRequestId: RequestIdSchema,
  /** The policy. */
  policyId: z.string().min(1).max(128),
  /** Where it stands. */
  status: z.enum(CLAIM_STATUSES),
  /** The assessed loss rate. */
  assessedLossRate: WireDecimalSchema.optional(),
  /** The indemnity, in fen, once assessed. */
  payableFen: z.optional(FenSchema),
  /** When the status last changed. */
  updatedAt: WireInstantSchema,
});

/** A claim's status; see {@link ClaimStatusSchema}. */
export type ClaimStatus = z.infer<typeof ClaimStatusSchema>;
