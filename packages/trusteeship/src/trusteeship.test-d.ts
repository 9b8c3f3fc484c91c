import { createHezuo } from '@hezuo/core';
import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { TrusteeshipContractRecord, TrusteeshipContractRecordSchema } from './contractRecord';
import type { ContractStanding } from './contractStanding';
import type { TrusteeshipFeePaymentRecord, TrusteeshipFeePaymentRecordSchema } from './feePaymentRecord';
import { type TrusteeshipApi, trusteeship } from './trusteeship';

describe('trusteeship types', () => {
  it('puts a typed API on the client under "trusteeship"', () => {
    const hz = createHezuo({ plugins: [trusteeship()] });
    expectTypeOf(hz.trusteeship).toEqualTypeOf<TrusteeshipApi>();
    expectTypeOf(hz.trusteeship.contractedAreaMu('M001')).resolves.toEqualTypeOf<number | null>();
  });

  it('keeps the record interface and the schema in step', () => {
    expectTypeOf<z.output<typeof TrusteeshipContractRecordSchema>>().toEqualTypeOf<{
      id: string;
      memberId: string;
      areaMu: number;
      status: TrusteeshipContractRecord['status'];
      startDate: string;
    }>();
    expectTypeOf<z.output<typeof TrusteeshipContractRecordSchema>>().toExtend<TrusteeshipContractRecord>();
  });

  it('keeps the fee payment interface and the schema in step', () => {
    expectTypeOf<z.output<typeof TrusteeshipFeePaymentRecordSchema>>().toEqualTypeOf<{
      id: string;
      memberId: string;
      contractId: string;
      dueDate: string;
      amountDueFen: number;
      paidOn?: string | undefined;
      amountPaidFen?: number | undefined;
    }>();
    expectTypeOf<
      z.output<typeof TrusteeshipFeePaymentRecordSchema>
    >().toExtend<TrusteeshipFeePaymentRecord>();
    expectTypeOf<TrusteeshipFeePaymentRecord>().toExtend<z.input<typeof TrusteeshipFeePaymentRecordSchema>>();
    const hz = createHezuo({ plugins: [trusteeship()] });
    expectTypeOf(
      hz.trusteeship.recordFeePayment,
    ).returns.resolves.toEqualTypeOf<TrusteeshipFeePaymentRecord>();
  });

  it('names the contract standings as a union', () => {
    expectTypeOf<ContractStanding>().toEqualTypeOf<'good' | 'terminated'>();
  });

  it('refuses unknown statuses at compile time', () => {
    const hz = createHezuo({ plugins: [trusteeship()] });
    void hz.trusteeship.recordContract({
      id: 'x',
      memberId: 'm',
      areaMu: 1,
      // @ts-expect-error not a status
      status: 'cancelled',
      startDate: '2026-01-01',
    });
  });
});
