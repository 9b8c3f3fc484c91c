import {
  type DecimalInput,
  definePlugin,
  type Fen,
  HezuoError,
  type HezuoPlugin,
  IsoDateSchema,
  type PluginContext,
  parseInput,
  RecordIdSchema,
  type RoundingMode,
  readMemberRecords,
  type StoreTransaction,
} from '@hezuo/core';
import { z } from 'zod';
import { type AnnualisedCost, annualisedCost } from './cost/annualisedCost';
import type { CreditLineAccount } from './creditLine/creditLineAccount';
import { drawOnCreditLine, repayCreditLine } from './creditLine/creditLineMovements';
import { type GrantCreditLineInput, grantCreditLine } from './creditLine/grantCreditLine';
import type { DayCount } from './dayCount';
import { defaults3yFeature } from './defaults3yFeature';
import {
  FINANCE_INSTALLMENT_KIND,
  type InstallmentRecord,
  InstallmentRecordSchema,
} from './installmentRecord';
import {
  type InsurancePremium,
  type InsurancePremiumInputSchema,
  insurancePremium,
} from './insurance/insurancePremium';
import {
  checkInsuredArea,
  type InsuredAreaCheck,
  TRUSTEESHIP_CONTRACT_KIND,
  TrusteeshipContractFieldsSchema,
} from './insurance/insuredAreaCheck';
import {
  type PremiumSubsidyInputSchema,
  type PremiumSubsidySplit,
  premiumSubsidySplit,
} from './insurance/premiumSubsidy';
import { maxDaysOverdueFeature } from './maxDaysOverdueFeature';
import { onTimeShareFeature } from './onTimeShareFeature';
import { type FinanceOptions, FinanceOptionsSchema, type ResolvedFinanceOptions } from './options';
import { applyRepayment, type Repayment, type RepaymentResult } from './repayment/applyRepayment';
import { installmentRecordsOf } from './repayment/installmentRecords';
import type { LoanAccount } from './repayment/loanAccount';
import { type LoanStatement, loanStatement } from './repayment/loanStatement';
import { type OpenLoanInput, openLoanAccount } from './repayment/openLoanAccount';
import { buildLoanSchedule, type LoanSchedule } from './schedule/loanSchedule';
import type { LoanTermsInput } from './schedule/loanTerms';
import { simpleInterest } from './simpleInterest';

/** The store kind of loan accounts: `finance.loan`. */
const LOAN_KIND = 'finance.loan';
/** The store kind of credit-line accounts: `finance.creditLine`. */
const CREDIT_LINE_KIND = 'finance.creditLine';

/** What {@link FinanceApi.quoteInsurance} takes. */
export interface InsuranceQuoteInput {
  /** The insured member. */
  readonly memberId: string;
  /** The day cover starts; trusteeship contracts started by then count. */
  readonly asOf: string;
  /** The premium's inputs; see {@link InsurancePremiumInputSchema}. */
  readonly premium: z.input<typeof InsurancePremiumInputSchema>;
  /** The subsidy split's inputs but the premium; see {@link PremiumSubsidyInputSchema}. */
  readonly subsidy: Omit<z.input<typeof PremiumSubsidyInputSchema>, 'premiumFen'>;
}

/** What {@link FinanceApi.quoteInsurance} returns. */
export interface InsuranceQuoteResult {
  /** The premium and sum insured. */
  readonly premium: InsurancePremium;
  /** Who pays the premium, exact to the fen. */
  readonly subsidy: PremiumSubsidySplit;
  /** The insured area checked against the member's trusteeship contracts. */
  readonly areaCheck: InsuredAreaCheck;
}

