import { EntityIdSchema, HezuoError, IsoDateSchema, parseInput, RecordIdSchema } from '@hezuo/core';
import { z } from 'zod';
import { OPERATION_UNITS, TrusteeshipOperationSchema } from '../catalogue/operations';
import { isWithinSeasonWindow } from '../catalogue/seasonWindow';
import { type TrusteeshipContractRecord, TrusteeshipContractRecordSchema } from '../contractRecord';
import { trusteeshipRuleError } from '../rules';
import type { WorkOrderRecord } from './workOrderRecord';

/** Schema of a work order request: the contract, the plot, what to do, and when. */
export const WorkOrderRequestSchema = z.strictObject({
  /** The work order id. */
  id: RecordIdSchema,
  /** The contract it works under. */
  contractId: RecordIdSchema,
  /** The plot to work; it must be under the contract. */
  plotId: EntityIdSchema,
  /** The contract's service, for a menu contract. */
  serviceId: z.optional(EntityIdSchema),
  /** The operation, for a full contract (a menu contract's service sets it). */
  operation: z.optional(TrusteeshipOperationSchema),
  /** The day it is planned for. */
  scheduledOn: IsoDateSchema,
});

/** A work order request; see {@link WorkOrderRequestSchema}. */
export type WorkOrderRequest = z.input<typeof WorkOrderRequestSchema>;

const ScheduleArgsSchema = z.strictObject({
  request: WorkOrderRequestSchema,
  contract: TrusteeshipContractRecordSchema,
});

/**
 * Schedules a work order (pure): checks it against its contract and returns the `scheduled`
 * record. The contract must be signed or active and cover the plot. Under a menu contract the
 * work order names one of the contract's services, which sets the operation, unit, passes and
 * price, and it must be planned inside the service's seasonal window; under a full contract it
 * names the operation. It must be planned within the contract's dates.
 *
 * @throws HezuoError `INVALID_INPUT` (path `request`, field) for a bad request, a request for
 * another contract, or a missing service or operation; `TRUSTEESHIP_RULE` with `details.rule`
 * `contractNotInForce`, `plotNotUnderContract`, `serviceNotInContract` or
 * `outsideServiceWindow`; `DATE_ORDER` (path `request`, `scheduledOn`) outside the contract's dates
 *
 * @example
 * ```ts
 * scheduleWorkOrder(
 *   { id: 'WO-1', contractId: 'TG-1', plotId: 'P1', operation: 'harvesting', scheduledOn: '2026-06-05' },
 *   { id: 'TG-1', memberId: 'M1', areaMu: 20, status: 'active', startDate: '2025-10-01',
 *     plots: [{ plotId: 'P1', contractAreaMu: 20 }] },
 * ).status; // 'scheduled'
 * ```
 */
export function scheduleWorkOrder(
  request: WorkOrderRequest,
  contract: TrusteeshipContractRecord,
): WorkOrderRecord {
  const args = parseInput(ScheduleArgsSchema, { request, contract });
  const r = args.request;
  const c = args.contract;
  if (r.contractId !== c.id) {
    throw new HezuoError('INVALID_INPUT', `the work order is for contract ${r.contractId}, not ${c.id}`, {
      path: ['request', 'contractId'],
    });
  }
  if (c.status !== 'signed' && c.status !== 'active') {
    throw trusteeshipRuleError(
      'contractNotInForce',
      `contract ${c.id} is ${c.status}: work is ordered only under a signed or active contract`,
      ['request', 'contractId'],
      { status: c.status },
    );
  }
  if (!(c.plots ?? []).some((p) => p.plotId === r.plotId)) {
    throw trusteeshipRuleError(
      'plotNotUnderContract',
      `plot ${r.plotId} is not under contract ${c.id}`,
      ['request', 'plotId'],
      { contractId: c.id, plotId: r.plotId },
    );
  }
  if (r.scheduledOn < c.startDate || (c.endDate !== undefined && r.scheduledOn > c.endDate)) {
    throw new HezuoError(
      'DATE_ORDER',
      `the work is planned for ${r.scheduledOn}, outside contract ${c.id} (${c.startDate} to ${c.endDate ?? 'open'})`,
      { path: ['request', 'scheduledOn'] },
    );
  }
  const base = {
    id: r.id,
    contractId: c.id,
    memberId: c.memberId,
    plotId: r.plotId,
    status: 'scheduled' as const,
    scheduledOn: r.scheduledOn,
  };
  if (c.terms?.kind === 'menu') {
    if (r.serviceId === undefined) {
      throw new HezuoError('INVALID_INPUT', `contract ${c.id} is a menu contract: name the service to do`, {
        path: ['request', 'serviceId'],
      });
    }
    const service = c.terms.services.find((s) => s.serviceId === r.serviceId);
    if (!service) {
      throw trusteeshipRuleError(
        'serviceNotInContract',
        `contract ${c.id} did not order service ${r.serviceId} (it ordered ${c.terms.services.map((s) => s.serviceId).join(', ')})`,
        ['request', 'serviceId'],
      );
    }
    if (r.operation !== undefined && r.operation !== service.operation) {
      throw new HezuoError(
        'INVALID_INPUT',
        `service ${service.serviceId} is ${service.operation}, not ${r.operation}`,
        {
          path: ['request', 'operation'],
        },
      );
    }
    if (!isWithinSeasonWindow(r.scheduledOn, service.window)) {
      throw trusteeshipRuleError(
        'outsideServiceWindow',
        `${service.name.en} is done from ${service.window.from} to ${service.window.to}; ${r.scheduledOn} is outside that window`,
        ['request', 'scheduledOn'],
        { window: service.window },
      );
    }
    return {
      ...base,
      serviceId: service.serviceId,
      operation: service.operation,
      unit: service.unit,
      passes: service.passes,
    };
  }
  if (r.serviceId !== undefined) {
    throw new HezuoError('INVALID_INPUT', `contract ${c.id} prices no services: name the operation instead`, {
      path: ['request', 'serviceId'],
    });
  }
  if (r.operation === undefined) {
    throw new HezuoError('INVALID_INPUT', 'name the operation to do', { path: ['request', 'operation'] });
  }
  return { ...base, operation: r.operation, unit: OPERATION_UNITS[r.operation], passes: 1 };
}
