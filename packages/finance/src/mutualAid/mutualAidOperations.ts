import {
  FenSchema,
  HezuoError,
  IsoDateSchema,
  NonNegativeDecimalSchema,
  RecordIdSchema,
  scaleFen,
} from '@hezuo/core';
import { z } from 'zod';
import { DAY_COUNT_BASIS } from '../dayCount';
import { daysBetween } from '../daysBetween';
import { compareRatio, ratioOf, ratioToDecimalString } from '../internal/exactRatio';
import { parseWithCodes } from '../internal/parse';
import { type MutualAidFund, MutualAidFundSchema, type MutualAidLoan } from './mutualAidFund';
import { type MutualAidRules, type MutualAidRulesInput, MutualAidRulesSchema } from './mutualAidRules';

function requireMember(fund: MutualAidFund, memberId: string, path: (string | number)[]): void {
  if (!fund.memberIds.includes(memberId)) {
    throw new HezuoError(
      'NOT_A_MEMBER',
      `${memberId} is not a member of the cooperative: mutual aid is for members only`,
      {
        path,
      },
    );
  }
}

/** Throws when a holder's shares are above the cap of all shares. */
function checkHolderShare(
  rules: MutualAidRules,
  memberId: string,
  sharesFen: number,
  totalFen: number,
  path: (string | number)[],
): void {
  const cap = ratioOf(rules.maxHolderShare);
  // shares / total ≤ cap, compared exactly.
  if (compareRatio({ num: BigInt(sharesFen), den: BigInt(totalFen) }, cap) > 0) {
    throw new HezuoError(
      'SHARE_LEDGER_RULE',
      `${memberId} would hold ${sharesFen} of ${totalFen} fen of shares, above the cap of ${ratioToDecimalString(cap)} of all shares`,
      { path, details: { sharesFen, totalFen, maxHolderShare: ratioToDecimalString(cap) } },
    );
  }
}

const CheckArgsSchema = z.strictObject({ fund: MutualAidFundSchema, rules: MutualAidRulesSchema });

/**
 * Checks a mutual-aid fund against its rules: every holder and borrower a member, and no holder
 * above the share cap (one holder ≤ 10 % of all shares by default). Returns the fund as parsed.
 *
 * @param fund - see {@link MutualAidFundSchema}
 * @param rules - see {@link MutualAidRulesSchema}
 * @throws HezuoError `NOT_A_MEMBER` (path `fund`, `holdings`, i, `memberId`), `SHARE_LEDGER_RULE` (path
 * `fund`, `holdings`, i, `sharesFen`) for a holder above the cap, `INVALID_INPUT` for a malformed fund
 *
 * @example
 * ```ts
 * checkMutualAidFund(fund, { maxUsageFeeRate: '0.0612' }); // the fund, or a HezuoError saying who holds too much
 * ```
 */
export function checkMutualAidFund(fund: MutualAidFund, rules: MutualAidRulesInput): MutualAidFund {
  const args = parseWithCodes(CheckArgsSchema, { fund, rules });
  const total = args.fund.holdings.reduce((sum, h) => sum + h.sharesFen, 0);
  args.fund.holdings.forEach((h, i) => {
    checkHolderShare(args.rules, h.memberId, h.sharesFen, total, ['fund', 'holdings', i, 'sharesFen']);
  });
  args.fund.loans.forEach((loan, i) => {
    requireMember(args.fund, loan.memberId, ['fund', 'loans', i, 'memberId']);
  });
  return args.fund;
}

/** Schema of a subscription of mutual-aid shares. */
export const ShareSubscriptionSchema = z.strictObject({
  /** The subscribing member. */
  memberId: z.string().min(1).max(256),
  /** The amount paid in, in fen. */
  amountFen: FenSchema.check(z.gte(1, { error: 'a subscription is at least 1 fen' })),
});

const SubscribeArgsSchema = z.strictObject({
  fund: MutualAidFundSchema,
  rules: MutualAidRulesSchema,
  subscription: ShareSubscriptionSchema,
});

/**
 * A member pays in mutual-aid shares (入股): the fund's holdings, net capital and cash grow by the
 * amount. Pure: returns the new fund.
 *
 * @throws HezuoError `NOT_A_MEMBER` (path `subscription`, `memberId`) for a non-member;
 * `SHARE_LEDGER_RULE` (path `subscription`, `amountFen`) when the member would hold more than the
 * cap of all shares; nothing changes
 *
 * @example
 * ```ts
 * subscribeMutualAidShares(fund, rules, { memberId: 'M011', amountFen: 1_000_000 }).cashFen;
 * ```
 */
