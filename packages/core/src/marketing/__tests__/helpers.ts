import { HezuoError, isHezuoError } from '../../errors/HezuoError';
import type { Delivery } from '../delivery';
import type { Order } from '../order';

/** The HezuoError `fn` throws; fails the test when it returns or throws something else. */
export function thrown(fn: () => unknown): { code: string; path: readonly (string | number)[] } {
  try {
    fn();
  } catch (error) {
    if (isHezuoError(error)) return { code: error.code, path: [...error.path] };
    throw error;
  }
  throw new HezuoError('INVALID_INPUT', 'expected a HezuoError, but the call returned');
}

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