/** What the finance plugin exposes on the client as `hz.finance`. */
export interface FinanceApi {
  /** The plugin's options with defaults filled in (frozen). */
  readonly options: Readonly<ResolvedFinanceOptions>;
  /**
   * {@link simpleInterest}, with the day count defaulting to the plugin's
   * {@link ResolvedFinanceOptions.dayCount}.
   */
  simpleInterest(
    principalFen: Fen,
    annualRate: DecimalInput,
    startDate: string,
    endDate: string,
    dayCount?: DayCount,
    rounding?: RoundingMode,
  ): Fen;
  /**
   * Validates a loan installment and stores it under `finance.installment` (replacing a record
   * with the same id). Resolves to the stored record. Record each installment of a schedule when
   * the loan is made, and again under the same id when it is repaid or written off.
   *
   * @throws HezuoError `INVALID_INPUT` (path `installment`, field) for a record that does not
   * match {@link InstallmentRecordSchema}; nothing is stored
   */
  recordInstallment(installment: InstallmentRecord): Promise<InstallmentRecord>;
  /** {@link buildLoanSchedule}, with the day count defaulting to the plugin's. */
  schedule(terms: LoanTermsInput): LoanSchedule;
  /** {@link annualisedCost}, with the day count defaulting to the plugin's. */
  annualisedCost(terms: LoanTermsInput): AnnualisedCost;
  /**
   * Grants a credit line ({@link grantCreditLine}) and stores the account under
   * `finance.creditLine`.
   * @throws HezuoError as {@link grantCreditLine}; `INVALID_INPUT` (path `input`, `lineId`) for an id already used
   */
  grantCreditLine(input: GrantCreditLineInput): Promise<CreditLineAccount>;
  /** The stored credit-line account, or `undefined`. */
  creditLine(lineId: string): Promise<CreditLineAccount | undefined>;
  /**
   * Opens a loan ({@link openLoanAccount}; day count and penalty surcharge default to the plugin's)
   * in one store transaction: stores the account under `finance.loan`, writes its installments under
   * `finance.installment` (so the credit characteristics see them) and, for a loan on a credit line,
   * draws the principal on the line. Nothing is written when any step fails.
   * @throws HezuoError as {@link openLoanAccount}; `INVALID_INPUT` (path `input`, `loanId`) for an id
   * already used; `NOT_FOUND` / `FINANCE_RULE` for a credit line that is missing, another member's,
   * expired or too small
   */
  openLoan(input: OpenLoanInput): Promise<LoanAccount>;
  /** The stored loan account, or `undefined`. */
  loan(loanId: string): Promise<LoanAccount | undefined>;
  /**
   * Applies a repayment ({@link applyRepayment}) in one store transaction: the account, its
   * installment records (rewritten; those the schedule no longer has are deleted) and, for a loan
   * on a credit line, the principal repaid to the line. A refused repayment changes nothing.
   * @throws HezuoError as {@link applyRepayment}; `NOT_FOUND` (path `loanId`) for an unknown loan
   */
  repay(loanId: string, repayment: Repayment): Promise<RepaymentResult>;
  /**
   * {@link loanStatement} of a stored loan, as of `asOf` (the client's today by default).
   * @throws HezuoError `NOT_FOUND` (path `loanId`) for an unknown loan; as {@link loanStatement}
   */
  loanStatement(loanId: string, asOf?: string): Promise<LoanStatement>;
  /**
   * An insurance quote for a member: the premium ({@link insurancePremium}), its subsidy split
   * ({@link premiumSubsidySplit}), and the insured area checked against the member's trusteeship
   * contracts in the store (kind `trusteeship.contract`, when the trusteeship plugin keeps any;
   * {@link checkInsuredArea}). Writes nothing.
   * @throws HezuoError as those functions; `FINANCE_RULE` (path `input`, `insuredAreaMu`) for more area
   * than under contract; `INVALID_RECORD` for a malformed contract record of the member
   */
  quoteInsurance(input: InsuranceQuoteInput): Promise<InsuranceQuoteResult>;
}

const LoanIdSchema = RecordIdSchema;

const QuoteInputSchema = z.strictObject({
  memberId: z.string().min(1).max(256),
  asOf: IsoDateSchema,
  premium: z.unknown(),
  subsidy: z.record(z.string(), z.unknown()),
});

/** Puts the plugin's defaults into loan terms that do not name their own. */
function withDayCount(terms: unknown, dayCount: DayCount): unknown {
  if (typeof terms !== 'object' || terms === null || Array.isArray(terms) || 'dayCount' in terms)
    return terms;
  return { ...terms, dayCount };
}

