import type { StoreTransaction } from '@hezuo/core';
import { findContractOverlap } from '../contract/contractOverlap';
import {
  TRUSTEESHIP_CONTRACT_KIND,
  type TrusteeshipContractRecord,
  TrusteeshipContractRecordSchema,
} from '../contractRecord';
import { trusteeshipRuleError } from '../rules';
import { listRecords } from './storeAccess';

/**
 * Refuses `contract` when one of its plots is already under another contract in force for
 * overlapping dates (`TRUSTEESHIP_RULE`, rule `overlappingContract`). Only the stored contracts
 * that name one of its plots are read and checked, so signing stays fast with many contracts.
 */
export async function refuseOverlappingContract(
  tx: Pick<StoreTransaction, 'list'>,
  contract: TrusteeshipContractRecord,
  path: readonly (string | number)[],
): Promise<void> {
  const plots = new Set((contract.plots ?? []).map((p) => p.plotId));
  if (plots.size === 0) return;
  const others = await listRecords(
    tx,
    TRUSTEESHIP_CONTRACT_KIND,
    TrusteeshipContractRecordSchema,
    (v) =>
      Array.isArray(v.plots) &&
      v.plots.some(
        (p: unknown) =>
          typeof p === 'object' && p !== null && plots.has((p as { plotId?: string }).plotId ?? ''),
      ),
  );
  const clash = findContractOverlap(contract, others);
  if (clash) {
    throw trusteeshipRuleError(
      'overlappingContract',
      `plot ${clash.plotId} is already under contract ${clash.contractId} for overlapping dates`,
      [...path],
      { ...clash },
    );
  }
}
