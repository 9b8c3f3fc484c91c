import { type Fen, FenSchema, HezuoError, scaleFen } from '@hezuo/core';
import * as z from 'zod/mini';
import { compareRatio, ratioOf, ratioToDecimalString, subtractRatio } from '../internal/exactRatio';
import { parseWithCodes } from '../internal/parse';
import { ShareSchema } from '../internal/shareSchemas';
import { AreaMuSchema, NonNegativeAreaMuSchema } from './areaMu';

/**
 * Example growth-stage caps of a wheat policy (practice; clauses differ by province and crop):
 * the most of the sum insured payable for a loss in each stage, growing as the crop grows.
 */
export const PRACTICE_WHEAT_STAGE_CAPS: Readonly<Record<string, string>> = Object.freeze({
  emergenceToJointing: '0.4',
  jointingToHeading: '0.6',
  headingToFilling: '0.8',
  fillingToMaturity: '1',
});

/** Schema of {@link insuranceClaim}'s input. */
export const InsuranceClaimInputSchema = z.strictObject({
  /** Sum insured per mu, in fen. */
  sumInsuredPerMuFen: FenSchema,
  /** The insured area, mu. */
  insuredAreaMu: AreaMuSchema,
  /** The area damaged, mu; at most the insured area. */
  damagedAreaMu: NonNegativeAreaMuSchema,
  /** The growth stage the loss happened in: a key of `stageCaps`. */
  growthStage: z.string().check(z.minLength(1), z.maxLength(64)),
  /** The most of the sum insured payable per stage (保险责任比例), as data. */
  stageCaps: z.record(z.string().check(z.minLength(1), z.maxLength(64)), ShareSchema),
  /** The assessed loss rate (损失率) on the damaged area, 0 to 1. */
  lossRate: ShareSchema,
  /** The deductible (绝对免赔率), 0 to 1. */
  deductible: z._default(ShareSchema, '0'),
  /** A loss rate at or above this is a total loss (全损), paying the stage cap in full; `'0.8'` by default. */
  totalLossThreshold: z._default(ShareSchema, '0.8'),
});

/** A claim and how it was reckoned. */
export interface InsuranceClaim {
  /** The indemnity, in fen. */
  readonly claimFen: Fen;
  /** Whether the loss counted as total. */
  readonly totalLoss: boolean;
  /** The stage cap used. */
  readonly stageCap: string;
  /** The share of the stage cap paid: 1 for a total loss, else `max(0, lossRate − deductible)`. */
  readonly payableShare: string;
}

/**
 * The indemnity of an agricultural insurance claim (农业保险赔款): sum insured per mu × the growth
 * stage's cap × max(0, loss rate − deductible) × damaged area, computed exactly and rounded
 * half-up once; a loss rate at or above the total-loss threshold pays the stage cap in full (DESIGN
 * §3.9). Never more than the sum insured for the area.
 *
 * @param input - see {@link InsuranceClaimInputSchema}
 * @throws HezuoError `INVALID_INPUT` (path `input`, `growthStage`) for a stage with no cap, (path
 * `input`, `damagedAreaMu`) for more damage than insured area; `INVALID_RATE` for rates outside 0-1
 *
 * @example
 * ```ts
 * insuranceClaim({
 *   sumInsuredPerMuFen: 45_000, insuredAreaMu: 12.5, damagedAreaMu: 10, growthStage: 'headingToFilling',
 *   stageCaps: PRACTICE_WHEAT_STAGE_CAPS, lossRate: '0.5', deductible: '0.1',
 * }).claimFen; // 144_000
 * ```
 */
export function insuranceClaim(input: z.input<typeof InsuranceClaimInputSchema>): InsuranceClaim {
  const args = parseWithCodes(InsuranceClaimInputSchema, input, ['input']);
  if (!Object.hasOwn(args.stageCaps, args.growthStage)) {
    throw new HezuoError(
      'INVALID_INPUT',
      `no cap is given for growth stage "${args.growthStage}"; stages: ${Object.keys(args.stageCaps).join(', ')}`,
      { path: ['input', 'growthStage'] },
    );
  }
  if (compareRatio(ratioOf(args.damagedAreaMu), ratioOf(args.insuredAreaMu)) > 0) {
    throw new HezuoError(
      'INVALID_INPUT',
      `the damaged area (${String(args.damagedAreaMu)} mu) is larger than the insured area (${String(args.insuredAreaMu)} mu)`,
      { path: ['input', 'damagedAreaMu'] },
    );
  }
  const stageCap = args.stageCaps[args.growthStage] as string | number;
  const loss = ratioOf(args.lossRate);
  const totalLoss = compareRatio(loss, ratioOf(args.totalLossThreshold)) >= 0;
  const net = subtractRatio(loss, ratioOf(args.deductible));
  const payableShare = totalLoss ? '1' : net.num > 0n ? ratioToDecimalString(net) : '0';
  const claimFen = scaleFen(args.sumInsuredPerMuFen, {
    multiply: [stageCap, payableShare, args.damagedAreaMu],
  });
  return { claimFen, totalLoss, stageCap: ratioToDecimalString(ratioOf(stageCap)), payableShare };
}
