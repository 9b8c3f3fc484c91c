import type { LocalizedText } from '@hezuo/core';
import type { ServiceUnit, TrusteeshipOperation } from '../catalogue/operations';
import type { SeasonWindow } from '../catalogue/seasonWindow';

/** A quoted service of a menu quote: the operation, the quantity, the unit price and the amount. */
export interface ServiceQuoteLine {
  /** `service`. */
  readonly kind: 'service';
  /** The catalogue service. */
  readonly serviceId: string;
  /** Its operation. */
  readonly operation: TrusteeshipOperation;
  /** Its name, in both locales. */
  readonly name: LocalizedText;
  /** The unit the price is per. */
  readonly unit: ServiceUnit;
  /** How many units: the total area of the plots in mu, or the tonnes given. */
  readonly quantity: number;
  /** The price per unit, in fen, for all passes. */
  readonly unitPriceFen: number;
  /** How many passes the price covers. */
  readonly passes: number;
  /** The days of the year the operation is done in. */
  readonly window: SeasonWindow;
  /** `unitPriceFen × quantity`, rounded half-up once to the fen. */
  readonly amountFen: number;
}

/** The volume discount of a menu quote: a negative line. */
export interface VolumeDiscountQuoteLine {
  /** `volumeDiscount`. */
  readonly kind: 'volumeDiscount';
  /** What it is, in both locales. */
  readonly description: LocalizedText;
  /** The threshold of the rule that applied, in mu. */
  readonly minAreaMu: number;
  /** The rule's discount rate. */
  readonly discountRate: number;
  /** The services' subtotal the rate applies to, in fen. */
  readonly baseFen: number;
  /** `−(baseFen × discountRate)`, rounded half-up once to the fen; negative. */
  readonly amountFen: number;
}

/** The package fee of one plot for one season under full trusteeship. */
export interface PackageFeeQuoteLine {
  /** `packageFee`. */
  readonly kind: 'packageFee';
  /** The plot. */
  readonly plotId: string;
  /** What it is, in both locales. */
  readonly description: LocalizedText;
  /** The plot's contract area, in mu. */
  readonly quantity: number;
  /** `mu`. */
  readonly unit: 'mu';
  /** The fee per mu per season, in fen. */
  readonly unitPriceFen: number;
  /** `unitPriceFen × quantity`, rounded half-up once to the fen. */
  readonly amountFen: number;
}

/** One line of a quote. */
export type QuoteLine = ServiceQuoteLine | VolumeDiscountQuoteLine | PackageFeeQuoteLine;