export function subscribeMutualAidShares(
  fund: MutualAidFund,
  rules: MutualAidRulesInput,
  subscription: z.input<typeof ShareSubscriptionSchema>,
): MutualAidFund {
  const args = parseWithCodes(SubscribeArgsSchema, { fund, rules, subscription });
  const { memberId, amountFen } = args.subscription;
  requireMember(args.fund, memberId, ['subscription', 'memberId']);
  const total = args.fund.holdings.reduce((sum, h) => sum + h.sharesFen, 0) + amountFen;
  const held = (args.fund.holdings.find((h) => h.memberId === memberId)?.sharesFen ?? 0) + amountFen;
  checkHolderShare(args.rules, memberId, held, total, ['subscription', 'amountFen']);
  const holdings = args.fund.holdings.some((h) => h.memberId === memberId)
    ? args.fund.holdings.map((h) => (h.memberId === memberId ? { ...h, sharesFen: held } : h))
    : [...args.fund.holdings, { memberId, sharesFen: held }];
  return {
    ...args.fund,
    holdings,
    netCapitalFen: args.fund.netCapitalFen + amountFen,
    cashFen: args.fund.cashFen + amountFen,
  };
}

/** Schema of a mutual-aid loan request. */
export const MutualAidLoanRequestSchema = z.strictObject({
  /** The new loan's id. */
  loanId: RecordIdSchema,
  /** The borrowing member. */
  memberId: z.string().min(1).max(256),
  /** The amount, in fen. */
  amountFen: FenSchema.check(z.gte(1, { error: 'a loan is at least 1 fen' })),
  /** The usage fee rate (资金占用费率), a yearly decimal, not above the rules' cap. */
  usageFeeRate: NonNegativeDecimalSchema,
  /** The day lent. */
  startDate: IsoDateSchema,
  /** The day due, after the start. */
  dueDate: IsoDateSchema,
});

/** The result of {@link lendFromMutualAidFund}. */
export interface MutualAidLending {
  /** The fund after the loan. */
  readonly fund: MutualAidFund;
  /** The loan, with its usage fee. */
  readonly loan: MutualAidLoan;
}

const LendArgsSchema = z.strictObject({
  fund: MutualAidFundSchema,
  rules: MutualAidRulesSchema,
  request: MutualAidLoanRequestSchema,
});

/**
 * Lends from a mutual-aid fund to a member (互助借款), after every check of the rules, in this
 * order: the borrower is a member; the usage fee rate is not above the local rural credit co-op's
 * rate; the loan is within the single-loan cap; what the member owes with it is within the share
 * of net capital; the fund has the cash. The usage fee is `amount × rate × days ÷ basis`, half-up.
 * Pure: returns the new fund and the loan.
 *
 * @throws HezuoError `NOT_A_MEMBER` (path `request`, `memberId`); `INVALID_RATE` (path `request`,
 * `usageFeeRate`) above the co-op rate; `FINANCE_RULE` (path `request`, `amountFen`) for a cap
 * exceeded or too little cash, with the cap in `details`; `DATE_ORDER` (path `request`,
 * `dueDate`); `INVALID_INPUT` for a loan id already used; nothing changes
 *
 * @example
 * ```ts
 * const { fund: after, loan } = lendFromMutualAidFund(fund, { maxUsageFeeRate: '0.0612' }, {
 *   loanId: 'MA-001', memberId: 'M003', amountFen: 3_000_000, usageFeeRate: '0.06',
 *   startDate: '2026-03-01', dueDate: '2026-09-01',
 * });
 * loan.usageFeeFen; // 92_000
 * ```
 */
