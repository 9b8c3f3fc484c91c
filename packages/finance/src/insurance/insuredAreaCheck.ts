import { HezuoError, IsoDateSchema } from '@hezuo/core';
import * as z from 'zod/mini';
import { addRatio, compareRatio, type Ratio, ratioOf, ratioToDecimalString } from '../internal/exactRatio';
import { parseWithCodes } from '../internal/parse';
import { AreaMuSchema } from './areaMu';

/** The store kind the trusteeship plugin keeps its contracts under: `trusteeship.contract`. */
export const TRUSTEESHIP_CONTRACT_KIND = 'trusteeship.contract';

/**
 * Contract statuses whose land counts as under trusteeship for insurance: signed, active (work
 * under way) or completed in the season; drafts, settled and terminated contracts do not.
 */
export const INSURABLE_CONTRACT_STATUSES = ['signed', 'active', 'completed'] as const;

/**
 * Schema of the fields of a trusteeship contract record this check reads (id, member, area,
 * status, start date). Other fields, such as plots, are allowed and ignored, so the check keeps
 * working as the trusteeship plugin's records grow.
 */
export const TrusteeshipContractFieldsSchema = z.looseObject({
  id: z.string().check(z.minLength(1), z.maxLength(256)),
  memberId: z.string().check(z.minLength(1), z.maxLength(256)),
  areaMu: z.number().check(z.positive(), z.refine(Number.isFinite, { error: 'an area must be finite' })),
  status: z.string().check(z.minLength(1), z.maxLength(32)),
  startDate: IsoDateSchema,
});

/** Schema of {@link checkInsuredArea}'s input. */
export const InsuredAreaCheckInputSchema = z.strictObject({
  /** The insured member. */
  memberId: z.string().check(z.minLength(1), z.maxLength(256)),
  /** The area to insure, mu. */
  insuredAreaMu: AreaMuSchema,
  /** The day the cover starts; contracts starting later do not count. */
  asOf: IsoDateSchema,
  /** Trusteeship contract records (of any members). */
  contracts: z.array(TrusteeshipContractFieldsSchema).check(z.maxLength(1_000_000)),
});

/** The outcome of {@link checkInsuredArea}. */
export interface InsuredAreaCheck {
  /** `within` when the insured area fits the contracts, `noContracts` when the member has none to check against. */
  readonly result: 'within' | 'noContracts';
  /** The member's area under trusteeship, mu, as an exact decimal (`'0'` with no contracts). */
  readonly contractedAreaMu: string;
  /** The contracts counted. */
  readonly contractIds: readonly string[];
}

/**
 * Checks an insured area against the member's land under trusteeship contract (托管面积核验):
 * the sum of `areaMu` over the member's contracts that are signed, active or completed and
 * started by `asOf`, computed exactly. A member with no such contract is not checked (`noContracts`):
 * the land may be farmed outside trusteeship.
 *
 * @param input - see {@link InsuredAreaCheckInputSchema}
 * @throws HezuoError `FINANCE_RULE` (path `input`, `insuredAreaMu`) when the insured area is larger
 * than the area under contract; `INVALID_INPUT` (path `input`, `contracts`, i, …) for a malformed record
 *
 * @example
 * ```ts
 * checkInsuredArea({ memberId: 'M001', insuredAreaMu: 12.5, asOf: '2026-03-01', contracts }).result; // 'within'
 * ```
 */
export function checkInsuredArea(input: z.input<typeof InsuredAreaCheckInputSchema>): InsuredAreaCheck {
  const args = parseWithCodes(InsuredAreaCheckInputSchema, input, ['input']);
  let total: Ratio = { num: 0n, den: 1n };
  const ids: string[] = [];
  const counted = args.contracts
    .filter(
      (c) =>
        c.memberId === args.memberId &&
        c.startDate <= args.asOf &&
        (INSURABLE_CONTRACT_STATUSES as readonly string[]).includes(c.status),
    )
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const contract of counted) {
    total = addRatio(total, ratioOf(contract.areaMu));
    ids.push(contract.id);
  }
  if (ids.length === 0) return { result: 'noContracts', contractedAreaMu: '0', contractIds: [] };
  const contracted = ratioToDecimalString(total);
  if (compareRatio(ratioOf(args.insuredAreaMu), total) > 0) {
    throw new HezuoError(
      'FINANCE_RULE',
      `${args.memberId} insures ${String(args.insuredAreaMu)} mu but has ${contracted} mu under trusteeship contract`,
      { path: ['input', 'insuredAreaMu'], details: { contractedAreaMu: contracted, contractIds: ids } },
    );
  }
  return { result: 'within', contractedAreaMu: contracted, contractIds: ids };
}
