import type { Delivery } from '../delivery';
import type { Order } from '../order';

export { thrown } from '../../__tests__/thrown';

/** A delivery with defaults, for tests. */
export function delivery(fields: Partial<Delivery> & Pick<Delivery, 'id'>): Delivery {
  return {
    cooperativeId: 'coop-1',
    memberId: 'm1',
    crop: 'wheat',
    grade: 'first',
    deliveredOn: '2026-06-10',
    grossKg: 100,
    unitPrice: 260,
    ...fields,
  };
}

/** An order with defaults, for tests. */
export function order(fields: Partial<Order> & Pick<Order, 'id'>): Order {
  return {
    buyer: { id: 'b1', name: 'Buyer', type: 'supermarket' },
    crop: 'wheat',
    grade: 'first',
    quantityKg: 100,
    unitPrice: 300,
    orderedOn: '2026-06-01',
    ...fields,
  };
}
