import { definePlugin, type HezuoPlugin, IsoDateSchema, parseInput } from '@hezuo/core';
import { z } from 'zod';
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
import {
  type ResolvedTrusteeshipOptions,
  type TrusteeshipOptions,
  TrusteeshipOptionsSchema,
} from './options';

/** What the trusteeship plugin exposes on the client as `hz.trusteeship`. */
export interface TrusteeshipApi {
  /** The plugin's options with defaults filled in (frozen). */
  readonly options: Readonly<ResolvedTrusteeshipOptions>;
  /**
   * Validates a contract and stores it under `trusteeship.contract` (replacing a record with the
   * same id). Resolves to the stored record.
   *
   * @throws HezuoError `INVALID_INPUT` (path `contract`, field) for a record that does not match
   * {@link TrusteeshipContractRecordSchema}; nothing is stored
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
}

const ContractedAreaArgsSchema = z.strictObject({
  memberId: z.string().min(1, { error: 'a member id may not be empty' }).max(256),
  asOf: IsoDateSchema,
});

/**
 * The trusteeship plugin: land trusteeship (土地托管) contracts between the cooperative's
 * service centre and its members, the fees they pay, and the credit characteristics these
 * yield (`trusteeship.contractedAreaMu`, `trusteeship.contractStanding`,
 * `trusteeship.feeOnTimeShare`).
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
  const resolved: Readonly<ResolvedTrusteeshipOptions> = Object.freeze(
    parseInput(TrusteeshipOptionsSchema, options, { path: ['options'] }),
  );
  return definePlugin({
    name: 'trusteeship',
    setup(ctx) {
      if (resolved.registerCreditFeatures) {
        ctx.credit.register(contractedAreaMuFeature);
        ctx.credit.register(contractStandingFeature);
        ctx.credit.register(feeOnTimeShareFeature);
      }
      const api: TrusteeshipApi = {
        options: resolved,
        async recordContract(contract) {
          const record = parseInput(TrusteeshipContractRecordSchema, contract, { path: ['contract'] });
          await ctx.store.put(TRUSTEESHIP_CONTRACT_KIND, record.id, record);
          return Object.freeze({ ...record });
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
