import { EntityIdSchema, FenSchema, type LocalizedText } from '@hezuo/core';
import { z } from 'zod';
import type { ServiceUnit, TrusteeshipOperation } from '../catalogue/operations';

/**
 * Schema of a money entry a settlement nets: an input advance (农资垫付) the farmer owes, the
 * proceeds of the crop the co-op sold for the farmer, or a fee the farmer paid in advance.
 */
export const SettlementEntrySchema = z.strictObject({
  /** The entry's id (a purchase, a sale, a receipt). */
  id: EntityIdSchema,
  /** What it is, as shown on the statement. */
  description: z.string().min(1).max(200),
  /** The amount, in fen: at least 1. */
  amountFen: FenSchema.check(z.gte(1, { error: 'an amount must be at least 1 fen' })),
});

/** A money entry a settlement nets; see {@link SettlementEntrySchema}. */
export interface SettlementEntry {
  /** The entry's id. */
  readonly id: string;
  /** What it is. */
  readonly description: string;
  /** The amount, in fen. */
  readonly amountFen: number;
}

/**
 * What every settlement line has. `amountFen` is signed from the service centre's side: positive
 * is a charge the farmer owes (services, fees, the centre's part of a gain, input advances);
 * negative is a credit to the farmer (discounts, yield compensation, sale proceeds, prepayments).
 */
export interface SettlementLineBase {
  /** What the line is, in both locales. */
  readonly description: LocalizedText;
  /** The amount, in fen: positive the farmer owes it, negative it is owed to the farmer. */
  readonly amountFen: number;
}

/** A work order billed under a menu contract: actual area (or tonnes) × price ÷ passes. */
export interface ServiceSettlementLine extends SettlementLineBase {
  /** `service`. */
  readonly kind: 'service';
  /** The work order. */
  readonly workOrderId: string;
  /** The contract's service. */
  readonly serviceId: string;
  /** Its operation. */
  readonly operation: TrusteeshipOperation;
  /** The plot worked. */
  readonly plotId: string;
  /** The actual area (mu) or tonnes. */
  readonly quantity: number;
  /** The unit. */
  readonly unit: ServiceUnit;
  /** The contract price per unit, in fen, for all passes. */
  readonly unitPriceFen: number;
  /** The passes the price covers; the line bills one: `quantity × unitPriceFen ÷ passes`. */
  readonly passes: number;
}

/** The volume discount of a menu contract on the services billed. */
export interface VolumeDiscountSettlementLine extends SettlementLineBase {
  /** `volumeDiscount`. */
  readonly kind: 'volumeDiscount';
  /** The contract's discount rate. */
  readonly discountRate: number;
  /** The services billed, in fen. */
  readonly baseFen: number;
}

/** The package fee of one plot for one season of a full contract. */
export interface PackageFeeSettlementLine extends SettlementLineBase {
  /** `packageFee`. */
  readonly kind: 'packageFee';
  /** The season. */
  readonly season: string;
  /** The plot. */
  readonly plotId: string;
  /** The contract area, in mu. */
  readonly quantity: number;
  /** `mu`. */
  readonly unit: 'mu';
  /** The fee per mu per season, in fen. */
  readonly unitPriceFen: number;
}

/** What a plot's harvest is measured against in a season of a full contract. */
export interface YieldMeasure {
  /** The season. */
  readonly season: string;
  /** The plot. */
  readonly plotId: string;
  /** The guaranteed harvest: guaranteed yield × contract area, in kg. */
  readonly guaranteedKg: number;
  /** The harvest weighed, in kg. */
  readonly harvestKg: number;
  /** The price the harvest is valued at, in fen per kg. */
  readonly pricePerKgFen: number;
  /** The guaranteed harvest valued at the price, in fen (rounded half-up once). */
  readonly guaranteedValueFen: number;
  /** The harvest valued at the price, in fen (rounded half-up once). */
  readonly harvestValueFen: number;
}

/** A shortfall below the guaranteed yield, made good by the service centre (a credit). */
export interface YieldCompensationSettlementLine extends SettlementLineBase, YieldMeasure {
  /** `yieldCompensation`. */
  readonly kind: 'yieldCompensation';
}

/** A gain above the guaranteed yield, shared: the service centre's part is charged. */
export interface GainShareSettlementLine extends SettlementLineBase, YieldMeasure {
  /** `gainShare`. */
  readonly kind: 'gainShare';
  /** `harvestValueFen − guaranteedValueFen`, in fen. */
  readonly gainFen: number;
  /** The farmer's share of the gain. */
  readonly farmerShare: number;
  /** The part of the gain that stays with the farmer, in fen (`allocate`). */
  readonly farmerPartFen: number;
}

/** An input advance, the crop's sale proceeds, or a prepayment, netted in the settlement. */
export interface EntrySettlementLine extends SettlementLineBase {
  /** `inputAdvance` (a charge), `saleProceeds` or `prepayment` (credits). */
  readonly kind: 'inputAdvance' | 'saleProceeds' | 'prepayment';
  /** The entry's id. */
  readonly entryId: string;
}

/** One line of a settlement statement. */
export type SettlementLine =
  | ServiceSettlementLine
  | VolumeDiscountSettlementLine
  | PackageFeeSettlementLine
  | YieldCompensationSettlementLine
  | GainShareSettlementLine
  | EntrySettlementLine;

/** A guaranteed-yield claim: a plot-season harvested below its guarantee and compensated. */
export interface YieldClaim {
  /** The season. */
  readonly season: string;
  /** The plot. */
  readonly plotId: string;
  /** The day it was harvested. */
  readonly harvestedOn: string;
  /** The compensation paid, in fen. */
  readonly compensationFen: number;
}

/** A settlement statement (结算单) of one contract. */
export interface TrusteeshipSettlement {
  /** The contract. */
  readonly contractId: string;
  /** Its member. */
  readonly memberId: string;
  /** The kind of contract. */
  readonly kind: 'menu' | 'full';
  /** Every line, in statement order. */
  readonly lines: readonly SettlementLine[];
  /** The sum of the positive lines: what the farmer is charged, in fen. */
  readonly chargesFen: number;
  /** The sum of the negative lines, as a positive amount: what the farmer is credited, in fen. */
  readonly creditsFen: number;
  /** The sum of every line, `chargesFen − creditsFen`: positive the farmer pays, negative the centre pays. */
  readonly balanceFen: number;
  /** Who pays the balance. */
  readonly payer: 'farmer' | 'serviceCenter' | 'nobody';
  /** The balance as a positive amount, in fen. */
  readonly payableFen: number;
  /** The seasons settled under a full contract and the days they were harvested (empty for a menu contract). */
  readonly harvests: readonly { readonly season: string; readonly harvestedOn: string }[];
  /** The guaranteed-yield claims of a full contract (empty for a menu contract). */
  readonly yieldClaims: readonly YieldClaim[];
}
