import {
  commitWithEvents,
  EntityIdSchema,
  HezuoError,
  isHezuoError,
  type PluginContext,
  parseInput,
  postMemberTransactions,
} from '@hezuo/core';
import { AGRI_INPUT_PURCHASE_KIND } from '../purchaseRecord';
import type { GroupBuyInput } from './groupBuyInput';
import { type GroupBuySettlement, settleGroupBuy } from './settleGroupBuy';

/** The store kind of settled group buys: `agriInput.groupBuy`. */
export const GROUP_BUY_KIND = 'agriInput.groupBuy';

/** Group buying on the client (`hz.agriInput.groupBuy`). */
export interface GroupBuyApi {
  /**
   * Settles a group buy ({@link settleGroupBuy}) and records it, all in one store transaction:
   * the orders are posted to the cooperative's member accounts as `inputPurchase` transactions
   * (as `hz.cooperatives.postTransactions` posts them, with its checks: the cooperative exists,
   * every buyer is a member), written as `agriInput.purchase` records, and the settlement is
   * kept. Then `transaction.posted` is emitted for each order and `agriInput.groupBuySettled`
   * once. A group buy is settled once; anything refused leaves the store as it was.
   *
   * @throws HezuoError as {@link settleGroupBuy}; `NOT_FOUND` (no such cooperative);
   * `NOT_A_MEMBER` or `LEDGER_RULE` from the member ledger (path `groupBuy`, `orders`, index, …);
   * `INVALID_INPUT` when the group buy or a purchase id was recorded before
   */
  settle(input: GroupBuyInput): Promise<GroupBuySettlement>;
  /** A settled group buy by id; `NOT_FOUND` if there is none. */
  get(groupBuyId: string): Promise<GroupBuySettlement>;
}

/**
 * Posting errors speak of `cooperativeId` and `transactions[i]`; the caller gave
 * `groupBuy.cooperativeId` and `orders[i]`, one transaction each.
 */
function asGroupBuyError(error: unknown): unknown {
  if (!isHezuoError(error)) return error;
  const [head, ...rest] = error.path;
  const path =
    head === 'transactions'
      ? ['groupBuy', 'orders', ...rest]
      : head === 'cooperativeId'
        ? ['groupBuy', 'cooperativeId']
        : null;
  if (path === null) return error;
  return new HezuoError(error.code, error.message, { path, details: error.details, cause: error });
}

/**
 * Builds the group-buy API of a client.
 * @internal
 */
export function createGroupBuyApi(ctx: PluginContext): GroupBuyApi {
  const api: GroupBuyApi = {
    settle: (input) =>
      commitWithEvents(ctx.store, async (tx, announce) => {
        const settlement = settleGroupBuy(input);
        if (await tx.get(GROUP_BUY_KIND, settlement.id)) {
          throw new HezuoError('INVALID_INPUT', `group buy ${settlement.id} has already been settled`, {
            path: ['groupBuy', 'id'],
          });
        }
        for (const [index, purchase] of settlement.purchases.entries()) {
          if (await tx.get(AGRI_INPUT_PURCHASE_KIND, purchase.id)) {
            throw new HezuoError('INVALID_INPUT', `a purchase ${purchase.id} is already recorded`, {
              path: ['groupBuy', 'orders', index, 'id'],
            });
          }
        }
        try {
          await postMemberTransactions(
            tx,
            ctx.events,
            announce,
            settlement.cooperativeId,
            settlement.transactions,
          );
        } catch (error) {
          throw asGroupBuyError(error);
        }
        for (const purchase of settlement.purchases)
          await tx.put(AGRI_INPUT_PURCHASE_KIND, purchase.id, purchase);
        await tx.put(GROUP_BUY_KIND, settlement.id, settlement);
        announce(() =>
          ctx.events.emit('agriInput.groupBuySettled', {
            groupBuyId: settlement.id,
            cooperativeId: settlement.cooperativeId,
            orders: settlement.orders.length,
            savingFen: settlement.savingFen,
          }),
        );
        return settlement;
      }),
    get: (groupBuyId) =>
      ctx.store.transaction(async (tx) => {
        const id = parseInput(EntityIdSchema, groupBuyId, { path: ['groupBuyId'] });
        const settlement = await tx.get<GroupBuySettlement>(GROUP_BUY_KIND, id);
        if (!settlement) throw new HezuoError('NOT_FOUND', `no group buy ${id}`, { path: ['groupBuyId'] });
        return settlement;
      }),
  };
  return Object.freeze(api);
}
