import { z } from 'zod';
import type { PostingReceipt } from '../accounts/memberLedger';
import type { Transaction } from '../accounts/transaction';
import { parseInput } from '../errors/fromZod';
import type { EventBus } from '../events/eventBus';
import type { StoreTransaction } from '../store/store';
import type { Announce } from './commitWithEvents';
import { COOPERATIVE_RECORD_KINDS, loadLedger, loadRegister } from './cooperativeRecords';
import { aFunction, objectWith } from './shapes';

/**
 * Schema of {@link postMemberTransactions}' handles: the store transaction, the event bus and
 * the announce function. The cooperative id and the transactions are checked as the ledger
 * checks them.
 */
export const PostMemberTransactionsHandlesSchema = z.strictObject({
  tx: objectWith(['get', 'put'], 'StoreTransaction'),
  events: objectWith(['emit'], 'EventBus'),
  announce: aFunction('announce'),
});

/**
 * Posts transactions to a cooperative's member accounts inside a store transaction, as
 * `hz.cooperatives.postTransactions` does: the cooperative must exist (`NOT_FOUND`, path
 * `cooperativeId`), the ledger's checks apply (path `transactions`, index, field), all or none;
 * `transaction.posted` is announced for each. For plugins whose own records come with member
 * transactions (a group buy's purchases), so both are kept in one commit.
 *
 * @example
 * ```ts
 * await commitWithEvents(ctx.store, async (tx, announce) => {
 *   await postMemberTransactions(tx, ctx.events, announce, cooperativeId, transactions);
 *   await tx.put('shop/sale', sale.id, sale);
 * });
 * ```
 */
export async function postMemberTransactions(
  tx: StoreTransaction,
  events: EventBus,
  announce: Announce,
  cooperativeId: string,
  transactions: readonly Transaction[],
): Promise<PostingReceipt> {
  parseInput(PostMemberTransactionsHandlesSchema, { tx, events, announce });
  const register = await loadRegister(tx, cooperativeId);
  const ledger = await loadLedger(tx, register.cooperative.id);
  const receipt = ledger.post(transactions);
  await tx.put(COOPERATIVE_RECORD_KINDS.ledger, register.cooperative.id, ledger.toJSON());
  for (const t of transactions) {
    announce(() =>
      events.emit('transaction.posted', {
        cooperativeId: t.cooperativeId,
        transactionId: t.id,
        memberId: t.counterparty.type === 'member' ? t.counterparty.memberId : null,
        kind: t.kind,
        amount: t.amount,
      }),
    );
  }
  return receipt;
}