/** Puts the plugin's defaults into a loan opening: the day count and the penalty surcharge. */
function withLoanDefaults(input: unknown, options: ResolvedFinanceOptions): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
  const value = input as { terms?: unknown; rules?: unknown };
  const rules = value.rules === undefined ? {} : value.rules;
  return {
    ...value,
    terms: withDayCount(value.terms, options.dayCount),
    rules:
      typeof rules === 'object' &&
      rules !== null &&
      !Array.isArray(rules) &&
      !('penaltySurchargeRate' in rules)
        ? { ...rules, penaltySurchargeRate: options.penaltySurchargeRate }
        : rules,
  };
}

async function writeInstallments(
  tx: StoreTransaction,
  account: LoanAccount,
  removed: readonly number[],
): Promise<void> {
  for (const record of installmentRecordsOf(account))
    await tx.put(FINANCE_INSTALLMENT_KIND, record.id, record);
  for (const number of removed) await tx.delete(FINANCE_INSTALLMENT_KIND, `${account.loanId}#${number}`);
}

function createApi(ctx: PluginContext, resolved: Readonly<ResolvedFinanceOptions>): FinanceApi {
  const { store } = ctx;
  return {
    options: resolved,
    simpleInterest: (principalFen, annualRate, startDate, endDate, dayCount, rounding) =>
      simpleInterest(principalFen, annualRate, startDate, endDate, dayCount ?? resolved.dayCount, rounding),
    async recordInstallment(installment) {
      const record = parseInput(InstallmentRecordSchema, installment, { path: ['installment'] });
      await store.put(FINANCE_INSTALLMENT_KIND, record.id, record);
      return Object.freeze({ ...record });
    },
    schedule: (terms) => buildLoanSchedule(withDayCount(terms, resolved.dayCount) as LoanTermsInput),
    annualisedCost: (terms) => annualisedCost(withDayCount(terms, resolved.dayCount) as LoanTermsInput),
    async grantCreditLine(input) {
      const account = grantCreditLine(input);
      return store.transaction(async (tx) => {
        if ((await tx.get(CREDIT_LINE_KIND, account.lineId)) !== undefined) {
          throw new HezuoError('INVALID_INPUT', `credit line ${account.lineId} already exists`, {
            path: ['input', 'lineId'],
          });
        }
        await tx.put(CREDIT_LINE_KIND, account.lineId, account);
        return account;
      });
    },
    async creditLine(lineId) {
      return store.get<CreditLineAccount>(
        CREDIT_LINE_KIND,
        parseInput(RecordIdSchema, lineId, { path: ['lineId'] }),
      );
    },
    async openLoan(input) {
      const account = openLoanAccount(withLoanDefaults(input, resolved) as OpenLoanInput);
      return store.transaction(async (tx) => {
        if ((await tx.get(LOAN_KIND, account.loanId)) !== undefined) {
          throw new HezuoError('INVALID_INPUT', `loan ${account.loanId} already exists`, {
            path: ['input', 'loanId'],
          });
        }
        if (account.creditLineId !== undefined) {
          const line = await tx.get<CreditLineAccount>(CREDIT_LINE_KIND, account.creditLineId);
          if (line === undefined) {
            throw new HezuoError('NOT_FOUND', `no credit line ${account.creditLineId}`, {
              path: ['input', 'creditLineId'],
            });
          }
          if (line.memberId !== account.memberId) {
            throw new HezuoError(
              'FINANCE_RULE',
              `credit line ${account.creditLineId} belongs to another member`,
              {
                path: ['input', 'creditLineId'],
              },
            );
          }
          const drawn = drawOnCreditLine(line, {
            date: account.terms.startDate,
            amountFen: account.principalLentFen,
            reference: account.loanId,
          });
          await tx.put(CREDIT_LINE_KIND, line.lineId, drawn);
        }
        await tx.put(LOAN_KIND, account.loanId, account);
        await writeInstallments(tx, account, []);
        return account;
      });
    },
    async loan(loanId) {
      return store.get<LoanAccount>(LOAN_KIND, parseInput(LoanIdSchema, loanId, { path: ['loanId'] }));
    },
    async repay(loanId, repayment) {
      const id = parseInput(LoanIdSchema, loanId, { path: ['loanId'] });
      return store.transaction(async (tx) => {
        const account = await tx.get<LoanAccount>(LOAN_KIND, id);
        if (account === undefined) throw new HezuoError('NOT_FOUND', `no loan ${id}`, { path: ['loanId'] });
        const result = applyRepayment(account, repayment);
        await tx.put(LOAN_KIND, id, result.account);
        await writeInstallments(tx, result.account, result.removedInstallments);
        if (account.creditLineId !== undefined && result.allocation.principalFen > 0) {
          const line = await tx.get<CreditLineAccount>(CREDIT_LINE_KIND, account.creditLineId);
          if (line !== undefined) {
            const repaid = repayCreditLine(line, {
              date: result.account.lastActivityDate,
              amountFen: Math.min(result.allocation.principalFen, line.drawnFen),
              reference: id,
            });
            await tx.put(CREDIT_LINE_KIND, line.lineId, repaid);
          }
        }
        return result;
      });
    },
    async loanStatement(loanId, asOf) {
      const id = parseInput(LoanIdSchema, loanId, { path: ['loanId'] });
      const account = await store.get<LoanAccount>(LOAN_KIND, id);
      if (account === undefined) throw new HezuoError('NOT_FOUND', `no loan ${id}`, { path: ['loanId'] });
      return loanStatement(account, asOf ?? ctx.clock.today());
    },
    async quoteInsurance(input) {
      const args = parseInput(QuoteInputSchema, input, { path: ['input'] });
      const premium = insurancePremium(args.premium as z.input<typeof InsurancePremiumInputSchema>);
      const subsidy = premiumSubsidySplit({ ...args.subsidy, premiumFen: premium.premiumFen } as z.input<
        typeof PremiumSubsidyInputSchema
      >);
      const contracts = await readMemberRecords(
        store,
        TRUSTEESHIP_CONTRACT_KIND,
        TrusteeshipContractFieldsSchema,
        args.memberId,
      );
      const areaCheck = checkInsuredArea({
        memberId: args.memberId,
        insuredAreaMu: (args.premium as { areaMu: DecimalInput }).areaMu,
        asOf: args.asOf,
        contracts,
      });
      return { premium, subsidy, areaCheck };
    },
  };
}

