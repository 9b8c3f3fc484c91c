import { IsoDateSchema, type LocalizedText, parseInput } from '@hezuo/core';
import { z } from 'zod';
import { CONTRACTED_AREA_STATUSES, isUnderContract } from './contractedArea';
import { type TrusteeshipContractRecord, TrusteeshipContractRecordSchema } from './contractRecord';

/**
 * The standings of a member's trusteeship contracts: `good` (at least one contract signed or
 * further along, none terminated) or `terminated` (a contract was ended early).
 */
export const CONTRACT_STANDINGS = ['good', 'terminated'] as const;

/** One of {@link CONTRACT_STANDINGS}. */
export type ContractStanding = (typeof CONTRACT_STANDINGS)[number];

/** Schema of {@link ContractStanding}. */
export const ContractStandingSchema = z.enum(CONTRACT_STANDINGS);

/** How each {@link ContractStanding} reads in reports, in both locales. */
export const CONTRACT_STANDING_LABELS: Readonly<Record<ContractStanding, LocalizedText>> = Object.freeze({
  good: Object.freeze({ 'zh-CN': '履约良好', en: 'in good standing' }),
  terminated: Object.freeze({ 'zh-CN': '合同已解除', en: 'contract terminated' }),
});

const StandingArgsSchema = z.strictObject({
  contracts: z.array(TrusteeshipContractRecordSchema).max(1_000_000),
  memberId: z.string().min(1, { error: 'a member id may not be empty' }).max(256),
  asOf: IsoDateSchema,
});

/**
 * The standing of a member's trusteeship contracts as of a date: `terminated` when any of the
 * member's contracts that start on or before `asOf` is terminated; otherwise `good` when at least
 * one such contract is in one of {@link CONTRACTED_AREA_STATUSES} (signed, active, completed,
 * settled); otherwise `null` (no contract, or only drafts or contracts starting later).
 *
 * A terminated contract counts from its termination date (`terminatedOn`), or from its start
 * date when it was recorded without one, however long ago it ended; before its termination date
 * it counts as in good standing. A contract whose signing date is recorded counts from that date.
 *
 * @param contracts - contract records of any members, see {@link TrusteeshipContractRecordSchema}
 * @param memberId - the member to assess
 * @param asOf - the date, `YYYY-MM-DD`; contracts starting later are ignored
 * @throws HezuoError `INVALID_INPUT` (path `contracts`, index, field; `memberId`; `asOf`) for bad input
 *
 * @example
 * ```ts
 * contractStanding(
 *   [{ id: 'c1', memberId: 'm1', areaMu: 120, status: 'active', startDate: '2026-03-01' }],
 *   'm1',
 *   '2026-06-30',
 * ); // 'good'
 * ```
 */
export function contractStanding(
  contracts: readonly TrusteeshipContractRecord[],
  memberId: string,
  asOf: string,
): ContractStanding | null {
  const args = parseInput(StandingArgsSchema, { contracts, memberId, asOf });
  const started = args.contracts.filter(
    (c) =>
      c.memberId === args.memberId &&
      c.startDate <= args.asOf &&
      (c.signedOn === undefined || c.signedOn <= args.asOf),
  );
  // A termination counts from its recorded date; one recorded without a date, from the start.
  const terminatedBy = (c: TrusteeshipContractRecord) =>
    c.status === 'terminated' && (c.terminatedOn === undefined || c.terminatedOn <= args.asOf);
  if (started.some(terminatedBy)) return 'terminated';
  if (started.some((c) => isUnderContract(c, args.asOf))) return 'good';
  return null;
}
