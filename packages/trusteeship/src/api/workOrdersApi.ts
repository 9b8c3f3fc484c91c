import { EntityIdSchema, IsoDateSchema, type PluginContext, parseInput, RecordIdSchema } from '@hezuo/core';
import { z } from 'zod';
import { AreaMuSchema } from '../area';
import { TRUSTEESHIP_CONTRACT_KIND, TrusteeshipContractRecordSchema } from '../contractRecord';
import type { WorkOrderEvent } from '../events';
import { deepFreeze } from '../internal/deepFreeze';
import { PlotRecordSchema, TRUSTEESHIP_PLOT_KIND } from '../plot/plotRecord';
import {
  scheduleWorkOrder,
  type WorkOrderRequest,
  WorkOrderRequestSchema,
} from '../workOrder/scheduleWorkOrder';
import {
  TRUSTEESHIP_WORK_ORDER_KIND,
  type WorkOrderRecord,
  WorkOrderRecordSchema,
} from '../workOrder/workOrderRecord';
import { transitionWorkOrder, type WorkOrderStep } from '../workOrder/workOrderTransitions';
import { ensureNew, listRecords, loadRecord } from './storeAccess';

// Built once at load: a schema is an object graph, too costly to rebuild on every call.
const OPTIONAL_DAY_SCHEMA = z.optional(IsoDateSchema);

/** Schema of a dispatch: the operator and machine sent, and the day. */
export const WorkOrderDispatchSchema = z.strictObject({
  /** The day; the clock's today when left out. */
  on: z.optional(IsoDateSchema),
  /** The operator (机手). */
  operatorId: EntityIdSchema,
  /** The machine. */
  machineId: EntityIdSchema,
});

/** A dispatch; see {@link WorkOrderDispatchSchema}. */
export type WorkOrderDispatch = z.input<typeof WorkOrderDispatchSchema>;

/** Schema of a report of work done: the actual area (or tonnes), the day, and who did it with what. */
export const WorkOrderDoneSchema = z.strictObject({
  /** The day; the clock's today when left out. */
  on: z.optional(IsoDateSchema),
  /** The area worked, in mu. */
  actualAreaMu: z.optional(AreaMuSchema),
  /** The tonnes handled. */
  actualTonnes: z.optional(AreaMuSchema),
  /** The operator, when not the one dispatched. */
  operatorId: z.optional(EntityIdSchema),
  /** The machine, when not the one dispatched. */
  machineId: z.optional(EntityIdSchema),
});

/** A report of work done; see {@link WorkOrderDoneSchema}. */
export type WorkOrderDone = z.input<typeof WorkOrderDoneSchema>;

/** The work order part of the plugin's API. @internal */
export interface WorkOrdersApi {
  scheduleWorkOrder(request: WorkOrderRequest): Promise<WorkOrderRecord>;
  dispatchWorkOrder(workOrderId: string, dispatch: WorkOrderDispatch): Promise<WorkOrderRecord>;
  reportWorkOrderDone(workOrderId: string, done: WorkOrderDone): Promise<WorkOrderRecord>;
  confirmWorkOrder(workOrderId: string, on?: string): Promise<WorkOrderRecord>;
  cancelWorkOrder(workOrderId: string, on?: string): Promise<WorkOrderRecord>;
  workOrders(contractId: string): Promise<WorkOrderRecord[]>;
}

const eventOf = (w: WorkOrderRecord, on: string): WorkOrderEvent => ({
  workOrderId: w.id,
  contractId: w.contractId,
  plotId: w.plotId,
  operation: w.operation,
  on,
});

