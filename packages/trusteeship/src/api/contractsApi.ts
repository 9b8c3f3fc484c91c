import { HezuoError, IsoDateSchema, type PluginContext, parseInput, RecordIdSchema } from '@hezuo/core';
import { z } from 'zod';
import { type ContractStep, transitionContract } from '../contract/contractTransitions';
import { type ContractDraft, ContractDraftSchema, draftContractFromQuote } from '../contract/draftContract';
import {
  OWING_PARTIES,
  TerminationReasonSchema,
  TRUSTEESHIP_CONTRACT_KIND,
  type TrusteeshipContractRecord,
  TrusteeshipContractRecordSchema,
} from '../contractRecord';
import { ServiceCenterSchema, TRUSTEESHIP_SERVICE_CENTER_KIND } from '../coverage/serviceCenter';
import { deepFreeze } from '../internal/deepFreeze';
import { PlotRecordSchema, TRUSTEESHIP_PLOT_KIND } from '../plot/plotRecord';
import type { FullTrusteeshipRules } from '../quote/fullTrusteeshipRules';
import { trusteeshipRuleError } from '../rules';
import { HarvestSeasonSchema, settleFullContract } from '../settlement/settleFullContract';
import { settleMenuContract } from '../settlement/settleMenuContract';
import { SettlementEntrySchema, type TrusteeshipSettlement } from '../settlement/settlementLine';
import {
  SettlementRecordSummarySchema,
  TRUSTEESHIP_SETTLEMENT_KIND,
  type TrusteeshipSettlementRecord,
} from '../settlement/settlementRecord';
import type { TrusteeshipApi } from '../trusteeship';
import { TRUSTEESHIP_WORK_ORDER_KIND, WorkOrderRecordSchema } from '../workOrder/workOrderRecord';
import { refuseOverlappingContract } from './overlappingContract';
import { ensureNew, listRecords, loadRecord } from './storeAccess';

// Built once at load: a schema is an object graph, too costly to rebuild on every call.
const OPTIONAL_DAY_SCHEMA = z.optional(IsoDateSchema);

const ContractIdSchema = RecordIdSchema;

/** Schema of what terminating a contract needs: the reason and what is owed by whom. */
export const ContractTerminationInputSchema = z
  .strictObject({
    /** The day it ends; the clock's today when left out. */
    on: z.optional(IsoDateSchema),
    /** Why it ends. */
    reason: TerminationReasonSchema,
    /** A free note. */
    note: z.string().max(500).optional(),
    /** What is owed on termination, in fen. */
    owedFen: z.int().min(0).max(Number.MAX_SAFE_INTEGER),
    /** Who owes it: `nobody` exactly when `owedFen` is 0. */
    owedBy: z.enum(OWING_PARTIES),
  })
  .refine((t) => (t.owedFen === 0) === (t.owedBy === 'nobody'), {
    path: ['owedBy'],
    error: 'owedBy is "nobody" exactly when nothing is owed (owedFen 0)',
  });

/** What terminating a contract needs; see {@link ContractTerminationInputSchema}. */
export type ContractTerminationInput = z.input<typeof ContractTerminationInputSchema>;

const EntriesSchema = z.array(SettlementEntrySchema).max(10_000);

/** Schema of what settling a contract through the plugin needs besides its stored records. */
export const ContractSettlementInputSchema = z.strictObject({
  /** The day it is settled; the clock's today when left out. */
  on: z.optional(IsoDateSchema),
  /** The seasons' harvests, for a full contract (a menu contract bills its work orders). */
  seasons: z.array(HarvestSeasonSchema).min(1).max(100).optional(),
  /** Input advances the farmer owes. */
  inputAdvances: EntriesSchema.optional(),
  /** Proceeds of the crop the co-op sold for the farmer. */
  saleProceeds: EntriesSchema.optional(),
  /** Fees the farmer paid in advance. */
  prepayments: EntriesSchema.optional(),
});

/** What settling a contract through the plugin needs; see {@link ContractSettlementInputSchema}. */
export type ContractSettlementInput = z.input<typeof ContractSettlementInputSchema>;

/** The contract part of the plugin's API (documented on {@link TrusteeshipApi}). @internal */
export type ContractsApi = Pick<
  TrusteeshipApi,
  | 'draftContract'
  | 'contract'
  | 'signContract'
  | 'activateContract'
  | 'completeContract'
  | 'terminateContract'
  | 'settleContract'
  | 'settlement'
