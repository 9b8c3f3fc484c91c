import { createHezuo, type Fen } from '@hezuo/core';
import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { type FinanceApi, finance } from './finance';
import type { InstallmentRecord, InstallmentRecordSchema } from './installmentRecord';
import type { FinanceOptions, FinanceOptionsSchema, ResolvedFinanceOptions } from './options';

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

  it('refuses unknown day counts at compile time', () => {
    // @ts-expect-error not a day count
    finance({ dayCount: '30/360' });
  });
});
