import fc from 'fast-check';
import type { FuzzTarget } from '../../testing';
import {
  type Delivery,
  deliveryToTransaction,
  type InputPurchase,
  inputPurchaseTransaction,
  type MatchDeliveriesInput,
  matchDeliveries,
  priceDelivery,
  quantityToVolume,
  type ServiceFee,
  type SettleMatchesInput,
  serviceFeeTransaction,
  settleMatches,
  volumeToDecimalString,
} from '../index';
import { deliveriesArb, ordersArb } from './arbitraries';

const quantity = fc.oneof(
  fc.constantFrom('1250.5', '0.001', '1.2345', '-1', '1e3', '9007199254740.991', '9007199254740.992'),
  fc.double({ min: -10, max: 1e6, noNaN: true }),
  fc.nat(),
);

/** A valid delivery with one field replaced by something odd, so validation paths get exercised. */
const deliveryArb: fc.Arbitrary<unknown> = fc
  .tuple(
    deliveriesArb.filter((ds) => ds.length > 0).map((ds) => ds[0] as Delivery),
    fc.constantFrom('grossKg', 'unitPrice', 'deductions', 'deliveredOn', 'none'),
    fc.oneof(
      quantity,
      fc.array(fc.record({ reason: fc.string(), kg: quantity, fen: fc.integer() }), { maxLength: 3 }),
    ),
  )
  .map(([d, field, value]) => (field === 'none' ? d : { ...d, [field]: value }));

const counterparty = fc.oneof(
  fc.record({ type: fc.constant('member'), memberId: fc.constantFrom('m1', '') }),
  fc.record({ type: fc.constant('nonMember'), name: fc.constantFrom('张三', '') }),
);

const purchaseArb = fc.record({
  id: fc.constantFrom('t1', ''),
  cooperativeId: fc.constant('coop-1'),
  counterparty,
  purchasedOn: fc.constantFrom('2026-03-02', '2026-02-30'),
  renderedOn: fc.constantFrom('2026-03-02', '2026-02-30'),
  quantity,
  unit: fc.constantFrom('kg', 'bag', 'mu', 'tonne'),
  unitPrice: fc.oneof(fc.nat(), fc.maxSafeNat(), fc.constant(-1)),
  discountFen: fc.oneof(fc.nat(), fc.maxSafeNat()),
});

const matchInputArb: fc.Arbitrary<unknown> = fc
  .tuple(deliveriesArb, ordersArb, fc.nat({ max: 3 }))
  .map(([deliveries, orders, mode]) => {
    const { matches } = matchDeliveries({ deliveries, orders });
    // Mode 0: valid; 1: matches doubled (over-fill); 2: a match with its milli bumped; 3: duplicate ids.
    if (mode === 1) return { deliveries, orders, existingMatches: [...matches, ...matches] };
    if (mode === 2 && matches[0])
      return { deliveries, orders, existingMatches: [{ ...matches[0], milli: matches[0].milli + 1 }] };
    if (mode === 3) return { deliveries: [...deliveries, ...deliveries], orders };
    return { deliveries, orders, existingMatches: matches.slice(0, 2) };
  });

const settleInputArb: fc.Arbitrary<unknown> = fc
  .tuple(deliveriesArb, ordersArb, fc.oneof(fc.constantFrom(0, '0.03', 1, 1.5, '-0.1', 'x'), fc.double()))
  .map(([deliveries, orders, commissionRate]) => ({
    deliveries,
    orders,
    matches: matchDeliveries({ deliveries, orders }).matches,
    commissionRate,
  }));

/** Every input-taking export of the marketing ledger, keyed by its export name. */
export const MARKETING_FUZZ_TARGETS: Record<string, FuzzTarget> = {
  quantityToVolume: {
    name: 'quantityToVolume',
    arity: 2,
    call: (q, unit) => quantityToVolume(q as string, unit as 'kg'),
    nearlyValid: [quantity, fc.constantFrom('kg', 'mu', undefined, 'tonne')],
  },
  volumeToDecimalString: {
    name: 'volumeToDecimalString',
    arity: 1,
    call: (v) => volumeToDecimalString(v as number),
    nearlyValid: [
      fc.oneof(fc.maxSafeNat(), fc.record({ unit: fc.constantFrom('kg', 'ton'), milli: fc.integer() })),
    ],
  },
  priceDelivery: {
    name: 'priceDelivery',
    arity: 1,
    call: (d) => priceDelivery(d as Delivery),
    nearlyValid: [deliveryArb],
  },
  deliveryToTransaction: {
    name: 'deliveryToTransaction',
    arity: 1,
    call: (d) => deliveryToTransaction(d as Delivery),
    nearlyValid: [deliveryArb],
  },
  inputPurchaseTransaction: {
    name: 'inputPurchaseTransaction',
    arity: 1,
    call: (p) => inputPurchaseTransaction(p as InputPurchase),
    nearlyValid: [purchaseArb.map(({ renderedOn: _, ...p }) => p)],
  },
  serviceFeeTransaction: {
    name: 'serviceFeeTransaction',
    arity: 1,
    call: (f) => serviceFeeTransaction(f as ServiceFee),
    nearlyValid: [purchaseArb.map(({ purchasedOn: _, ...f }) => f)],
  },
  matchDeliveries: {
    name: 'matchDeliveries',
    arity: 1,
    call: (input) => matchDeliveries(input as MatchDeliveriesInput),
    nearlyValid: [matchInputArb],
  },
  settleMatches: {
    name: 'settleMatches',
    arity: 1,
    call: (input) => settleMatches(input as SettleMatchesInput),
    nearlyValid: [settleInputArb],
  },
};
