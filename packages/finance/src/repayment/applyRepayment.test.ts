import { HezuoError } from '@hezuo/core';
import { describe, expect, it } from 'vitest';
import { InstallmentRecordSchema } from '../installmentRecord';
import { applyRepayment } from './applyRepayment';
import { installmentRecordsOf } from './installmentRecords';
import type { LoanAccount } from './loanAccount';
import { loanStatement } from './loanStatement';
import { type OpenLoanInput, openLoanAccount } from './openLoanAccount';

function errorOf(run: () => unknown): HezuoError {
  try {
    run();
  } catch (e) {
    if (e instanceof HezuoError) return e;
    throw e;
  }
  throw new Error('expected a HezuoError');
}

/** 12,000 yuan, 12 months of equal principal at 4.35 %, from 15 January 2025. */
const LOAN: OpenLoanInput = {
  loanId: 'L-001',
  memberId: 'M001',
  terms: {
    principalFen: 1_200_000,
    annualRate: '0.0435',
    startDate: '2025-01-15',
    periods: 12,
    method: 'equalPrincipal',
  },
};

const due = (account: LoanAccount, n: number) => {
  const inst = account.installments[n - 1];
  if (inst === undefined) throw new Error(`no installment ${n}`);
  return inst;
};

describe('applyRepayment', () => {
  it('pays a schedule on time to the end: principal repaid = principal lent, all on time', () => {
    let account = openLoanAccount(LOAN);
    for (const inst of openLoanAccount(LOAN).installments) {
      account = applyRepayment(account, {
        date: inst.dueDate,
        amountFen: inst.principalDueFen + inst.interestDueFen,
      }).account;
    }
    expect(account.status).toBe('paidOff');
    expect(account.balanceFen).toBe(0);
    const repaid = account.ledger
      .filter((e) => e.kind === 'repayment')
      .reduce((s, e) => s + e.principalFen, 0);
    const lent = account.ledger
      .filter((e) => e.kind === 'disbursement')
      .reduce((s, e) => s + e.principalFen, 0);
    expect(repaid).toBe(lent);
    expect(account.penaltyPaidFen).toBe(0);
    expect(
      installmentRecordsOf(account).every(
        (r) => r.paidOn === r.dueDate && r.amountPaidFen === r.amountDueFen,
      ),
    ).toBe(true);
  });

  it('charges penalty interest at the contract rate + 50 % and pays penalty → interest → principal', () => {
    const account = openLoanAccount(LOAN);
    // Installment 1: 100,000 principal + 1,200,000 × 4.35 % × 31 ÷ 360 = 4,495 interest, due 15 Feb.
    expect([due(account, 1).principalDueFen, due(account, 1).interestDueFen]).toEqual([100_000, 4_495]);
    // Paid 23 days late (10 March, before installment 2 falls due): penalty on 104,495 at
    // 4.35 % × 1.5 for 23 days ÷ 360 = 435.61 → 436; then interest 4,495; the rest to principal.
    const { account: after, allocation } = applyRepayment(account, { date: '2025-03-10', amountFen: 50_000 });
    expect(allocation).toEqual({
      penaltyFen: 436,
      interestFen: 4_495,
      principalFen: 45_069,
      prepaidPrincipalFen: 0,
      refundFen: 0,
    });
    expect(due(after, 1)).toMatchObject({
      penaltyFen: 436,
      penaltyPaidFen: 436,
      principalPaidFen: 45_069,
      paidOn: null,
    });
    expect(due(after, 2).penaltyFen).toBe(0);
    expect(after.ledger.at(-1)).toMatchObject({
      kind: 'repayment',
      amountFen: 50_000,
      balanceFen: 1_154_931,
    });
    // A week later the unpaid 54,931 of installment 1 has accrued 7 more days of penalty: 69.7 → 70;
    // installment 2 (100,000 + 4,060, due 15 March) 2 days: 37.7 → 38.
    expect(loanStatement(after, '2025-03-17').penaltyFen).toBe(70 + 38);
  });

  it('follows another allocation order when the product says so', () => {
    const account = openLoanAccount({
      ...LOAN,
      rules: { allocationOrder: ['principal', 'interest', 'penalty'] },
    });
    const { allocation } = applyRepayment(account, { date: '2025-03-17', amountFen: 102_000 });
    // Principal of both overdue installments first (100,000 + 100,000 > 102,000): only principal is paid.
    expect(allocation).toMatchObject({ principalFen: 102_000, interestFen: 0, penaltyFen: 0 });
  });

  it('charges penalty on overdue principal only under penaltyOn: principal', () => {
    const account = openLoanAccount({
      ...LOAN,
      rules: { penaltyOn: 'principal', penaltySurchargeRate: '0.3' },
    });
    const { allocation } = applyRepayment(account, { date: '2025-03-17', amountFen: 1 });
    // 100,000 × 4.35 % × 1.3 × 30 ÷ 360 = 471.25 → 471 (installment 1), + 2 days on installment 2: 31.4 → 31.
    const statement = loanStatement(
      applyRepayment(account, { date: '2025-03-17', amountFen: 1 }).account,
      '2025-03-17',
    );
    expect(allocation.penaltyFen).toBe(1);
    expect(statement.penaltyFen).toBe(471 + 31 - 1);
  });

  it('re-amortises after an early repayment: same maturity, smaller installments', () => {
    const first = applyRepayment(openLoanAccount(LOAN), { date: '2025-02-15', amountFen: 104_495 }).account;
    // 5 March: 18 days into installment 2; accrued 1,100,000 × 4.35 % × 18 ÷ 360 = 2,392.5 → 2,393.
    const { account, allocation, removedInstallments } = applyRepayment(first, {
      date: '2025-03-05',
      amountFen: 502_393,
    });
    expect(allocation).toEqual({
      penaltyFen: 0,
      interestFen: 2_393,
      principalFen: 500_000,
      prepaidPrincipalFen: 500_000,
      refundFen: 0,
    });
    expect(removedInstallments).toEqual([]);
    expect(account.installments).toHaveLength(12);
    expect(account.balanceFen).toBe(600_000);
    // 600,000 left over the 11 remaining dates: ⌊600,000 ÷ 11⌋ = 54,545 each, the last 54,550.
    expect(account.installments.slice(1).map((i) => i.principalDueFen - i.principalPaidFen)).toEqual([
      ...Array(10).fill(54_545),
      54_550,
    ]);
    expect(due(account, 2)).toMatchObject({
      startDate: '2025-03-05',
      principalPaidFen: 500_000,
      interestPaidFen: 2_393,
    });
  });

  it('shortens the term after an early repayment: same principal per installment, fewer of them', () => {
    const first = applyRepayment(openLoanAccount(LOAN), { date: '2025-02-15', amountFen: 104_495 }).account;
    const { account, removedInstallments } = applyRepayment(first, {
      date: '2025-03-05',
      amountFen: 502_393,
      prepayment: 'shorten',
    });
    expect(removedInstallments).toEqual([8, 9, 10, 11, 12]);
    expect(account.installments.slice(1).map((i) => i.principalDueFen - i.principalPaidFen)).toEqual(
      Array(6).fill(100_000),
    );
  });

  it('shortens an equal-installment loan keeping the level payment', () => {
    const input: OpenLoanInput = { ...LOAN, terms: { ...LOAN.terms, method: 'equalInstallment' } };
    const account = openLoanAccount(input);
    const level = account.levelPaymentFen ?? 0;
    const { account: after, removedInstallments } = applyRepayment(account, {
      date: '2025-01-15',
      amountFen: 400_000,
      prepayment: 'shorten',
    });
    expect(removedInstallments.length).toBeGreaterThan(0);
    const regular = after.installments.slice(0, -1);
    expect(
      regular.every(
        (i) => i.principalDueFen - i.principalPaidFen + i.interestDueFen - i.interestPaidFen === level,
      ),
    ).toBe(true);
  });

  it('refuses money beyond everything owed (nothing changes) or refunds it, as the product says', () => {
    const account = openLoanAccount(LOAN);
    const before = structuredClone(account);
    const payoff = loanStatement(account, '2025-03-01').payoffFen;
    const error = errorOf(() => applyRepayment(account, { date: '2025-03-01', amountFen: payoff + 1 }));
    expect(error).toMatchObject({ code: 'FINANCE_RULE', path: ['repayment', 'amountFen'] });
    expect(error.details).toMatchObject({ payoffFen: payoff, excessFen: 1 });
    expect(account).toEqual(before);

    const refunding = openLoanAccount({ ...LOAN, rules: { overpayment: 'refund' } });
    const { account: closed, allocation } = applyRepayment(refunding, {
      date: '2025-03-01',
      amountFen: payoff + 1_000,
    });
    expect(allocation.refundFen).toBe(1_000);
    expect(closed.status).toBe('paidOff');
    expect(closed.principalRepaidFen).toBe(1_200_000);
  });

  it('pays off exactly the statement’s payoff amount', () => {
    const late = applyRepayment(openLoanAccount(LOAN), { date: '2025-04-20', amountFen: 10_000 }).account;
    const statement = loanStatement(late, '2025-05-02');
    expect(statement).toMatchObject({ daysOverdue: 76, balanceFen: late.balanceFen });
    const { account } = applyRepayment(late, { date: '2025-05-02', amountFen: statement.payoffFen });
    expect(account.status).toBe('paidOff');
    expect(account.principalRepaidFen).toBe(account.principalLentFen);
  });

  it('puts too little to reach principal on the coming interest, not on principal', () => {
    const first = applyRepayment(openLoanAccount(LOAN), { date: '2025-02-15', amountFen: 104_495 }).account;
    const { allocation, account } = applyRepayment(first, { date: '2025-03-05', amountFen: 1_000 });
    expect(allocation).toMatchObject({ interestFen: 1_000, principalFen: 0 });
    expect(due(account, 2)).toMatchObject({ interestPaidFen: 1_000, prepaidFen: 1_000 });
  });

  it('refuses repayments dated backwards, on a closed loan, and early repayment before the last tranche', () => {
    const account = applyRepayment(openLoanAccount(LOAN), { date: '2025-02-15', amountFen: 104_495 }).account;
    expect(errorOf(() => applyRepayment(account, { date: '2025-02-14', amountFen: 1 }))).toMatchObject({
      code: 'DATE_ORDER',
      path: ['repayment', 'date'],
    });
    const closed = applyRepayment(account, {
      date: '2025-02-16',
      amountFen: loanStatement(account, '2025-02-16').payoffFen,
    }).account;
    expect(errorOf(() => applyRepayment(closed, { date: '2025-02-17', amountFen: 1 }))).toMatchObject({
      code: 'FINANCE_RULE',
      path: ['account', 'status'],
    });
    const staged = openLoanAccount({
      ...LOAN,
      terms: {
        ...LOAN.terms,
        grace: { periods: 2 },
        tranches: [
          { date: '2025-01-15', amountFen: 600_000 },
          { date: '2025-03-01', amountFen: 600_000 },
        ],
      },
    });
    expect(errorOf(() => applyRepayment(staged, { date: '2025-02-01', amountFen: 300_000 }))).toMatchObject({
      code: 'FINANCE_RULE',
      path: ['repayment', 'amountFen'],
    });
  });

  it('pays the interest deferred by a grace when repaying early inside it', () => {
    const account = openLoanAccount({
      ...LOAN,
      terms: {
        ...LOAN.terms,
        method: 'equalInstallment',
        grace: { periods: 3, kind: 'principalAndInterest' },
      },
    });
    // 2 April: installments 1-2 (15 Feb, 15 Mar) deferred 4,495 + 4,060, plus 18 days of installment 3.
    const statement = loanStatement(account, '2025-04-02');
    expect(statement.accruedInterestFen).toBe(4_495 + 4_060 + 2_610);
    const { account: after, allocation } = applyRepayment(account, {
      date: '2025-04-02',
      amountFen: statement.payoffFen,
    });
    expect(allocation.interestFen).toBe(11_165);
    expect(after.status).toBe('paidOff');
  });

  it('rejects an inconsistent account', () => {
    const account = openLoanAccount(LOAN);
    const broken = { ...account, balanceFen: 1 };
    expect(errorOf(() => applyRepayment(broken, { date: '2025-02-15', amountFen: 1 }))).toMatchObject({
      code: 'FINANCE_RULE',
      path: ['account', 'balanceFen'],
    });
  });
});

describe('installmentRecordsOf', () => {
  it('yields valid installment records, judging only what was left to pay on the due date', () => {
    const first = applyRepayment(openLoanAccount(LOAN), {
      date: '2025-02-20',
      amountFen: 104_495 + 500,
    }).account;
    const prepaid = applyRepayment(first, { date: '2025-03-05', amountFen: 300_000 }).account;
    const records = installmentRecordsOf(prepaid);
    for (const record of records) expect(InstallmentRecordSchema.safeParse(record).success).toBe(true);
    expect(records[0]).toMatchObject({ id: 'L-001#1', dueDate: '2025-02-15', paidOn: '2025-02-20' });
    // Installment 2's prepaid part is not "due"; what remains is due on 15 March and unpaid yet.
    expect(records[1]).toMatchObject({ id: 'L-001#2', dueDate: '2025-03-15' });
    expect(records[1]?.paidOn).toBeUndefined();
  });
});
