import { EntityIdSchema, HezuoError, IsoDateSchema, parseInput } from '@hezuo/core';
import { z } from 'zod';
import { AreaMuSchema } from '../area';
import { type TrusteeshipContractRecord, TrusteeshipContractRecordSchema } from '../contractRecord';
import { exactSum } from '../internal/exactDecimal';
import { trusteeshipRuleError } from '../rules';
import { type WorkOrderRecord, WorkOrderRecordSchema, type WorkOrderStatus } from './workOrderRecord';

/** What can happen to a work order: each moves it one step. */
export const WORK_ORDER_ACTIONS = ['dispatch', 'done', 'confirm', 'cancel'] as const;

/** One of {@link WORK_ORDER_ACTIONS}. */
export type WorkOrderAction = (typeof WORK_ORDER_ACTIONS)[number];

/**
 * The work order state machine as data: scheduled → dispatched → done → confirmed (by the
 * farmer); a work order not yet done may be cancelled. Confirmed and cancelled are final.
 */
export const WORK_ORDER_TRANSITIONS: Readonly<
  Record<WorkOrderStatus, Readonly<Partial<Record<WorkOrderAction, WorkOrderStatus>>>>
> = Object.freeze({
  scheduled: Object.freeze({ dispatch: 'dispatched', cancel: 'cancelled' }),
  dispatched: Object.freeze({ done: 'done', cancel: 'cancelled' }),
  done: Object.freeze({ confirm: 'confirmed' }),
  confirmed: Object.freeze({}),
  cancelled: Object.freeze({}),
});

/** Schema of a work order step. */
export const WorkOrderStepSchema = z.discriminatedUnion('action', [
  z.strictObject({
    action: z.literal('dispatch'),
    /** The day the operator and machine are sent. */
    on: IsoDateSchema,
    /** The operator (机手). */
    operatorId: EntityIdSchema,
    /** The machine. */
    machineId: EntityIdSchema,
  }),
  z.strictObject({
    action: z.literal('done'),
    /** The day the work was done. */
    on: IsoDateSchema,
    /** The area worked, in mu, for work measured in mu. */
    actualAreaMu: z.optional(AreaMuSchema),
    /** The tonnes handled, for work measured in tonnes. */
    actualTonnes: z.optional(AreaMuSchema),
    /** The operator who did it, when not the one dispatched. */
    operatorId: z.optional(EntityIdSchema),
    /** The machine used, when not the one dispatched. */
    machineId: z.optional(EntityIdSchema),
  }),
  z.strictObject({
    action: z.literal('confirm'),
    /** The day the farmer confirmed the work. */
    on: IsoDateSchema,
  }),
  z.strictObject({
    action: z.literal('cancel'),
    /** The day it was cancelled. */
    on: IsoDateSchema,
  }),
]);

/** A work order step; see {@link WorkOrderStepSchema}. */
export type WorkOrderStep = z.input<typeof WorkOrderStepSchema>;

/** Schema of what a work order step is checked against. */
export const WorkOrderContextSchema = z.strictObject({
  /** The contract the work order is under. */
  contract: TrusteeshipContractRecordSchema,
  /** The area the plot can be worked on, in mu (see `plotWorkableAreaMu`). */
  plotAreaMu: AreaMuSchema,
  /** The contract's other work orders, to cap the area done over all passes. */
  workOrders: z.array(WorkOrderRecordSchema).max(1_000_000),
});

/** What a work order step is checked against; see {@link WorkOrderContextSchema}. */
export interface WorkOrderContext {
  /** The contract the work order is under. */
  readonly contract: TrusteeshipContractRecord;
  /** The area the plot can be worked on, in mu. */
  readonly plotAreaMu: number;
  /** The contract's other work orders. */
  readonly workOrders: readonly WorkOrderRecord[];
}

const PAST_TENSE: Readonly<Record<WorkOrderAction, string>> = {
  dispatch: 'dispatched',
  done: 'reported done',
  confirm: 'confirmed',
  cancel: 'cancelled',
};

const STEP_DATE: Readonly<Record<WorkOrderStatus, keyof WorkOrderRecord>> = {
  scheduled: 'scheduledOn',
  dispatched: 'dispatchedOn',
  done: 'doneOn',
  confirmed: 'confirmedOn',
  cancelled: 'cancelledOn',
};

/** The area a done step may report, checked against the plot and the service's other work. */
function checkDoneArea(order: WorkOrderRecord, area: number, context: WorkOrderContext): void {
  if (area > context.plotAreaMu) {
    throw trusteeshipRuleError(
      'areaAbovePlot',
      `work order ${order.id} reports ${area} mu done on plot ${order.plotId}, which has ${context.plotAreaMu} mu`,
      ['step', 'actualAreaMu'],
      { plotAreaMu: context.plotAreaMu, actualAreaMu: area },
    );
  }
  if (order.serviceId === undefined) return;
  // All passes of one service on one plot together cover the plot at most `passes` times.
  const earlier = context.workOrders
    .filter(
      (w) =>
        w.id !== order.id &&
        w.contractId === order.contractId &&
        w.plotId === order.plotId &&
        w.serviceId === order.serviceId &&
        (w.status === 'done' || w.status === 'confirmed'),
    )
    .map((w) => w.actualAreaMu ?? 0);
  const total = Number(exactSum([...earlier, area]));
  const limit = Number(exactSum(Array.from({ length: order.passes }, () => context.plotAreaMu)));
  if (total > limit) {
    throw trusteeshipRuleError(
      'areaAbovePlot',
      `service ${order.serviceId} on plot ${order.plotId} would reach ${total} mu over ${order.passes} pass(es) of a ${context.plotAreaMu} mu plot`,
      ['step', 'actualAreaMu'],
      { plotAreaMu: context.plotAreaMu, passes: order.passes, totalAreaMu: total },
    );
  }
}

