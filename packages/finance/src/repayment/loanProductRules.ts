import { NonNegativeDecimalSchema } from '@hezuo/core';
import { z } from 'zod';

/** What a repayment can pay: penalty interest (罚息), interest (利息), principal (本金). */
export const ALLOCATION_BUCKETS = ['penalty', 'interest', 'principal'] as const;

/** One of {@link ALLOCATION_BUCKETS}. */
export type AllocationBucket = (typeof ALLOCATION_BUCKETS)[number];

/**
 * The order a repayment pays what is due: penalty, then interest, then principal (先罚息、后利息、
 * 再本金), the usual clause of Chinese loan contracts. Data, so a product can say otherwise.
 */
export const DEFAULT_ALLOCATION_ORDER: readonly AllocationBucket[] = Object.freeze([
  'penalty',
  'interest',
  'principal',
]);

/** Schema of an allocation order: each of {@link ALLOCATION_BUCKETS} exactly once. */
export const AllocationOrderSchema = z
  .array(z.enum(ALLOCATION_BUCKETS))
  .length(3, { error: 'an allocation order lists penalty, interest and principal, each once' })
  .refine((order) => new Set(order).size === 3, {
    error: 'an allocation order lists penalty, interest and principal, each once',
  });

/**
 * After an early repayment (提前还款) of part of the principal: `reamortise` keeps the maturity
 * and lowers the installments (缩减月供); `shorten` keeps the installment and ends sooner (缩短期限).
 */
export const PREPAYMENT_MODES = ['reamortise', 'shorten'] as const;

/** One of {@link PREPAYMENT_MODES}. */
export type PrepaymentMode = (typeof PREPAYMENT_MODES)[number];

/**
 * What happens to money beyond everything owed: `refuse` the repayment (nothing changes) or
 * accept it and `refund` the excess.
 */
export const OVERPAYMENT_POLICIES = ['refuse', 'refund'] as const;

/**
 * What overdue penalty interest accrues on: overdue `principal` only, or overdue principal and
 * interest (`principalAndInterest`: compound interest on unpaid interest at the penalty rate, 复利).
 */
export const PENALTY_BASES = ['principal', 'principalAndInterest'] as const;

/**
 * Schema of a loan product's repayment rules (还款规则) as data. The penalty rate on overdue
 * amounts is the contract rate × (1 + `penaltySurchargeRate`): the PBOC's 2003 notice (银发〔2003〕
 * 251号) set the surcharge at 30 % to 50 %; 50 % is the common contract clause and the default.
 */
export const LoanProductRulesSchema = z.strictObject({
  /** Surcharge on the contract rate for overdue amounts, a decimal from 0 to 1; `'0.5'` by default. */
  penaltySurchargeRate: z._default(
    NonNegativeDecimalSchema.check(
      z.refine((r) => Number(r) <= 1, {
        error: 'the penalty surcharge is a decimal from 0 to 1 (0.5 for +50 %)',
      }),
    ),
    '0.5',
  ),
  /** What penalty interest accrues on; `principalAndInterest` by default. */
  penaltyOn: z.enum(PENALTY_BASES).default('principalAndInterest'),
  /** The order a repayment pays what is due; {@link DEFAULT_ALLOCATION_ORDER} by default. */
  allocationOrder: AllocationOrderSchema.default(['penalty', 'interest', 'principal']),
  /** What an early repayment does to the rest of the schedule; `reamortise` by default. */
  prepayment: z.enum(PREPAYMENT_MODES).default('reamortise'),
  /** What happens to money beyond everything owed; `refuse` by default. */
  overpayment: z.enum(OVERPAYMENT_POLICIES).default('refuse'),
});

/** Rules as given; see {@link LoanProductRulesSchema}. */
export type LoanProductRulesInput = z.input<typeof LoanProductRulesSchema>;

/** Rules with defaults filled in. */
export type LoanProductRules = z.output<typeof LoanProductRulesSchema>;
