import { multiplyFen, parseInput, scaleFen, sumFen } from '@hezuo/core';
import { z } from 'zod';
import {
  type ContractService,
  type MenuContractTerms,
  type TrusteeshipContractRecord,
  TrusteeshipContractRecordSchema,
} from '../contractRecord';
import { checkUniqueIds } from '../internal/uniqueIds';
import { trusteeshipRuleError } from '../rules';
import { type WorkOrderRecord, WorkOrderRecordSchema } from '../workOrder/workOrderRecord';
import {
  type ServiceSettlementLine,
  type SettlementEntry,
  SettlementEntrySchema,
  type SettlementLine,
  type TrusteeshipSettlement,
} from './settlementLine';
import { buildStatement } from './statement';

const EntriesSchema = z.array(SettlementEntrySchema).max(10_000);

/** Schema of the input of {@link settleMenuContract}. */
export const MenuSettlementInputSchema = z
  .strictObject({
    /** The menu contract. */
    contract: TrusteeshipContractRecordSchema,
    /** Its work orders: confirmed ones are billed, cancelled ones ignored, others refused. */
    workOrders: z.array(WorkOrderRecordSchema).max(1_000_000),
    /** Input advances the farmer owes. */
    inputAdvances: EntriesSchema.optional(),
    /** Proceeds of the crop the co-op sold for the farmer. */
    saleProceeds: EntriesSchema.optional(),
    /** Fees the farmer paid in advance. */
    prepayments: EntriesSchema.optional(),
  })
  .superRefine((input, ctx) => {
    checkUniqueIds(input.workOrders, (w) => w.id, ctx, ['workOrders'], 'id', 'work order');
    for (const key of ['inputAdvances', 'saleProceeds', 'prepayments'] as const) {
      checkUniqueIds(input[key] ?? [], (e) => e.id, ctx, [key], 'id', 'entry');
    }
  });

/** The input of {@link settleMenuContract}; see {@link MenuSettlementInputSchema}. */
export interface MenuSettlementInput {
  /** The menu contract. */
  readonly contract: TrusteeshipContractRecord;
  /** Its work orders. */
  readonly workOrders: readonly WorkOrderRecord[];
  /** Input advances the farmer owes. */
  readonly inputAdvances?: readonly SettlementEntry[] | undefined;
  /** Proceeds of the crop the co-op sold for the farmer. */
  readonly saleProceeds?: readonly SettlementEntry[] | undefined;
  /** Fees the farmer paid in advance. */
  readonly prepayments?: readonly SettlementEntry[] | undefined;
}

/**
 * The invoice line of one confirmed work order under a menu contract: the actual area (or
 * tonnes) times the contract's price, divided by the service's passes (a price covers all its
 * passes, and each work order is one pass), rounded half-up once to the fen.
 *
 * @throws HezuoError `INVALID_INPUT` for a malformed work order or contract; `TRUSTEESHIP_RULE` with
 * `details.rule` `settlementMismatch` for a work order of another contract or a contract that is
 * not a menu contract, `serviceNotInContract` for a service the contract does not price,
 * `unconfirmedWorkOrders` for work not confirmed by the farmer
 *
 * @example
 * ```ts
 * workOrderInvoiceLine(confirmedOrder, menuContract).amountFen; // e.g. 7000 × 12.5 = 87,500
 * ```
 */
export function workOrderInvoiceLine(
  workOrder: WorkOrderRecord,
  contract: TrusteeshipContractRecord,
): ServiceSettlementLine {
  const order = parseInput(WorkOrderRecordSchema, workOrder, { path: ['workOrder'] });
  const c = parseInput(TrusteeshipContractRecordSchema, contract, { path: ['contract'] });
  return invoiceLine(order, menuTerms(c), ['workOrder']);
}

function menuTerms(contract: TrusteeshipContractRecord): MenuContractTerms {
  if (contract.terms?.kind !== 'menu') {
    throw trusteeshipRuleError(
      'settlementMismatch',
      `contract ${contract.id} is not a menu contract: it has no services to bill`,
      ['contract', 'terms'],
    );
  }
  return contract.terms;
}

