import { z } from 'zod';
import { EntityIdSchema } from '../cooperative/ids';
import { parseInput } from '../errors/fromZod';
import { HezuoError } from '../errors/HezuoError';
import { type Fen, FenSchema } from '../money/fen';
import { type ShareMovement, ShareMovementSchema } from './shareMovement';

// Built once at load: a schema is an object graph, too costly to rebuild on every call.
const MOVEMENTS_SCHEMA = z.array(ShareMovementSchema).max(1_000_000);
const MEMBER_IDS_SCHEMA = z.array(EntityIdSchema);

/** A member's capital on the share ledger, in fen. */
export interface ShareHolding {
  readonly memberId: string;
  /** Capital undertaken (认缴出资额). */
  readonly subscribed: Fen;
  /** Capital paid in (实缴出资额): the capital in the member account (Art. 43). */
  readonly paid: Fen;
  /** The part of `paid` contributed in kind (land-use rights, machinery, …). */
  readonly paidInKind: Fen;
}

type MutableHolding = { -readonly [K in keyof ShareHolding]: ShareHolding[K] };

/** Schema of {@link ShareLedgerState}. */
export const ShareLedgerStateSchema = z.strictObject({
  holdings: z.array(
    z.strictObject({
      memberId: EntityIdSchema,
      subscribed: FenSchema,
      paid: FenSchema,
      paidInKind: FenSchema,
    }),
  ),
  movementIds: z.array(EntityIdSchema),
  /** The date of the latest movement: movements are recorded in date order. */
  lastDate: z.string().nullable(),
});

/** A share ledger as plain data: every member's holding and the ids of the movements applied. */
export type ShareLedgerState = z.infer<typeof ShareLedgerStateSchema>;

/** An empty share ledger. */
export const EMPTY_SHARE_LEDGER: ShareLedgerState = Object.freeze({
  holdings: [],
  movementIds: [],
  lastDate: null,
});

/**
 * Applies share movements to a ledger, all or none, and returns the new ledger (the given one is
 * not changed). Rules: a payment never exceeds what the member subscribed and has not yet paid;
 * a transfer or refund never exceeds the paid-in capital and moves the same amount of
 * subscription; movements come in date order; ids are unique. `members`, when given, lists who
 * may hold shares (a transfer goes from member to member, Art. 19 area).
 *
 * @throws HezuoError `SHARE_LEDGER_RULE` (with the numbers), `NOT_A_MEMBER`, `DATE_ORDER`,
 * `INVALID_INPUT`, `INVALID_AMOUNT`, `AMOUNT_OVERFLOW`.
 *
 * @example
 * ```ts
 * const ledger = applyShareMovements(EMPTY_SHARE_LEDGER, [
 *   { type: 'subscription', id: 's1', memberId: 'M01', date: '2026-01-10', amount: 500_000 },
 *   { type: 'payment', id: 'p1', memberId: 'M01', date: '2026-01-10', amount: 200_000 },
 * ]);
 * shareHolding(ledger, 'M01'); // { memberId: 'M01', subscribed: 500000, paid: 200000, paidInKind: 0 }
 * ```
 */
