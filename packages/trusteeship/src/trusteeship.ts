import { definePlugin, type HezuoPlugin, IsoDateSchema, parseInput } from '@hezuo/core';
import { z } from 'zod';
import {
  type ContractSettlementInput,
  type ContractTerminationInput,
  createContractsApi,
} from './api/contractsApi';
import { refuseOverlappingContract } from './api/overlappingContract';
import { type CoverageCountySchema, createPlotsApi } from './api/plotsApi';
import { createWorkOrdersApi, type WorkOrderDispatch, type WorkOrderDone } from './api/workOrdersApi';
import { CONTRACT_IN_FORCE_STATUSES } from './contract/contractOverlap';
import type { ContractDraft } from './contract/draftContract';
import { contractTenureFeature } from './contractTenureFeature';
import type { CountyCoverageReport } from './coverage/countyCoverageReport';
import type { NearestServiceCenter } from './coverage/nearestServiceCenter';
import type { ServiceCenter } from './coverage/serviceCenter';
import './events';
import { computeContractedAreaMu, contractedAreaMuFeature } from './contractedAreaFeature';
import {
  TRUSTEESHIP_CONTRACT_KIND,
  type TrusteeshipContractRecord,
  TrusteeshipContractRecordSchema,
} from './contractRecord';
import { contractStandingFeature } from './contractStandingFeature';
import { feeOnTimeShareFeature } from './feeOnTimeShareFeature';
import {
  TRUSTEESHIP_FEE_PAYMENT_KIND,
  type TrusteeshipFeePaymentRecord,
  TrusteeshipFeePaymentRecordSchema,
} from './feePaymentRecord';
import { deepFreeze } from './internal/deepFreeze';
import {
  type ResolvedTrusteeshipOptions,
  type TrusteeshipOptions,
  TrusteeshipOptionsSchema,
} from './options';
import type { PlotInput, PlotRecord } from './plot/plotRecord';
import type { FullQuote, FullQuoteInput } from './quote/fullQuote';
import type { MenuQuote, MenuQuoteInput } from './quote/menuQuote';
import { quoteTrusteeship, type TrusteeshipQuote, type TrusteeshipQuoteInput } from './quote/quote';
import type { TrusteeshipSettlement } from './settlement/settlementLine';
import type { TrusteeshipSettlementRecord } from './settlement/settlementRecord';
import type { WorkOrderRequest } from './workOrder/scheduleWorkOrder';
import type { WorkOrderRecord } from './workOrder/workOrderRecord';
import { yieldClaimsFeature } from './yieldClaimsFeature';

/** What the trusteeship plugin exposes on the client as `hz.trusteeship`. */
export interface TrusteeshipApi {
  /** The plugin's options with defaults filled in (frozen). */
  readonly options: Readonly<ResolvedTrusteeshipOptions>;
  /**
   * Validates a contract kept elsewhere and stores it as it stands under `trusteeship.contract`
   * (replacing a record with the same id). Resolves to the stored record. Contracts made
   * through the plugin are drafted from a quote instead ({@link TrusteeshipApi.draftContract}).
   *
   * @throws HezuoError `INVALID_INPUT` (path `contract`, field) for a record that does not match
   * {@link TrusteeshipContractRecordSchema}; `TRUSTEESHIP_RULE` `overlappingContract` for a contract in
   * force on a plot another contract in force holds for overlapping dates; nothing is stored
   */
  recordContract(contract: TrusteeshipContractRecord): Promise<TrusteeshipContractRecord>;
  /**
   * Validates a fee payment and stores it under `trusteeship.feePayment` (replacing a record with
   * the same id). Resolves to the stored record. Record a fee when it is charged (without
   * `paidOn` and `amountPaidFen`) and again under the same id when it is paid.
   *
   * @throws HezuoError `INVALID_INPUT` (path `payment`, field) for a record that does not match
   * {@link TrusteeshipFeePaymentRecordSchema}; nothing is stored
   */
  recordFeePayment(payment: TrusteeshipFeePaymentRecord): Promise<TrusteeshipFeePaymentRecord>;
  /**
   * The member's area under trusteeship contract as of a date, in mu, or `null` when the member
   * has no contract; see {@link sumContractedAreaMu}. `asOf` defaults to the client clock's today.
   *
   * @throws HezuoError `INVALID_INPUT` for a bad member id or date; `INVALID_RECORD` for a
   * malformed stored contract of this member
   */
  contractedAreaMu(memberId: string, asOf?: string): Promise<number | null>;

