import { createHezuo, type Fen } from '@hezuo/core';
import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { CreditLineAccount } from './creditLine/creditLineAccount';
import { type FinanceApi, finance } from './finance';
import type { InstallmentRecord, InstallmentRecordSchema } from './installmentRecord';
import type { FinanceOptions, FinanceOptionsSchema, ResolvedFinanceOptions } from './options';
import type { RepaymentResult } from './repayment/applyRepayment';
import type { LoanAccount, LoanAccountSchema } from './repayment/loanAccount';
import type { LoanSchedule } from './schedule/loanSchedule';

describe('finance types', () => {
  it('puts a typed API on the client under "finance"', () => {
    const hz = createHezuo({ plugins: [finance()] });
    expectTypeOf(hz.finance).toEqualTypeOf<FinanceApi>();
    expectTypeOf(hz.finance.simpleInterest(1, 0.1, '2026-01-01', '2026-02-01')).toEqualTypeOf<Fen>();
    expectTypeOf(hz.finance.options.dayCount).toEqualTypeOf<'ACT/360' | 'ACT/365'>();
  });

  it('keeps the plugin name literal', () => {
    expectTypeOf(finance().name).toEqualTypeOf<'finance'>();
  });

  it('matches the documented option types to the schema', () => {
    expectTypeOf<z.output<typeof FinanceOptionsSchema>>().toExtend<ResolvedFinanceOptions>();
    expectTypeOf<FinanceOptions>().toExtend<z.input<typeof FinanceOptionsSchema>>();
  });

  it('keeps the installment interface and the schema in step', () => {
    expectTypeOf<z.output<typeof InstallmentRecordSchema>>().toEqualTypeOf<{
      id: string;
      memberId: string;
      loanId: string;
      dueDate: string;
      amountDueFen: number;
      paidOn?: string | undefined;
      amountPaidFen?: number | undefined;
      writtenOff?: boolean | undefined;
    }>();
    expectTypeOf<z.output<typeof InstallmentRecordSchema>>().toExtend<InstallmentRecord>();
    expectTypeOf<InstallmentRecord>().toExtend<z.input<typeof InstallmentRecordSchema>>();
    const hz = createHezuo({ plugins: [finance()] });
    expectTypeOf(hz.finance.recordInstallment).returns.resolves.toEqualTypeOf<InstallmentRecord>();
  });

  it('types the loan, credit-line and insurance API', () => {
    const hz = createHezuo({ plugins: [finance()] });
    expectTypeOf(hz.finance.openLoan).returns.resolves.toEqualTypeOf<LoanAccount>();
    expectTypeOf(hz.finance.repay).returns.resolves.toEqualTypeOf<RepaymentResult>();
    expectTypeOf(hz.finance.schedule).returns.toEqualTypeOf<LoanSchedule>();
    expectTypeOf(hz.finance.creditLine).returns.resolves.toEqualTypeOf<CreditLineAccount | undefined>();
    expectTypeOf<LoanAccount>().toEqualTypeOf<z.output<typeof LoanAccountSchema>>();
    hz.finance.schedule({
      principalFen: 1,
      annualRate: 0.01,
      startDate: '2026-01-01',
      periods: 1,
      // @ts-expect-error not a repayment method
      method: 'balloon',
    });
  });

  it('refuses unknown day counts at compile time', () => {
    // @ts-expect-error not a day count
    finance({ dayCount: '30/360' });
  });
});
