import { EntityIdSchema, IsoDateSchema, RecordIdSchema } from '@hezuo/core';
import { z } from 'zod';
import { AreaMuSchema } from '../area';
import {
  type ServiceUnit,
  ServiceUnitSchema,
  type TrusteeshipOperation,
  TrusteeshipOperationSchema,
} from '../catalogue/operations';

/** The store kind of work orders: `trusteeship.workOrder`. */
export const TRUSTEESHIP_WORK_ORDER_KIND = 'trusteeship.workOrder';

/**
 * The life of a work order (作业单): `scheduled`, `dispatched` (an operator and a machine sent),
 * `done` (the work reported: actual area, date, operator, machine), `confirmed` by the farmer;
 * or `cancelled` before the work was done (rain, a changed plan), which bills nothing.
 */
export const WORK_ORDER_STATUSES = ['scheduled', 'dispatched', 'done', 'confirmed', 'cancelled'] as const;

/** One of {@link WORK_ORDER_STATUSES}. */
export type WorkOrderStatus = (typeof WORK_ORDER_STATUSES)[number];

/** Schema of {@link WorkOrderStatus}. */
export const WorkOrderStatusSchema = z.enum(WORK_ORDER_STATUSES);

/** Schema of an operator's or a machine's id. */
const ResourceIdSchema = EntityIdSchema;

/** Schema of a work order record as stored under {@link TRUSTEESHIP_WORK_ORDER_KIND}. */
export const WorkOrderRecordSchema = z
  .strictObject({
    /** The work order id. */
    id: RecordIdSchema,
    /** The contract it works under. */
    contractId: RecordIdSchema,
    /** The contract's member. */
    memberId: z.string().min(1).max(256),
    /** The plot worked. */
    plotId: EntityIdSchema,
    /** The contract's service (menu contracts), which sets the price. */
    serviceId: z.optional(EntityIdSchema),
    /** The operation. */
    operation: TrusteeshipOperationSchema,
    /** What the work is measured in: mu of land or tonnes of grain. */
    unit: ServiceUnitSchema,
    /** How many passes over the plot the service covers. */
    passes: z.int().min(1).max(20),
    /** Where it is in its life. */
    status: WorkOrderStatusSchema,
    /** The day it is planned for. */
    scheduledOn: IsoDateSchema,
    /** The day it was dispatched. */
    dispatchedOn: z.optional(IsoDateSchema),
    /** The operator (机手) who does the work. */
    operatorId: z.optional(ResourceIdSchema),
    /** The machine used. */
    machineId: z.optional(ResourceIdSchema),
    /** The day the work was done. */
    doneOn: z.optional(IsoDateSchema),
    /** The area actually worked, in mu (work measured in mu). */
    actualAreaMu: z.optional(AreaMuSchema),
    /** The tonnes actually handled (work measured in tonnes). */
    actualTonnes: z.optional(AreaMuSchema),
    /** The day the farmer confirmed the work. */
    confirmedOn: z.optional(IsoDateSchema),
    /** The day it was cancelled. */
    cancelledOn: z.optional(IsoDateSchema),
  })
  .superRefine((order, ctx) => {
    const done = order.status === 'done' || order.status === 'confirmed';
    if (done && order.doneOn === undefined) {
      ctx.addIssue({ code: 'custom', path: ['doneOn'], message: 'work done has a date' });
    }
    if (done && (order.unit === 'mu' ? order.actualAreaMu : order.actualTonnes) === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [order.unit === 'mu' ? 'actualAreaMu' : 'actualTonnes'],
        message: `work done has its actual ${order.unit === 'mu' ? 'area' : 'tonnes'}`,
      });
    }
  });

/** A work order record; see {@link WorkOrderRecordSchema}. */
export interface WorkOrderRecord {
  /** The work order id. */
  readonly id: string;
  /** The contract it works under. */
  readonly contractId: string;
  /** The contract's member. */
  readonly memberId: string;
  /** The plot worked. */
  readonly plotId: string;
  /** The contract's service (menu contracts). */
  readonly serviceId?: string | undefined;
  /** The operation. */
  readonly operation: TrusteeshipOperation;
  /** What the work is measured in. */
  readonly unit: ServiceUnit;
  /** How many passes over the plot the service covers. */
  readonly passes: number;
  /** Where it is in its life. */
  readonly status: WorkOrderStatus;
  /** The day it is planned for. */
  readonly scheduledOn: string;
  /** The day it was dispatched. */
  readonly dispatchedOn?: string | undefined;
  /** The operator who does the work. */
  readonly operatorId?: string | undefined;
  /** The machine used. */
  readonly machineId?: string | undefined;
  /** The day the work was done. */
  readonly doneOn?: string | undefined;
  /** The area actually worked, in mu. */
  readonly actualAreaMu?: number | undefined;
  /** The tonnes actually handled. */
  readonly actualTonnes?: number | undefined;
  /** The day the farmer confirmed the work. */
  readonly confirmedOn?: string | undefined;
  /** The day it was cancelled. */
  readonly cancelledOn?: string | undefined;
}
