import { FenSchema, HezuoError, IsoDateSchema, parseInput } from '@hezuo/core';
import { z } from 'zod';
import {
  OWING_PARTIES,
  type TerminationReason,
  TerminationReasonSchema,
  type TrusteeshipContractRecord,
  TrusteeshipContractRecordSchema,
  type TrusteeshipContractStatus,
} from '../contractRecord';
import { trusteeshipRuleError } from '../rules';

/** What can happen to a contract: each moves it one step along its life. */
export const CONTRACT_ACTIONS = ['sign', 'activate', 'complete', 'settle', 'terminate'] as const;

/** One of {@link CONTRACT_ACTIONS}. */
export type ContractAction = (typeof CONTRACT_ACTIONS)[number];

/**
 * The contract state machine as data: for each status, the actions allowed and where they
 * lead. draft → signed → active → completed → settled; a contract not yet completed may be
 * terminated. Settled and terminated contracts are final. A completed contract is settled, not
 * terminated: its work is done, and what is owed is what the settlement says.
 */
export const CONTRACT_TRANSITIONS: Readonly<
  Record<TrusteeshipContractStatus, Readonly<Partial<Record<ContractAction, TrusteeshipContractStatus>>>>
> = Object.freeze({
  draft: Object.freeze({ sign: 'signed', terminate: 'terminated' }),
  signed: Object.freeze({ activate: 'active', terminate: 'terminated' }),
  active: Object.freeze({ complete: 'completed', terminate: 'terminated' }),
  completed: Object.freeze({ settle: 'settled' }),
  settled: Object.freeze({}),
  terminated: Object.freeze({}),
});

// Built once at load: a schema is an object graph, too costly to rebuild on every call.
const STATUS_SCHEMA = z.enum(Object.keys(CONTRACT_TRANSITIONS) as [TrusteeshipContractStatus]);
const ACTION_SCHEMA = z.enum(CONTRACT_ACTIONS);

/** Schema of a contract step: the action and the day it happens. */
export const ContractStepSchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('sign'), on: IsoDateSchema }),
  z.strictObject({ action: z.literal('activate'), on: IsoDateSchema }),
  z.strictObject({ action: z.literal('complete'), on: IsoDateSchema }),
  z.strictObject({ action: z.literal('settle'), on: IsoDateSchema }),
  z
    .strictObject({
      action: z.literal('terminate'),
      on: IsoDateSchema,
      reason: TerminationReasonSchema,
      note: z.string().max(500).optional(),
      owedFen: FenSchema,
      owedBy: z.enum(OWING_PARTIES),
    })
    .refine((t) => (t.owedFen === 0) === (t.owedBy === 'nobody'), {
      path: ['owedBy'],
      error: 'owedBy is "nobody" exactly when nothing is owed (owedFen 0)',
    }),
]);

/** A contract step; see {@link ContractStepSchema}. */
export type ContractStep =
  | { readonly action: 'sign' | 'activate' | 'complete' | 'settle'; readonly on: string }
  | {
      readonly action: 'terminate';
      readonly on: string;
      readonly reason: TerminationReason;
      readonly note?: string | undefined;
      readonly owedFen: number;
      readonly owedBy: (typeof OWING_PARTIES)[number];
    };

const DATE_FIELD: Readonly<Record<ContractAction, keyof TrusteeshipContractRecord>> = {
  sign: 'signedOn',
  activate: 'activatedOn',
  complete: 'completedOn',
  settle: 'settledOn',
  terminate: 'terminatedOn',
};

const PAST_TENSE: Readonly<Record<ContractAction, string>> = {
  sign: 'signed',
  activate: 'activated',
  complete: 'completed',
  settle: 'settled',
  terminate: 'terminated',
};

/**
 * Whether a contract in `status` may take `action`; see {@link CONTRACT_TRANSITIONS}.
 *
 * @example
 * ```ts
 * canTransitionContract('draft', 'sign');   // true
 * canTransitionContract('settled', 'sign'); // false
 * ```
 */
export function canTransitionContract(status: TrusteeshipContractStatus, action: ContractAction): boolean {
  const from = parseInput(STATUS_SCHEMA, status, {
    path: ['status'],
  });
  const act = parseInput(ACTION_SCHEMA, action, { path: ['action'] });
  return CONTRACT_TRANSITIONS[from][act] !== undefined;
}

/** The latest of the dates a contract has recorded, to keep its steps in order. */
function latestStepDate(contract: TrusteeshipContractRecord): string | undefined {
  let latest: string | undefined;
  for (const field of ['signedOn', 'activatedOn', 'completedOn', 'settledOn'] as const) {
    const date = contract[field];
    if (date !== undefined && (latest === undefined || date > latest)) latest = date;
  }
  return latest;
}

/**
 * Moves a contract one step along its life (pure: returns the new record, the input is not
 * changed): sign, activate (work begins), complete (work done), settle, or terminate (with the
 * reason and what is owed by whom). The step's day is recorded (`signedOn`, `activatedOn`, …).
 *
 * Steps happen in date order: a contract is activated on or after it was signed and on or after
 * its start date, completed after it was activated, settled after it was completed, and
 * terminated on or after its last step.
 *
 * @throws HezuoError `INVALID_INPUT` (path `contract` or `step`, field) for a bad record or
 * step; `TRUSTEESHIP_RULE` with `details.rule` `illegalTransition` for a step the contract's status
 * does not allow; `DATE_ORDER` (path `step`, `on`) for a step dated before the one it follows
 *
 * @example
 * ```ts
 * const signed = transitionContract(
 *   { id: 'TG-1', memberId: 'M1', areaMu: 20, status: 'draft', startDate: '2025-10-01' },
 *   { action: 'sign', on: '2025-09-10' },
 * );
 * signed.status; // 'signed'
 * ```
 */
export function transitionContract(
  contract: TrusteeshipContractRecord,
  step: ContractStep,
): TrusteeshipContractRecord {
  const current = parseInput(TrusteeshipContractRecordSchema, contract, { path: ['contract'] });
  const next = parseInput(ContractStepSchema, step, { path: ['step'] });
  const to = CONTRACT_TRANSITIONS[current.status][next.action];
  if (to === undefined) {
    const allowed = Object.keys(CONTRACT_TRANSITIONS[current.status]);
    throw trusteeshipRuleError(
      'illegalTransition',
      `contract ${current.id} is ${current.status}: it cannot be ${PAST_TENSE[next.action]}${
        allowed.length === 0
          ? ' (that status is final)'
          : ` (from ${current.status} it can only be ${allowed.map((a) => PAST_TENSE[a as ContractAction]).join(' or ')})`
      }`,
      ['step', 'action'],
      { from: current.status, action: next.action, allowed },
    );
  }
  const earliest =
    next.action === 'activate' ? [latestStepDate(current), current.startDate] : [latestStepDate(current)];
  for (const date of earliest) {
    if (date !== undefined && next.on < date) {
      throw new HezuoError(
        'DATE_ORDER',
        `contract ${current.id} cannot be ${PAST_TENSE[next.action]} on ${next.on}, before ${date}`,
        { path: ['step', 'on'], details: { on: next.on, notBefore: date } },
      );
    }
  }
  const updated: Record<string, unknown> = { ...current, status: to, [DATE_FIELD[next.action]]: next.on };
  if (next.action === 'terminate') {
    updated.termination = {
      reason: next.reason,
      ...(next.note === undefined ? {} : { note: next.note }),
      owedFen: next.owedFen,
      owedBy: next.owedBy,
    };
  }
  return updated as unknown as TrusteeshipContractRecord;
}
