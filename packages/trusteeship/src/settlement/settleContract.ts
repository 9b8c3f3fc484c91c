import { HezuoError } from '@hezuo/core';
import { type FullSettlementInput, settleFullContract } from './settleFullContract';
import { type MenuSettlementInput, settleMenuContract } from './settleMenuContract';
import type { TrusteeshipSettlement } from './settlementLine';

/** The input of {@link settleContract}: a menu settlement or a full settlement. */
export type SettlementInput = MenuSettlementInput | FullSettlementInput;

/**
 * Settles a contract of either kind by its terms: {@link settleMenuContract} for a menu
 * contract (work orders given), {@link settleFullContract} for a full contract (seasons given).
 *
 * @throws HezuoError `INVALID_INPUT` (path `settlement`) when the input fits neither kind, and
 * what the settlement of that kind throws
 */
export function settleContract(input: SettlementInput): TrusteeshipSettlement {
  const value =
    typeof input === 'object' && input !== null ? (input as unknown as Record<string, unknown>) : {};
  const terms = (value.contract as { terms?: { kind?: unknown } } | undefined)?.terms;
  if (terms?.kind === 'menu' && 'workOrders' in value)
    return settleMenuContract(input as MenuSettlementInput);
  if (terms?.kind === 'full' && 'seasons' in value) return settleFullContract(input as FullSettlementInput);
  throw new HezuoError(
    'INVALID_INPUT',
    'a settlement is of a menu contract (with its work orders) or of a full contract (with its seasons)',
    { path: ['settlement'] },
  );
}