>;

/** Builds the contract part of the plugin's API on the client's store and event bus. @internal */
export function createContractsApi(ctx: PluginContext, rules: FullTrusteeshipRules): ContractsApi {
  const loadContract = (tx: Parameters<typeof loadRecord>[0], id: string) =>
    loadRecord(tx, TRUSTEESHIP_CONTRACT_KIND, id, TrusteeshipContractRecordSchema, 'contract', [
      'contractId',
    ]);

  /** Runs one step in one transaction: load, check, move, store; then announce. */
  const step = async (
    contractId: string,
    next: ContractStep,
    check: (
      tx: Parameters<Parameters<PluginContext['store']['transaction']>[0]>[0],
      moved: TrusteeshipContractRecord,
    ) => Promise<void> = async () => {},
  ): Promise<TrusteeshipContractRecord> => {
    const id = parseInput(ContractIdSchema, contractId, { path: ['contractId'] });
    return ctx.store.transaction(async (tx) => {
      const moved = transitionContract(await loadContract(tx, id), next);
      await check(tx, moved);
      await tx.put(TRUSTEESHIP_CONTRACT_KIND, id, moved);
      return deepFreeze(moved);
    });
  };
  const dayOf = (on: unknown) => parseInput(OPTIONAL_DAY_SCHEMA, on, { path: ['on'] }) ?? ctx.clock.today();
  const eventOf = (c: TrusteeshipContractRecord, on: string) => ({
    contractId: c.id,
    memberId: c.memberId,
    on,
  });

  return {
    async draftContract(draft) {
      const args = parseInput(ContractDraftSchema, draft, { path: ['draft'] });
      const quote = args.quote as { kind?: unknown; rules?: unknown };
      // Full quotes that bring no rules are held to the plugin's.
      const withRules =
        quote.kind === 'full' && quote.rules === undefined ? { ...args, quote: { ...quote, rules } } : args;
      const record = draftContractFromQuote(withRules as ContractDraft);
      const saved = await ctx.store.transaction(async (tx) => {
        await ensureNew(tx, TRUSTEESHIP_CONTRACT_KIND, record.id, 'contract', ['draft', 'id']);
        for (const [index, plot] of (record.plots ?? []).entries()) {
          const stored = await loadRecord(tx, TRUSTEESHIP_PLOT_KIND, plot.plotId, PlotRecordSchema, 'plot', [
            'draft',
            'quote',
            'plots',
            index,
            'plotId',
          ]);
          if (stored.memberId !== record.memberId) {
            throw trusteeshipRuleError(
              'plotOfAnotherMember',
              `plot ${plot.plotId} is registered to another member, not to ${record.memberId}`,
              ['draft', 'quote', 'plots', index, 'plotId'],
            );
          }
        }
        if (record.serviceCenterId !== undefined) {
          await loadRecord(
            tx,
            TRUSTEESHIP_SERVICE_CENTER_KIND,
            record.serviceCenterId,
            ServiceCenterSchema,
            'service centre',
            ['draft', 'serviceCenterId'],
          );
        }
        await tx.put(TRUSTEESHIP_CONTRACT_KIND, record.id, record);
        return deepFreeze(record);
      });
      ctx.events.emit('contract.drafted', eventOf(saved, saved.startDate));
      return saved;
    },

    async contract(contractId) {
      const id = parseInput(ContractIdSchema, contractId, { path: ['contractId'] });
      return deepFreeze(await loadContract(ctx.store, id));
    },

    async signContract(contractId, on) {
      const day = dayOf(on);
      const signed = await step(contractId, { action: 'sign', on: day }, (tx, moved) =>
        refuseOverlappingContract(tx, moved, ['contractId']),
      );
      ctx.events.emit('contract.signed', {
        ...eventOf(signed, day),
        kind: signed.terms?.kind ?? null,
        areaMu: signed.areaMu,
      });
      return signed;
    },

    async activateContract(contractId, on) {
      const day = dayOf(on);
      const active = await step(contractId, { action: 'activate', on: day });
      ctx.events.emit('contract.activated', eventOf(active, day));
      return active;
    },

    async completeContract(contractId, on) {
      const day = dayOf(on);
      const completed = await step(contractId, { action: 'complete', on: day }, async (tx, moved) => {
        const open = (
          await listRecords(
            tx,
            TRUSTEESHIP_WORK_ORDER_KIND,
            WorkOrderRecordSchema,
            (v) => v.contractId === moved.id,
          )
        ).filter((w) => w.status !== 'confirmed' && w.status !== 'cancelled');
        if (open.length > 0) {
          throw trusteeshipRuleError(
            'unconfirmedWorkOrders',
            `contract ${moved.id} has work not yet confirmed by the farmer: ${open.map((w) => `${w.id} (${w.status})`).join(', ')}`,
            ['contractId'],
            { workOrderIds: open.map((w) => w.id) },
          );
        }
      });
      ctx.events.emit('contract.completed', eventOf(completed, day));
      return completed;
    },

    async terminateContract(contractId, termination) {
      const t = parseInput(ContractTerminationInputSchema, termination, { path: ['termination'] });
      const day = t.on ?? ctx.clock.today();
      const terminated = await step(contractId, {
        action: 'terminate',
        on: day,
        reason: t.reason,
        ...(t.note === undefined ? {} : { note: t.note }),
        owedFen: t.owedFen,
        owedBy: t.owedBy,
      });
      ctx.events.emit('contract.terminated', {
        ...eventOf(terminated, day),
        reason: t.reason,
        owedFen: t.owedFen,
        owedBy: t.owedBy,
      });
      return terminated;
    },

    async settleContract(contractId, input = {}) {
      const id = parseInput(ContractIdSchema, contractId, { path: ['contractId'] });
      const args = parseInput(ContractSettlementInputSchema, input, { path: ['settlement'] });
      const day = args.on ?? ctx.clock.today();
      const entries = {
        ...(args.inputAdvances === undefined ? {} : { inputAdvances: args.inputAdvances }),
        ...(args.saleProceeds === undefined ? {} : { saleProceeds: args.saleProceeds }),
        ...(args.prepayments === undefined ? {} : { prepayments: args.prepayments }),
      };
      const statement = await ctx.store.transaction(async (tx) => {
        const contract = await loadContract(tx, id);
        const settled = transitionContract(contract, { action: 'settle', on: day });
        let result: TrusteeshipSettlement;
        if (contract.terms?.kind === 'full') {
          if (args.seasons === undefined) {
            throw trusteeshipRuleError(
              'settlementMismatch',
              `contract ${id} is a full contract: give each season's harvest to settle it`,
              ['settlement', 'seasons'],
            );
          }
          result = settleFullContract({ contract, seasons: args.seasons, ...entries });
        } else {
          if (args.seasons !== undefined) {
            throw trusteeshipRuleError(
              'settlementMismatch',
              `contract ${id} bills its work orders: it takes no seasons`,
              ['settlement', 'seasons'],
            );
          }
          const workOrders = await listRecords(
            tx,
            TRUSTEESHIP_WORK_ORDER_KIND,
            WorkOrderRecordSchema,
            (v) => v.contractId === id,
          );
          result = settleMenuContract({ contract, workOrders, ...entries });
        }
        const record: TrusteeshipSettlementRecord = { id, settledOn: day, ...result };
        await tx.put(TRUSTEESHIP_SETTLEMENT_KIND, id, record);
        await tx.put(TRUSTEESHIP_CONTRACT_KIND, id, settled);
        return deepFreeze(result);
      });
      ctx.events.emit('contract.settled', {
        contractId: id,
        memberId: statement.memberId,
        on: day,
        balanceFen: statement.balanceFen,
      });
      return statement;
    },

    async settlement(contractId) {
      const id = parseInput(ContractIdSchema, contractId, { path: ['contractId'] });
      const value = await ctx.store.get(TRUSTEESHIP_SETTLEMENT_KIND, id);
      if (value === undefined) {
        throw new HezuoError('NOT_FOUND', `contract ${id} has not been settled`, { path: ['contractId'] });
      }
      parseInput(SettlementRecordSummarySchema, value, {
        code: 'INVALID_RECORD',
        path: [TRUSTEESHIP_SETTLEMENT_KIND, id],
      });
      return deepFreeze(value as TrusteeshipSettlementRecord);
    },
  };
}
