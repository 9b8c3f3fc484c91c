import { type Fen, FenSchema, scaleFen, splitEvenly } from '@hezuo/core';
import { z } from 'zod';
import { parseWithCodes } from '../internal/parse';
import { ShareSchema } from '../internal/shareSchemas';

/** Who bears a defaulted loan, in the order they are called on. */
export const RECOVERY_SOURCES = [
  'borrower',
  'groupMember',
  'guaranteeFund',
  'governmentCover',
  'lender',
] as const;

/** One of {@link RECOVERY_SOURCES}. */
export type RecoverySource = (typeof RECOVERY_SOURCES)[number];

/** Schema of a defaulted loan to recover and what each party can bear. */
export const DefaultRecoveryInputSchema = z.strictObject({
  /** What is owed on the defaulted loan (principal, interest, penalty), in fen. */
  owedFen: FenSchema,
  /** What the borrower pays or the borrower's collateral brings, in fen. */
  borrowerPaysFen: FenSchema,
  /** The other households of the joint-liability group and the most each can pay, in fen. */
  groupMembers: z
    .array(z.strictObject({ memberId: z.string().min(1).max(256), capacityFen: FenSchema }))
    .max(100)
    .default([]),
  /** The balance of the guarantee (risk-compensation) fund that may be drawn, in fen. */
  guaranteeFundFen: z._default(FenSchema, 0),
  /** Government loss cover (政府风险补偿): the share of the loss left after the fund it pays, and an optional cap. */
  governmentCover: z
    .strictObject({
      share: ShareSchema,
      capFen: z.optional(FenSchema),
    })
    .optional(),
});

/** {@link recoverDefault}'s input as given. */
export type DefaultRecoveryInput = z.input<typeof DefaultRecoveryInputSchema>;

/** One step of a recovery. */
export interface RecoveryStep {
  /** Who pays. */
  readonly source: RecoverySource;
  /** The household, for `borrower`-group steps. */
  readonly memberId?: string;
  /** What they bear, in fen. */
  readonly amountFen: Fen;
}

/** The result of {@link recoverDefault}. */
export interface DefaultRecovery {
  /** Every party's part, in the order called on; the last step is the lender's own loss. */
  readonly steps: readonly RecoveryStep[];
  /** Recovered from everyone but the lender, in fen. */
  readonly recoveredFen: Fen;
  /** Left to the lender, in fen. */
  readonly lenderLossFen: Fen;
}

/**
 * Splits `amount` over members as evenly as their capacities allow: an even split (largest
 * remainder), and what a member cannot pay is split again over those who still can.
 */
function shareAmongGroup(amount: number, capacities: readonly number[]): number[] {
  const parts = capacities.map(() => 0);
  let left = amount;
  while (left > 0) {
    const open = capacities
      .map((_capacity, i) => i)
      .filter((i) => (capacities[i] as number) > (parts[i] as number));
    if (open.length === 0) break;
    const split = splitEvenly(left, open.length);
    let given = 0;
    open.forEach((i, k) => {
      const room = (capacities[i] as number) - (parts[i] as number);
      const take = Math.min(room, split[k] as number);
      parts[i] = (parts[i] as number) + take;
      given += take;
    });
    left -= given;
    if (given === 0) break;
  }
  return parts;
}

/**
 * Recovers a defaulted joint-liability loan in the order of the scheme (DESIGN §3.9): the
 * borrower first; then the other households of the group (联保), jointly liable, sharing the rest
 * evenly up to what each can pay; then the guarantee fund (担保基金); then the government's cover
 * of a share of what remains (风险补偿, up to its cap); the lender bears the rest. Every fen is
 * accounted for: the steps add up to what is owed.
 *
 * @param input - see {@link DefaultRecoveryInputSchema}
 * @throws HezuoError `INVALID_AMOUNT` / `INVALID_RATE` / `INVALID_INPUT` (path `input`, …)
 *
 * @example
 * ```ts
 * recoverDefault({
 *   owedFen: 1_000_000, borrowerPaysFen: 400_000,
 *   groupMembers: [{ memberId: 'M2', capacityFen: 100_000 }, { memberId: 'M3', capacityFen: 300_000 }],
 *   guaranteeFundFen: 100_000, governmentCover: { share: '0.5' },
 * }).lenderLossFen; // 50_000
 * ```
 */
export function recoverDefault(input: DefaultRecoveryInput): DefaultRecovery {
  const args = parseWithCodes(DefaultRecoveryInputSchema, input, ['input']);
  const steps: RecoveryStep[] = [];
  let left = args.owedFen;
  const borrower = Math.min(args.borrowerPaysFen, left);
  steps.push({ source: 'borrower', amountFen: borrower });
  left -= borrower;
  const group = shareAmongGroup(
    left,
    args.groupMembers.map((m) => m.capacityFen),
  );
  args.groupMembers.forEach((member, i) => {
    steps.push({ source: 'groupMember', memberId: member.memberId, amountFen: group[i] as number });
    left -= group[i] as number;
  });
  const fund = Math.min(args.guaranteeFundFen, left);
  steps.push({ source: 'guaranteeFund', amountFen: fund });
  left -= fund;
  let cover = 0;
  if (args.governmentCover !== undefined) {
    // Rounded down: a cover share is a ceiling, never exceeded by rounding.
    cover = scaleFen(left, { multiply: [args.governmentCover.share], rounding: 'floor' });
    if (args.governmentCover.capFen !== undefined) cover = Math.min(cover, args.governmentCover.capFen);
  }
  steps.push({ source: 'governmentCover', amountFen: cover });
  left -= cover;
  steps.push({ source: 'lender', amountFen: left });
  return { steps, recoveredFen: args.owedFen - left, lenderLossFen: left };
}