/**
 * The finance plugin: credit lines, loans and their repayment, insurance quotes, and the
 * credit-record characteristics repayment yields (`finance.onTimeShare`, `finance.maxDaysOverdue`,
 * `finance.defaults3y`). Options are validated when the plugin is created, so a bad option fails
 * before any client exists.
 *
 * @param options - see {@link FinanceOptions}; every field has a default
 * @throws HezuoError `INVALID_INPUT` (path `options`, …) for a bad or unknown option
 *
 * @example
 * ```ts
 * import { createHezuo } from '@hezuo/core';
 * import { finance } from '@hezuo/finance';
 *
 * const hz = createHezuo({ plugins: [finance()] });
 * hz.finance.simpleInterest(1_000_000, '0.0435', '2025-06-30', '2026-06-30'); // 44_104 (ACT/360)
 * ```
 */
export function finance(options: FinanceOptions = {}): HezuoPlugin<'finance', FinanceApi> {
  const resolved: Readonly<ResolvedFinanceOptions> = Object.freeze(
    parseInput(FinanceOptionsSchema, options, { path: ['options'] }),
  );
  return definePlugin({
    name: 'finance',
    setup(ctx) {
      if (resolved.registerCreditFeatures) {
        ctx.credit.register(onTimeShareFeature);
        ctx.credit.register(maxDaysOverdueFeature);
        ctx.credit.register(defaults3yFeature);
      }
      return Object.freeze(createApi(ctx, resolved));
    },
  });
}