/**
 * Moves a work order one step (pure: returns the new record): dispatch it with an operator and
 * a machine, report it done with the actual area (or tonnes), date, operator and machine, or
 * have the farmer confirm it; or cancel it before it is done. Work is dispatched, done and confirmed only under an active
 * contract; each step is dated on or after the one before.
 *
 * The area done may not exceed the plot's area (its measured area when there is one), and the
 * area of all work orders of one service on one plot may not exceed the plot's area times the
 * service's passes.
 *
 * @throws HezuoError `INVALID_INPUT` (path `workOrder`, `step` or `context`, field) for bad
 * input, a done step without the actual area (or tonnes), or a work order of another contract;
 * `TRUSTEESHIP_RULE` with `details.rule` `illegalTransition`, `contractNotInForce` or `areaAbovePlot`;
 * `DATE_ORDER` (path `step`, `on`) for a step dated before the one before it
 *
 * @example
 * ```ts
 * const contract = { id: 'TG-1', memberId: 'M1', areaMu: 20, status: 'active' as const,
 *   startDate: '2025-10-01', plots: [{ plotId: 'P1', contractAreaMu: 20 }] };
 * const order = { id: 'WO-1', contractId: 'TG-1', memberId: 'M1', plotId: 'P1',
 *   operation: 'harvesting' as const, unit: 'mu' as const, passes: 1, status: 'scheduled' as const,
 *   scheduledOn: '2026-06-05' };
 * transitionWorkOrder(order, { action: 'dispatch', on: '2026-06-05', operatorId: 'OP-7', machineId: 'CH-2' },
 *   { contract, plotAreaMu: 20, workOrders: [] }).status; // 'dispatched'
 * ```
 */
export function transitionWorkOrder(
  workOrder: WorkOrderRecord,
  step: WorkOrderStep,
  context: WorkOrderContext,
): WorkOrderRecord {
  const order = parseInput(WorkOrderRecordSchema, workOrder, { path: ['workOrder'] });
  const next = parseInput(WorkOrderStepSchema, step, { path: ['step'] });
  const ctx = parseInput(WorkOrderContextSchema, context, { path: ['context'] });
  if (order.contractId !== ctx.contract.id) {
    throw new HezuoError(
      'INVALID_INPUT',
      `work order ${order.id} is under contract ${order.contractId}, not ${ctx.contract.id}`,
      {
        path: ['context', 'contract', 'id'],
      },
    );
  }
  const to = WORK_ORDER_TRANSITIONS[order.status][next.action];
  if (to === undefined) {
    throw trusteeshipRuleError(
      'illegalTransition',
      `work order ${order.id} is ${order.status}: it cannot be ${PAST_TENSE[next.action]}`,
      ['step', 'action'],
      { from: order.status, action: next.action, allowed: Object.keys(WORK_ORDER_TRANSITIONS[order.status]) },
    );
  }
  // A plan can be dropped while the contract is signed; work itself happens under an active one.
  const inForce =
    ctx.contract.status === 'active' || (next.action === 'cancel' && ctx.contract.status === 'signed');
  if (!inForce) {
    throw trusteeshipRuleError(
      'contractNotInForce',
      `contract ${ctx.contract.id} is ${ctx.contract.status}: work is dispatched, done and confirmed only under an active contract`,
      ['context', 'contract', 'status'],
      { status: ctx.contract.status },
    );
  }
  const before = order[STEP_DATE[order.status]] as string | undefined;
  if (before !== undefined && order.status !== 'scheduled' && next.on < before) {
    throw new HezuoError(
      'DATE_ORDER',
      `work order ${order.id} cannot be ${PAST_TENSE[next.action]} on ${next.on}, before ${before}`,
      {
        path: ['step', 'on'],
      },
    );
  }
  switch (next.action) {
    case 'dispatch':
      return {
        ...order,
        status: to,
        dispatchedOn: next.on,
        operatorId: next.operatorId,
        machineId: next.machineId,
      };
    case 'done': {
      const measured = order.unit === 'mu' ? next.actualAreaMu : next.actualTonnes;
      const other = order.unit === 'mu' ? next.actualTonnes : next.actualAreaMu;
      const field = order.unit === 'mu' ? 'actualAreaMu' : 'actualTonnes';
      if (measured === undefined || other !== undefined) {
        throw new HezuoError(
          'INVALID_INPUT',
          `work order ${order.id} is measured in ${order.unit === 'mu' ? 'mu: report actualAreaMu' : 'tonnes: report actualTonnes'}`,
          {
            path: [
              'step',
              measured === undefined ? field : order.unit === 'mu' ? 'actualTonnes' : 'actualAreaMu',
            ],
          },
        );
      }
      if (order.unit === 'mu') checkDoneArea(order, measured, ctx);
      return {
        ...order,
        status: to,
        doneOn: next.on,
        [field]: measured,
        operatorId: next.operatorId ?? order.operatorId,
        machineId: next.machineId ?? order.machineId,
      };
    }
    case 'confirm':
      return { ...order, status: to, confirmedOn: next.on };
    case 'cancel':
      return { ...order, status: to, cancelledOn: next.on };
  }
}
