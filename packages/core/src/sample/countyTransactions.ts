import type { Transaction } from '../accounts/transaction';
import type {
  County,
  CountyDelivery,
  CountyFeePayment,
  CountyInputPurchase,
  CountyTrusteeshipContract,
  Household,
} from './county';
import { readCounty } from './countySchema';

/** The parts of a county its member transactions are read from. @internal */
export interface TransactionSource {
  readonly households: readonly Pick<Household, 'id' | 'cooperativeId' | 'joinedOn'>[];
  readonly deliveries: readonly CountyDelivery[];
  readonly inputPurchases: readonly CountyInputPurchase[];
  readonly trusteeshipContracts: readonly CountyTrusteeshipContract[];
  readonly feePayments: readonly CountyFeePayment[];
}

/** Thousandths of a number given to at most 3 decimals (every sample weight has at most 1). */
function milli(value: number): number {
  return Math.round(value * 1000);
}

/**
 * A delivery's net weight in grams and its amount in fen, as core's `priceDelivery` prices it:
 * `round_half_up(net grams × price per kg / 1000)`.
 * @internal
 */
export function priceSampleDelivery(delivery: CountyDelivery): { netMilli: number; amount: number } {
  let netMilli = milli(delivery.grossKg);
  for (const d of delivery.deductions ?? []) netMilli -= milli(d.kg);
  return { netMilli, amount: Math.floor((netMilli * delivery.unitPrice + 500) / 1000) };
}

/** One member transaction as the records give it, before it is built into a {@link Transaction}. */
interface TransactionParts {
  readonly id: string;
  readonly cooperativeId: string;
  readonly memberId: string;
  readonly kind: 'produceDelivery' | 'inputPurchase' | 'serviceFee';
  readonly date: string;
  readonly amount: number;
  /** Net grams of a delivery. */
  readonly netMilli?: number;
  readonly sourceId: string;
}

/**
 * Visits the member transactions of a county's records: deliveries, then purchases made as a
 * member, then paid fees to the household's own co-op's service centre made as a member.
 */
function eachTransaction(source: TransactionSource, visit: (t: TransactionParts) => void): void {
  const members = new Map(source.households.map((h) => [h.id, h]));
  for (const d of source.deliveries) {
    const { netMilli, amount } = priceSampleDelivery(d);
    visit({
      id: d.id,
      cooperativeId: d.cooperativeId,
      memberId: d.memberId,
      kind: 'produceDelivery',
      date: d.deliveredOn,
      amount,
      netMilli,
      sourceId: d.id,
    });
  }
  for (const p of source.inputPurchases) {
    const member = members.get(p.memberId);
    if (member === undefined || p.date < member.joinedOn) continue;
    visit({
      id: p.id,
      cooperativeId: member.cooperativeId,
      memberId: p.memberId,
      kind: 'inputPurchase',
      date: p.date,
      amount: p.amountFen,
      sourceId: p.id,
    });
  }
  const contracts = new Map(source.trusteeshipContracts.map((c) => [c.id, c]));
  for (const f of source.feePayments) {
    const member = members.get(f.memberId);
    const contract = contracts.get(f.contractId);
    if (member === undefined || contract === undefined || f.paidOn === undefined) continue;
    // A fee is a member transaction only with the household's own co-op, once it is a member (Art. 41).
    if (contract.cooperativeId !== member.cooperativeId || f.paidOn < member.joinedOn) continue;
    visit({
      id: f.id,
      cooperativeId: contract.cooperativeId,
      memberId: f.memberId,
      kind: 'serviceFee',
      date: f.paidOn,
      amount: f.amountPaidFen ?? 0,
      sourceId: f.contractId,
    });
  }
}

/** @internal The member transactions of a county's records, in the order of {@link countyTransactions}. */
export function transactionsOf(source: TransactionSource): Transaction[] {
  const out: Transaction[] = [];
  eachTransaction(source, (t) => {
    out.push({
      id: t.id,
      cooperativeId: t.cooperativeId,
      counterparty: { type: 'member', memberId: t.memberId },
      kind: t.kind,
      date: t.date,
      amount: t.amount,
      ...(t.netMilli === undefined ? {} : { volume: { unit: 'kg' as const, milli: t.netMilli } }),
      sourceId: t.sourceId,
    });
  });
  return out;
}

/** @internal Each member's transaction amount by calendar year, in fen. */
export function transactionTotalsByYear(source: TransactionSource): Map<string, Map<number, number>> {
  const totals = new Map<string, Map<number, number>>();
  eachTransaction(source, (t) => {
    const year = Number(t.date.slice(0, 4));
    let byYear = totals.get(t.memberId);
    if (byYear === undefined) {
      byYear = new Map();
      totals.set(t.memberId, byYear);
    }
    byYear.set(year, (byYear.get(year) ?? 0) + t.amount);
  });
  return totals;
}

/**
 * The transactions a county's records post to its member accounts (Art. 43), ready for
 * `hz.cooperatives.postTransactions` or a `MemberLedger`: each delivery as `produceDelivery`
 * (priced as `priceDelivery` prices it, net weight as volume, the delivery's id), each input
 * purchase as `inputPurchase` with the household's co-op, and each paid trusteeship fee as
 * `serviceFee` when the service centre's co-op is the household's own (a fee to another co-op's
 * centre is a non-member transaction of that co-op and is left out). Deliveries first, then
 * purchases, then fees, each in the county's order.
 *
 * Post these, or record the deliveries through the marketing ledger, not both: a delivery would
 * count twice.
 *
 * @throws HezuoError `INVALID_INPUT` (path `county`, …) when a field they are computed from is
 *   missing or of the wrong type
 *
 * @example
 * ```ts
 * const county = generateCounty({ seed: 7 });
 * const first = county.cooperatives[0].cooperative.id;
 * const itsTransactions = countyTransactions(county).filter((t) => t.cooperativeId === first);
 * ```
 */
export function countyTransactions(county: County): Transaction[] {
  return transactionsOf(readCounty(county));
}