function invoiceLine(
  order: WorkOrderRecord,
  terms: MenuContractTerms,
  path: readonly (string | number)[],
): ServiceSettlementLine {
  if (order.status !== 'confirmed') {
    throw trusteeshipRuleError(
      'unconfirmedWorkOrders',
      `work order ${order.id} is ${order.status}: only work the farmer confirmed is billed`,
      [...path, 'status'],
      { workOrderId: order.id, status: order.status },
    );
  }
  const service = terms.services.find((s) => s.serviceId === order.serviceId) as ContractService | undefined;
  if (!service) {
    throw trusteeshipRuleError(
      'serviceNotInContract',
      `work order ${order.id} is for service ${order.serviceId ?? order.operation}, which the contract does not price`,
      [...path, 'serviceId'],
    );
  }
  const quantity = (service.unit === 'mu' ? order.actualAreaMu : order.actualTonnes) as number;
  return {
    kind: 'service',
    workOrderId: order.id,
    serviceId: service.serviceId,
    operation: service.operation,
    plotId: order.plotId,
    description: {
      'zh-CN': `${service.name['zh-CN']}（地块 ${order.plotId}，${order.doneOn}）`,
      en: `${service.name.en} (plot ${order.plotId}, ${order.doneOn})`,
    },
    quantity,
    unit: service.unit,
    unitPriceFen: service.unitPriceFen,
    passes: service.passes,
    // The price covers all passes, so each pass done bills its share of it.
    amountFen: scaleFen(service.unitPriceFen, { multiply: [quantity], divide: [service.passes] }),
  };
}

/**
 * Settles a menu contract (半托管): each confirmed work order becomes an invoice line — actual
 * area (or tonnes) × the contract's price ÷ the service's passes, rounded half-up once — in order of the day the work
 * was done (then work-order id); the contract's volume discount applies to their sum (rounded
 * half-up once); then input advances are charged and sale proceeds and prepayments credited.
 * The balance is the sum of the lines: positive the farmer pays it, negative the service centre
 * pays the farmer.
 *
 * @throws HezuoError `INVALID_INPUT` (path `settlement`, field) for bad input or an id given
 * twice; `TRUSTEESHIP_RULE` with `details.rule` `settlementMismatch` (not a menu contract, a work order
 * of another contract), `unconfirmedWorkOrders` (work scheduled, dispatched or done but not
 * confirmed), `serviceNotInContract`
 *
 * @example
 * ```ts
 * const statement = settleMenuContract({ contract, workOrders, prepayments: [
 *   { id: 'R-1', description: '签约预交', amountFen: 50_000 },
 * ] });
 * statement.balanceFen; // the services, less the discount and the prepayment
 * ```
 */
export function settleMenuContract(input: MenuSettlementInput): TrusteeshipSettlement {
  const args = parseInput(MenuSettlementInputSchema, input, { path: ['settlement'] });
  const terms = menuTerms(args.contract);
  const billed = args.workOrders
    .map((order, index) => ({ order, index }))
    .filter(({ order, index }) => {
      if (order.contractId !== args.contract.id) {
        throw trusteeshipRuleError(
          'settlementMismatch',
          `work order ${order.id} is under contract ${order.contractId}, not ${args.contract.id}`,
          ['settlement', 'workOrders', index, 'contractId'],
        );
      }
      return order.status !== 'cancelled';
    })
    .map(({ order, index }) => ({
      order,
      line: invoiceLine(order, terms, ['settlement', 'workOrders', index]),
    }))
    .sort(
      (a, b) =>
        ((a.order.doneOn as string) < (b.order.doneOn as string)
          ? -1
          : (a.order.doneOn as string) > (b.order.doneOn as string)
            ? 1
            : 0) || (a.order.id < b.order.id ? -1 : a.order.id > b.order.id ? 1 : 0),
    )
    .map(({ line }) => line);
  const lines: SettlementLine[] = [...billed];
  const servicesFen = sumFen(billed.map((l) => l.amountFen));
  if (terms.volumeDiscount !== null && servicesFen > 0) {
    const rate = terms.volumeDiscount.discountRate;
    const discount = multiplyFen(servicesFen, rate);
    const percent = `${Number((rate * 100).toPrecision(12))} %`;
    lines.push({
      kind: 'volumeDiscount',
      description: { 'zh-CN': `连片托管优惠 ${percent}`, en: `Volume discount ${percent}` },
      discountRate: rate,
      baseFen: servicesFen,
      amountFen: discount === 0 ? 0 : -discount,
    });
  }
  return buildStatement(args.contract, 'menu', lines, args, [], []);
}
