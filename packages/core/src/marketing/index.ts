/**
 * 产销对接 — the marketing ledger (DESIGN §3.5): members' deliveries priced exactly, matched to
 * buyers' orders first in first out, settled to the fen, and posted to member accounts as
 * transactions (Arts. 41, 43).
 *
 * @module
 */
export {
  type Deduction,
  DeductionReasonSchema,
  DeductionSchema,
  type Delivery,
  DeliverySchema,
  type PricedDelivery,
  priceDelivery,
} from './delivery';
export { type Match, MatchSchema } from './ledger';
export {
  type MatchDeliveriesInput,
  MatchDeliveriesInputSchema,
  type MatchResult,
  matchDeliveries,
  type OpenOrder,
  type UnmatchedDelivery,
} from './match';
export {
  BUYER_TYPE_LABELS,
  BUYER_TYPES,
  type Buyer,
  BuyerSchema,
  type BuyerType,
  type Order,
  OrderSchema,
} from './order';
export { ProduceCodeSchema } from './produce';
export { PositiveQuantitySchema, QuantitySchema, quantityToVolume, volumeToDecimalString } from './quantity';
export {
  CommissionRateSchema,
  type MemberSettlement,
  type OrderSettlement,
  type SettleMatchesInput,
  SettleMatchesInputSchema,
  type Settlement,
  type SettlementLine,
  type SettlementTotals,
  settleMatches,
} from './settlement';
export {
  deliveryToTransaction,
  type InputPurchase,
  InputPurchaseSchema,
  inputPurchaseTransaction,
  type ServiceFee,
  ServiceFeeSchema,
  serviceFeeTransaction,
} from './transactions';
