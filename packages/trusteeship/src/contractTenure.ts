import { IsoDateSchema, parseInput } from '@hezuo/core';
import { z } from 'zod';
import { type TrusteeshipContractRecord, TrusteeshipContractRecordSchema } from './contractRecord';

const TenureArgsSchema = z.strictObject({
  contracts: z.array(TrusteeshipContractRecordSchema).max(1_000_000),
  memberId: z.string().min(1, { error: 'a member id may not be empty' }).max(256),
  asOf: IsoDateSchema,
});

/**
 * Trusteeship contract tenure: the whole years from the start of the member's first contract to
 * `asOf` (an anniversary counts on its day; one starting on 29 February counts on 1 March in
 * common years). Every contract past draft counts — terminated ones too: they show how long the
 * member has worked with the service centre, and `trusteeship.contractStanding` tells how it
 * ended. A contract counts once it has started and, when its signing date is recorded, been
 * signed by `asOf`.
 *
 * Returns `null` when the member has no such contract: absence of evidence is not bad evidence.
 *
 * @param contracts - contract records of any members, see {@link TrusteeshipContractRecordSchema}
 * @param memberId - the member to measure
 * @param asOf - the date, `YYYY-MM-DD`
 * @throws HezuoError `INVALID_INPUT` (path `contracts`, index, field; `memberId`; `asOf`) for bad input
 *
 * @example
 * ```ts
 * contractTenureYears(
 *   [{ id: 'c1', memberId: 'm1', areaMu: 20, status: 'active', startDate: '2023-10-01' }],
 *   'm1',
 *   '2026-06-30',
 * ); // 2
 * ```
 */
export function contractTenureYears(
  contracts: readonly TrusteeshipContractRecord[],
  memberId: string,
  asOf: string,
): number | null {
  const args = parseInput(TenureArgsSchema, { contracts, memberId, asOf });
  let first: string | undefined;
  for (const c of args.contracts) {
    if (c.memberId !== args.memberId || c.status === 'draft' || c.startDate > args.asOf) continue;
    if (c.signedOn !== undefined && c.signedOn > args.asOf) continue;
    if (first === undefined || c.startDate < first) first = c.startDate;
  }
  if (first === undefined) return null;
  const years = Number(args.asOf.slice(0, 4)) - Number(first.slice(0, 4));
  return args.asOf.slice(5) < first.slice(5) ? years - 1 : years;
}