  /**
   * Quotes menu or full trusteeship ({@link quoteTrusteeship}); a full quote that brings no
   * rules is held to the plugin's `fullTrusteeshipRules`. Pure: nothing is stored.
   */
  quote(input: MenuQuoteInput): MenuQuote;
  /** Quotes full trusteeship; see the menu overload. */
  quote(input: FullQuoteInput): FullQuote;
  /** Quotes either kind; see the menu overload. */
  quote(input: TrusteeshipQuoteInput): TrusteeshipQuote;

  /**
   * Registers a plot (or replaces its record): its holder, registered area, location and
   * boundary; the measured area is computed from the boundary ({@link buildPlotRecord}).
   * Emits `plot.registered`.
   */
  registerPlot(plot: PlotInput): Promise<PlotRecord>;
  /** A registered plot; `NOT_FOUND` when there is none. */
  plot(plotId: string): Promise<PlotRecord>;
  /** Registers a service centre (or replaces its record). */
  registerServiceCenter(center: ServiceCenter): Promise<ServiceCenter>;
  /** The registered service centres, in id order. */
  serviceCenters(): Promise<ServiceCenter[]>;
  /** The registered centre nearest a registered plot ({@link nearestServiceCenter}). */
  nearestServiceCenter(plotId: string): Promise<NearestServiceCenter>;
  /**
   * The coverage report of the registered plots (those with a location, at their measured area,
   * else registered area) by the registered centres ({@link countyCoverageReport}).
   */
  coverageReport(county: z.input<typeof CoverageCountySchema>): Promise<CountyCoverageReport>;

  /**
   * Drafts a contract from a quote request ({@link draftContractFromQuote}) and stores it. Its
   * plots must be registered to the contract's member, its service centre (if named)
   * registered, its id new. Emits `contract.drafted`.
   *
   * @throws HezuoError `NOT_FOUND` for an unregistered plot or centre; `TRUSTEESHIP_RULE`
   * (`plotOfAnotherMember`, `duplicateRecord`); what the quote refuses
   */
  draftContract(draft: ContractDraft): Promise<TrusteeshipContractRecord>;
  /** A stored contract; `NOT_FOUND` when there is none. */
  contract(contractId: string): Promise<TrusteeshipContractRecord>;
  /**
   * Signs a draft contract on `on` (the clock's today by default). Emits `contract.signed`.
   *
   * @throws HezuoError `TRUSTEESHIP_RULE` (`illegalTransition`; `overlappingContract` when one of its
   * plots is under another contract in force for overlapping dates); `DATE_ORDER`
   */
  signContract(contractId: string, on?: string): Promise<TrusteeshipContractRecord>;
  /** Starts the work under a signed contract (not before its start date). Emits `contract.activated`. */
  activateContract(contractId: string, on?: string): Promise<TrusteeshipContractRecord>;
  /**
   * Completes an active contract once all its work orders are confirmed or cancelled
   * (`TRUSTEESHIP_RULE` `unconfirmedWorkOrders` otherwise). Emits `contract.completed`.
   */
  completeContract(contractId: string, on?: string): Promise<TrusteeshipContractRecord>;
  /**
   * Terminates a contract not yet completed, with the reason and what is owed by whom.
   * Emits `contract.terminated`.
   */
  terminateContract(
    contractId: string,
    termination: ContractTerminationInput,
  ): Promise<TrusteeshipContractRecord>;
  /**
   * Settles a completed contract: a menu contract from its confirmed work orders
   * ({@link settleMenuContract}), a full contract from the seasons' harvests given
   * ({@link settleFullContract}); keeps the statement under `trusteeship.settlement` and marks the
   * contract settled, in one transaction. Emits `contract.settled`.
   */
  settleContract(contractId: string, input?: ContractSettlementInput): Promise<TrusteeshipSettlement>;
  /** A settled contract's statement; `NOT_FOUND` when it has not been settled. */
  settlement(contractId: string): Promise<TrusteeshipSettlementRecord>;

  /**
   * Schedules a work order under a stored contract ({@link scheduleWorkOrder}). Emits
   * `workOrder.scheduled`.
   *
   * @throws HezuoError `TRUSTEESHIP_RULE` (`plotNotUnderContract`, `contractNotInForce`,
   * `serviceNotInContract`, `outsideServiceWindow`, `duplicateRecord`); `NOT_FOUND`
   */
  scheduleWorkOrder(request: WorkOrderRequest): Promise<WorkOrderRecord>;
  /** Dispatches a scheduled work order with an operator and a machine. Emits `workOrder.dispatched`. */
  dispatchWorkOrder(workOrderId: string, dispatch: WorkOrderDispatch): Promise<WorkOrderRecord>;
  /**
   * Reports a dispatched work order done with the actual area (or tonnes), checked against the
   * plot's area ({@link transitionWorkOrder}). Emits `workOrder.done`.
   *
   * @throws HezuoError `TRUSTEESHIP_RULE` `areaAbovePlot` for more area than the plot has
   */
  reportWorkOrderDone(workOrderId: string, done: WorkOrderDone): Promise<WorkOrderRecord>;
  /** The farmer confirms work done. Emits `workOrder.confirmed`. */
  confirmWorkOrder(workOrderId: string, on?: string): Promise<WorkOrderRecord>;
  /** Cancels a work order not yet done. Emits `workOrder.cancelled`. */
  cancelWorkOrder(workOrderId: string, on?: string): Promise<WorkOrderRecord>;
  /** A contract's work orders, in id order. */
  workOrders(contractId: string): Promise<WorkOrderRecord[]>;
}