export function applyShareMovements(
  state: ShareLedgerState,
  movements: readonly ShareMovement[],
  members?: readonly string[],
): ShareLedgerState {
  const current = parseInput(ShareLedgerStateSchema, state, { path: ['state'] });
  const valid = parseInput(MOVEMENTS_SCHEMA, movements, { path: ['movements'] });
  const allowed =
    members === undefined
      ? undefined
      : new Set(parseInput(MEMBER_IDS_SCHEMA, members, { path: ['members'] }));
  const holdings = new Map(current.holdings.map((h) => [h.memberId, { ...h }]));
  const ids = new Set(current.movementIds);
  let lastDate = current.lastDate;

  const holding = (memberId: string, path: (string | number)[]) => {
    if (allowed && !allowed.has(memberId)) {
      throw new HezuoError('NOT_A_MEMBER', `${memberId} is not a member`, { path });
    }
    let h = holdings.get(memberId);
    if (!h) {
      h = { memberId, subscribed: 0, paid: 0, paidInKind: 0 };
      holdings.set(memberId, h);
    }
    return h;
  };
  const rule = (message: string, path: (string | number)[], details: Record<string, unknown>): never => {
    throw new HezuoError('SHARE_LEDGER_RULE', message, { path, details });
  };
  const add = (a: number, b: number, path: (string | number)[]) => {
    const sum = a + b;
    if (!Number.isSafeInteger(sum))
      throw new HezuoError('AMOUNT_OVERFLOW', 'a holding would leave the safe integer range of fen', {
        path,
      });
    return sum;
  };

  /** Takes paid-in capital (and as much subscription) out of a holding, cash first; returns the part that was in kind. */
  const withdraw = (
    h: MutableHolding,
    amount: number,
    memberId: string,
    verb: string,
    path: (string | number)[],
  ) => {
    if (amount > h.paid) {
      rule(
        `${memberId} has ${h.paid} fen paid in, less than the ${amount} fen ${verb}`,
        [...path, 'amount'],
        {
          amount,
          paid: h.paid,
        },
      );
    }
    const inKind = Math.max(0, amount - (h.paid - h.paidInKind));
    h.paid -= amount;
    h.subscribed -= amount;
    h.paidInKind -= inKind;
    return inKind;
  };

  valid.forEach((m, i) => {
    const path = ['movements', i];
    if (ids.has(m.id))
      throw new HezuoError('SHARE_LEDGER_RULE', `movement ${m.id} is already recorded`, {
        path: [...path, 'id'],
      });
    ids.add(m.id);
    if (lastDate !== null && m.date < lastDate) {
      throw new HezuoError('DATE_ORDER', 'share movements are recorded in date order', {
        path: [...path, 'date'],
        details: { date: m.date, after: lastDate },
      });
    }
    lastDate = m.date;
    switch (m.type) {
      case 'subscription': {
        const h = holding(m.memberId, [...path, 'memberId']);
        h.subscribed = add(h.subscribed, m.amount, [...path, 'amount']);
        break;
      }
      case 'payment': {
        const h = holding(m.memberId, [...path, 'memberId']);
        const unpaid = h.subscribed - h.paid;
        if (m.amount > unpaid) {
          rule(
            `a payment of ${m.amount} fen exceeds the ${unpaid} fen ${m.memberId} subscribed and has not paid`,
            [...path, 'amount'],
            {
              amount: m.amount,
              unpaid,
            },
          );
        }
        h.paid += m.amount;
        if (m.inKind) h.paidInKind += m.amount;
        break;
      }
      case 'conversion': {
        const h = holding(m.memberId, [...path, 'memberId']);
        h.subscribed = add(h.subscribed, m.amount, [...path, 'amount']);
        h.paid += m.amount;
        break;
      }
      case 'transfer': {
        if (m.fromMemberId === m.toMemberId)
          rule('a transfer goes between two members', [...path, 'toMemberId'], {});
        const from = holding(m.fromMemberId, [...path, 'fromMemberId']);
        const to = holding(m.toMemberId, [...path, 'toMemberId']);
        const inKind = withdraw(from, m.amount, m.fromMemberId, 'transferred', path);
        to.paid = add(to.paid, m.amount, [...path, 'amount']);
        to.subscribed = add(to.subscribed, m.amount, [...path, 'amount']);
        to.paidInKind += inKind;
        break;
      }
      case 'refund': {
        withdraw(holding(m.memberId, [...path, 'memberId']), m.amount, m.memberId, 'refunded', path);
        break;
      }
    }
  });
  return {
    holdings: [...holdings.values()].sort((a, b) =>
      a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0,
    ),
    movementIds: [...ids],
    lastDate,
  };
}

/** A member's holding on the share ledger (zeros for a member with no movements). */
export function shareHolding(state: ShareLedgerState, memberId: string): ShareHolding {
  const current = parseInput(ShareLedgerStateSchema, state, { path: ['state'] });
  const id = parseInput(EntityIdSchema, memberId, { path: ['memberId'] });
  return (
    current.holdings.find((h) => h.memberId === id) ?? { memberId: id, subscribed: 0, paid: 0, paidInKind: 0 }
  );
}