/** Builds the work order part of the plugin's API on the client's store and event bus. @internal */
export function createWorkOrdersApi(ctx: PluginContext): WorkOrdersApi {
  /** Moves a stored work order one step, in one transaction, against its contract and plot. */
  const move = async (
    workOrderId: string,
    makeStep: (today: string) => WorkOrderStep,
  ): Promise<WorkOrderRecord> => {
    const id = parseInput(RecordIdSchema, workOrderId, { path: ['workOrderId'] });
    const next = makeStep(ctx.clock.today());
    return ctx.store.transaction(async (tx) => {
      const order = await loadRecord(
        tx,
        TRUSTEESHIP_WORK_ORDER_KIND,
        id,
        WorkOrderRecordSchema,
        'work order',
        ['workOrderId'],
      );
      const contract = await loadRecord(
        tx,
        TRUSTEESHIP_CONTRACT_KIND,
        order.contractId,
        TrusteeshipContractRecordSchema,
        'contract',
        ['workOrderId'],
      );
      const plot = await loadRecord(tx, TRUSTEESHIP_PLOT_KIND, order.plotId, PlotRecordSchema, 'plot', [
        'workOrderId',
      ]);
      const workOrders = await listRecords(
        tx,
        TRUSTEESHIP_WORK_ORDER_KIND,
        WorkOrderRecordSchema,
        (v) => v.contractId === order.contractId && v.plotId === order.plotId,
      );
      const moved = transitionWorkOrder(order, next, {
        contract,
        plotAreaMu: plot.measuredAreaMu ?? plot.registeredAreaMu,
        workOrders,
      });
      await tx.put(TRUSTEESHIP_WORK_ORDER_KIND, id, moved);
      return deepFreeze(moved);
    });
  };
  const dayOf = (on: unknown, today: string) =>
    parseInput(OPTIONAL_DAY_SCHEMA, on, { path: ['on'] }) ?? today;

  return {
    async scheduleWorkOrder(request) {
      const r = parseInput(WorkOrderRequestSchema, request, { path: ['request'] });
      const scheduled = await ctx.store.transaction(async (tx) => {
        await ensureNew(tx, TRUSTEESHIP_WORK_ORDER_KIND, r.id, 'work order', ['request', 'id']);
        const contract = await loadRecord(
          tx,
          TRUSTEESHIP_CONTRACT_KIND,
          r.contractId,
          TrusteeshipContractRecordSchema,
          'contract',
          ['request', 'contractId'],
        );
        const order = scheduleWorkOrder(r, contract);
        await tx.put(TRUSTEESHIP_WORK_ORDER_KIND, order.id, order);
        return deepFreeze(order);
      });
      ctx.events.emit('workOrder.scheduled', eventOf(scheduled, scheduled.scheduledOn));
      return scheduled;
    },

    async dispatchWorkOrder(workOrderId, dispatch) {
      const d = parseInput(WorkOrderDispatchSchema, dispatch, { path: ['dispatch'] });
      const moved = await move(workOrderId, (today) => ({
        action: 'dispatch',
        on: d.on ?? today,
        operatorId: d.operatorId,
        machineId: d.machineId,
      }));
      ctx.events.emit('workOrder.dispatched', eventOf(moved, moved.dispatchedOn as string));
      return moved;
    },

    async reportWorkOrderDone(workOrderId, done) {
      const d = parseInput(WorkOrderDoneSchema, done, { path: ['done'] });
      const moved = await move(workOrderId, (today) => ({
        action: 'done',
        on: d.on ?? today,
        ...(d.actualAreaMu === undefined ? {} : { actualAreaMu: d.actualAreaMu }),
        ...(d.actualTonnes === undefined ? {} : { actualTonnes: d.actualTonnes }),
        ...(d.operatorId === undefined ? {} : { operatorId: d.operatorId }),
        ...(d.machineId === undefined ? {} : { machineId: d.machineId }),
      }));
      ctx.events.emit('workOrder.done', {
        ...eventOf(moved, moved.doneOn as string),
        actualAreaMu: moved.actualAreaMu ?? null,
        actualTonnes: moved.actualTonnes ?? null,
      });
      return moved;
    },

    async confirmWorkOrder(workOrderId, on) {
      const moved = await move(workOrderId, (today) => ({ action: 'confirm', on: dayOf(on, today) }));
      ctx.events.emit('workOrder.confirmed', eventOf(moved, moved.confirmedOn as string));
      return moved;
    },

    async cancelWorkOrder(workOrderId, on) {
      const moved = await move(workOrderId, (today) => ({ action: 'cancel', on: dayOf(on, today) }));
      ctx.events.emit('workOrder.cancelled', eventOf(moved, moved.cancelledOn as string));
      return moved;
    },

    async workOrders(contractId) {
      const id = parseInput(RecordIdSchema, contractId, { path: ['contractId'] });
      const orders = await listRecords(
        ctx.store,
        TRUSTEESHIP_WORK_ORDER_KIND,
        WorkOrderRecordSchema,
        (v) => v.contractId === id,
      );
      return deepFreeze(orders);
    },
  };
}
