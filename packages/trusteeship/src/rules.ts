import { type ErrorPath, HezuoError } from '@hezuo/core';

/**
 * The trusteeship rules a refused operation can break. The error is a `HezuoError` with code
 * `TRUSTEESHIP_RULE` (the record does not fit the contracts, plots and work orders already kept) and
 * the rule in `details.rule`, so hosts can tell them apart:
 *
 * - `illegalTransition`: a contract or work order asked to move to a state it cannot reach
 *   from where it is (signing a settled contract, confirming work not yet done);
 * - `overlappingContract`: a plot already under another live contract for overlapping dates;
 * - `contractNotInForce`: work ordered, dispatched or reported on a contract that is not signed
 *   or active;
 * - `plotNotUnderContract`: a work order on a plot the contract does not cover;
 * - `plotOfAnotherMember`: a contract on a plot registered to another member;
 * - `serviceNotInContract`: a work order for a service the contract did not order;
 * - `areaAbovePlot`: work done on more land than the plot has;
 * - `outsideServiceWindow`: a work order scheduled outside the service's seasonal window;
 * - `unconfirmedWorkOrders`: completing a contract whose work is not all confirmed by the farmer;
 * - `settlementMismatch`: settlement figures that do not match the contract (a plot or season
 *   missing or given twice, a kind of contract the settlement does not fit);
 * - `duplicateRecord`: an id that is already taken.
 */
export const TRUSTEESHIP_RULES = [
  'illegalTransition',
  'overlappingContract',
  'contractNotInForce',
  'plotNotUnderContract',
  'plotOfAnotherMember',
  'serviceNotInContract',
  'areaAbovePlot',
  'outsideServiceWindow',
  'unconfirmedWorkOrders',
  'settlementMismatch',
  'duplicateRecord',
] as const;

/** One of {@link TRUSTEESHIP_RULES}. */
export type TrusteeshipRule = (typeof TRUSTEESHIP_RULES)[number];

/**
 * The error for a broken trusteeship rule: `TRUSTEESHIP_RULE` with `details.rule`.
 * @internal
 */
export function trusteeshipRuleError(
  rule: TrusteeshipRule,
  message: string,
  path: ErrorPath,
  details: Readonly<Record<string, unknown>> = {},
): HezuoError {
  return new HezuoError('TRUSTEESHIP_RULE', message, { path, details: { rule, ...details } });
}