export function lendFromMutualAidFund(
  fund: MutualAidFund,
  rules: MutualAidRulesInput,
  request: z.input<typeof MutualAidLoanRequestSchema>,
): MutualAidLending {
  const args = parseWithCodes(LendArgsSchema, { fund, rules, request });
  const { fund: f, rules: r, request: q } = args;
  requireMember(f, q.memberId, ['request', 'memberId']);
  if (compareRatio(ratioOf(q.usageFeeRate), ratioOf(r.maxUsageFeeRate)) > 0) {
    throw new HezuoError(
      'INVALID_RATE',
      `a usage fee rate of ${String(q.usageFeeRate)} is above the rural credit co-op's rate of ${String(r.maxUsageFeeRate)}`,
      { path: ['request', 'usageFeeRate'] },
    );
  }
  const exceeds = (message: string, details: Record<string, unknown>) =>
    new HezuoError('FINANCE_RULE', message, { path: ['request', 'amountFen'], details });
  if (q.amountFen > r.singleLoanCapFen) {
    throw exceeds(`a loan of ${q.amountFen} fen is above the single-loan cap of ${r.singleLoanCapFen} fen`, {
      singleLoanCapFen: r.singleLoanCapFen,
    });
  }
  const owed = f.loans
    .filter((loan) => loan.memberId === q.memberId)
    .reduce((sum, loan) => sum + loan.outstandingFen, 0);
  const memberCap = scaleFen(f.netCapitalFen, { multiply: [r.memberBorrowingCapShare], rounding: 'floor' });
  if (owed + q.amountFen > memberCap) {
    throw exceeds(
      `${q.memberId} would owe ${owed + q.amountFen} fen, above ${ratioToDecimalString(ratioOf(r.memberBorrowingCapShare))} of the fund's net capital (${memberCap} fen)`,
      { memberCapFen: memberCap, owedFen: owed },
    );
  }
  if (q.amountFen > f.cashFen) {
    throw exceeds(`the fund has ${f.cashFen} fen in hand, less than the ${q.amountFen} fen asked for`, {
      cashFen: f.cashFen,
    });
  }
  if (q.dueDate <= q.startDate) {
    throw new HezuoError('DATE_ORDER', `the due date ${q.dueDate} must be after the start ${q.startDate}`, {
      path: ['request', 'dueDate'],
    });
  }
  if (f.loans.some((loan) => loan.loanId === q.loanId)) {
    throw new HezuoError('INVALID_INPUT', `loan ${q.loanId} is already outstanding`, {
      path: ['request', 'loanId'],
    });
  }
  const usageFeeFen = scaleFen(q.amountFen, {
    multiply: [q.usageFeeRate, daysBetween(q.startDate, q.dueDate)],
    divide: [DAY_COUNT_BASIS[r.dayCount]],
  });
  const loan: MutualAidLoan = {
    loanId: q.loanId,
    memberId: q.memberId,
    amountFen: q.amountFen,
    outstandingFen: q.amountFen,
    usageFeeRate: q.usageFeeRate,
    usageFeeFen,
    startDate: q.startDate,
    dueDate: q.dueDate,
  };
  return { fund: { ...f, cashFen: f.cashFen - q.amountFen, loans: [...f.loans, loan] }, loan };
}

/** Schema of a repayment to a mutual-aid fund. */
export const MutualAidRepaymentSchema = z.strictObject({
  /** The loan repaid. */
  loanId: RecordIdSchema,
  /** Principal repaid, in fen. */
  principalFen: FenSchema,
  /** Usage fee paid, in fen. */
  usageFeeFen: FenSchema,
});

const RepayArgsSchema = z.strictObject({ fund: MutualAidFundSchema, repayment: MutualAidRepaymentSchema });

/**
 * Books a repayment of a mutual-aid loan: the principal comes off what is outstanding (a loan
 * repaid in full leaves the list) and principal and fee return to the fund's cash. Pure.
 *
 * @throws HezuoError `NOT_FOUND` (path `repayment`, `loanId`) for a loan not outstanding;
 * `FINANCE_RULE` (path `repayment`, `principalFen`) for more principal than is outstanding
 *
 * @example
 * ```ts
 * repayMutualAidLoan(after, { loanId: 'MA-001', principalFen: 3_000_000, usageFeeFen: 92_000 }).loans; // []
 * ```
 */
export function repayMutualAidLoan(
  fund: MutualAidFund,
  repayment: z.input<typeof MutualAidRepaymentSchema>,
): MutualAidFund {
  const args = parseWithCodes(RepayArgsSchema, { fund, repayment });
  const { fund: f, repayment: p } = args;
  const loan = f.loans.find((l) => l.loanId === p.loanId);
  if (loan === undefined) {
    throw new HezuoError('NOT_FOUND', `loan ${p.loanId} is not outstanding`, {
      path: ['repayment', 'loanId'],
    });
  }
  if (p.principalFen > loan.outstandingFen) {
    throw new HezuoError(
      'FINANCE_RULE',
      `${p.principalFen} fen is more than the ${loan.outstandingFen} fen outstanding on loan ${p.loanId}`,
      { path: ['repayment', 'principalFen'] },
    );
  }
  const outstanding = loan.outstandingFen - p.principalFen;
  return {
    ...f,
    cashFen: f.cashFen + p.principalFen + p.usageFeeFen,
    loans:
      outstanding === 0
        ? f.loans.filter((l) => l.loanId !== p.loanId)
        : f.loans.map((l) => (l.loanId === p.loanId ? { ...l, outstandingFen: outstanding } : l)),
  };
}