const ContractedAreaArgsSchema = z.strictObject({
  memberId: z.string().min(1, { error: 'a member id may not be empty' }).max(256),
  asOf: IsoDateSchema,
});

/**
 * The trusteeship plugin: land trusteeship (土地托管) between the cooperative's service centre
 * and its members — quotes from a service catalogue, plots, contracts through their states, work
 * orders, settlement, service centres and their coverage — kept in the client's store, each
 * change in one transaction and announced on the event bus after it commits; and the credit
 * characteristics these records yield (`trusteeship.contractedAreaMu`,
 * `trusteeship.contractStanding`, `trusteeship.feeOnTimeShare`,
 * `trusteeship.contractTenureYears`, `trusteeship.yieldClaims3y`).
 *
 * @param options - see {@link TrusteeshipOptions}
 * @throws HezuoError `INVALID_INPUT` (path `options`, …) for a bad or unknown option
 *
 * @example
 * ```ts
 * import { createHezuo } from '@hezuo/core';
 * import { trusteeship } from '@hezuo/trusteeship';
 *
 * const hz = createHezuo({ plugins: [trusteeship()] });
 * await hz.trusteeship.recordContract({
 *   id: 'TG-2026-001', memberId: 'M001', areaMu: 120.5, status: 'active', startDate: '2026-03-01',
 * });
 * await hz.credit.compute('M001', '2026-06-30', ['trusteeship.contractedAreaMu']);
 * // { 'trusteeship.contractedAreaMu': 120.5 }
 * ```
 */
export function trusteeship(options: TrusteeshipOptions = {}): HezuoPlugin<'trusteeship', TrusteeshipApi> {
  const resolved: Readonly<ResolvedTrusteeshipOptions> = deepFreeze(
    parseInput(TrusteeshipOptionsSchema, options, { path: ['options'] }),
  );
  return definePlugin({
    name: 'trusteeship',
    setup(ctx) {
      if (resolved.registerCreditFeatures) {
        ctx.credit.register(contractedAreaMuFeature);
        ctx.credit.register(contractStandingFeature);
        ctx.credit.register(feeOnTimeShareFeature);
        ctx.credit.register(contractTenureFeature);
        ctx.credit.register(yieldClaimsFeature);
      }
      const rules = resolved.fullTrusteeshipRules;
      const quote = (input: TrusteeshipQuoteInput): TrusteeshipQuote => {
        const kind =
          typeof input === 'object' && input !== null ? (input as { kind?: unknown }).kind : undefined;
        const withRules =
          kind === 'full' && (input as FullQuoteInput).rules === undefined
            ? { ...(input as FullQuoteInput), rules }
            : input;
        return quoteTrusteeship(withRules);
      };
      const api: TrusteeshipApi = {
        ...createContractsApi(ctx, rules),
        ...createWorkOrdersApi(ctx),
        ...createPlotsApi(ctx, resolved.terrainProfiles),
        quote: quote as TrusteeshipApi['quote'],
        options: resolved,
        async recordContract(contract) {
          const record = parseInput(TrusteeshipContractRecordSchema, contract, { path: ['contract'] });
          await ctx.store.transaction(async (tx) => {
            if (CONTRACT_IN_FORCE_STATUSES.includes(record.status) && record.plots !== undefined) {
              await refuseOverlappingContract(tx, record, ['contract', 'plots']);
            }
            await tx.put(TRUSTEESHIP_CONTRACT_KIND, record.id, record);
          });
          return deepFreeze(record);
        },
        async recordFeePayment(payment) {
          const record = parseInput(TrusteeshipFeePaymentRecordSchema, payment, { path: ['payment'] });
          await ctx.store.put(TRUSTEESHIP_FEE_PAYMENT_KIND, record.id, record);
          return Object.freeze({ ...record });
        },
        async contractedAreaMu(memberId, asOf = ctx.clock.today()) {
          const args = parseInput(ContractedAreaArgsSchema, { memberId, asOf });
          return computeContractedAreaMu({ memberId: args.memberId, asOf: args.asOf, store: ctx.store });
        },
      };
      return Object.freeze(api);
    },
  });
}
