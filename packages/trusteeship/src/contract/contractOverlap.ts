import { parseInput } from '@hezuo/core';
import { z } from 'zod';
import {
  type TrusteeshipContractRecord,
  TrusteeshipContractRecordSchema,
  type TrusteeshipContractStatus,
} from '../contractRecord';

/**
 * The statuses in which a contract holds its plots: signed, active, or completed and awaiting
 * settlement. A draft holds nothing yet; settled and terminated contracts have let go.
 */
export const CONTRACT_IN_FORCE_STATUSES: readonly TrusteeshipContractStatus[] = Object.freeze([
  'signed',
  'active',
  'completed',
]);

/** A clash between two contracts over one plot. */
export interface ContractOverlap {
  /** The other contract, in force on the plot. */
  readonly contractId: string;
  /** The plot both contracts cover. */
  readonly plotId: string;
}

const OverlapArgsSchema = z.strictObject({
  contract: TrusteeshipContractRecordSchema,
  others: z.array(TrusteeshipContractRecordSchema).max(1_000_000),
});

/**
 * Finds a contract in force (signed, active or completed) that covers one of `contract`'s plots
 * for dates that overlap its own (`startDate` to `endDate`, both included; no end date runs on
 * indefinitely). A plot can be under one live contract at a time. Returns the first clash in
 * contract-id then plot order, or `null`. Contracts recorded without plots never clash.
 *
 * @throws HezuoError `INVALID_INPUT` (path `contract` or `others`, index, field) for a bad record
 *
 * @example
 * ```ts
 * const base = { memberId: 'M1', areaMu: 10, startDate: '2025-10-01', plots: [{ plotId: 'P1', contractAreaMu: 10 }] };
 * findContractOverlap(
 *   { ...base, id: 'new', status: 'draft' },
 *   [{ ...base, id: 'old', status: 'active', endDate: '2026-06-30' }],
 * ); // { contractId: 'old', plotId: 'P1' }
 * ```
 */
export function findContractOverlap(
  contract: TrusteeshipContractRecord,
  others: readonly TrusteeshipContractRecord[],
): ContractOverlap | null {
  const args = parseInput(OverlapArgsSchema, { contract, others });
  const plots = new Set((args.contract.plots ?? []).map((p) => p.plotId));
  if (plots.size === 0) return null;
  const start = args.contract.startDate;
  const end = args.contract.endDate;
  const candidates = args.others
    .filter(
      (other) =>
        other.id !== args.contract.id &&
        CONTRACT_IN_FORCE_STATUSES.includes(other.status) &&
        (end === undefined || other.startDate <= end) &&
        (other.endDate === undefined || start <= other.endDate),
    )
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const other of candidates) {
    const shared = (other.plots ?? [])
      .map((p) => p.plotId)
      .filter((id) => plots.has(id))
      .sort();
    if (shared[0] !== undefined) return { contractId: other.id, plotId: shared[0] };
  }
  return null;
}
