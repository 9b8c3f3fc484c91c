import { IsoDateSchema, parseInput } from '@hezuo/core';
import { z } from 'zod';
import {
  type TrusteeshipContractRecord,
  TrusteeshipContractRecordSchema,
  type TrusteeshipContractStatus,
} from './contractRecord';

/** The statuses whose area counts as "under contract": signed and everything after it but termination. */
export const CONTRACTED_AREA_STATUSES: readonly TrusteeshipContractStatus[] = Object.freeze([
  'signed',
  'active',
  'completed',
  'settled',
]);

/**
 * Whether a started contract held its land on `asOf`: in one of {@link CONTRACTED_AREA_STATUSES},
 * or terminated after `asOf` (by its recorded termination date).
 * @internal
 */
export function isUnderContract(contract: TrusteeshipContractRecord, asOf: string): boolean {
  if (CONTRACTED_AREA_STATUSES.includes(contract.status)) return true;
  return (
    contract.status === 'terminated' && contract.terminatedOn !== undefined && contract.terminatedOn > asOf
  );
}

const SumArgsSchema = z.strictObject({
  contracts: z.array(TrusteeshipContractRecordSchema).max(1_000_000),
  memberId: z.string().min(1, { error: 'a member id may not be empty' }).max(256),
  asOf: IsoDateSchema,
});

/**
 * The area a member has under trusteeship contract as of a date, in mu: the sum of `areaMu`
 * over the member's contracts that start on or before `asOf` and are in one of
 * {@link CONTRACTED_AREA_STATUSES} — or were terminated after `asOf`, by the termination date
 * recorded. A contract whose signing date is recorded counts from that date.
 *
 * Returns `null` when the member has no contract as of `asOf` (none at all, or only drafts, or
 * only contracts starting later): absence of evidence is not bad evidence, so scoring must treat
 * it as missing, not as zero. A member whose only contracts were terminated gets `0`.
 *
 * Pure: pass the records of any members, in any order (they are summed in id order, so the
 * result is the same on every run).
 *
 * @param contracts - contract records, see {@link TrusteeshipContractRecordSchema}
 * @param memberId - the member to measure
 * @param asOf - the date, `YYYY-MM-DD`; contracts starting later are ignored
 * @throws HezuoError `INVALID_INPUT` (path `contracts`, index, field; `memberId`; `asOf`) for bad input
 *
 * @example
 * ```ts
 * sumContractedAreaMu(
 *   [{ id: 'c1', memberId: 'm1', areaMu: 120.5, status: 'active', startDate: '2026-03-01' }],
 *   'm1',
 *   '2026-06-30',
 * ); // 120.5
 * ```
 */
export function sumContractedAreaMu(
  contracts: readonly TrusteeshipContractRecord[],
  memberId: string,
  asOf: string,
): number | null {
  const args = parseInput(SumArgsSchema, { contracts, memberId, asOf });
  const evidence = args.contracts
    .filter((c) => c.memberId === args.memberId && c.status !== 'draft' && c.startDate <= args.asOf)
    .filter((c) => c.signedOn === undefined || c.signedOn <= args.asOf)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (evidence.length === 0) return null;
  let total = 0;
  for (const contract of evidence) {
    if (isUnderContract(contract, args.asOf)) total += contract.areaMu;
  }
  return total;
}
