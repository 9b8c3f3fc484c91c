import { createHezuo } from '@hezuo/core';
import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { TrusteeshipContractRecord, TrusteeshipContractRecordSchema } from './contractRecord';
import type { ContractStanding } from './contractStanding';
import type { ContractSignedEvent } from './events';
import { EXAMPLE_FULL_QUOTE_INPUT, EXAMPLE_MENU_QUOTE_INPUT } from './examples';
import type { TrusteeshipFeePaymentRecord, TrusteeshipFeePaymentRecordSchema } from './feePaymentRecord';
import type { FullQuote } from './quote/fullQuote';
import type { MenuQuote } from './quote/menuQuote';
import { quoteTrusteeship } from './quote/quote';
import { type TrusteeshipApi, trusteeship } from './trusteeship';

describe('trusteeship types', () => {
  it('puts a typed API on the client under "trusteeship"', () => {
    const hz = createHezuo({ plugins: [trusteeship()] });
    expectTypeOf(hz.trusteeship).toEqualTypeOf<TrusteeshipApi>();
    expectTypeOf(hz.trusteeship.contractedAreaMu('M001')).resolves.toEqualTypeOf<number | null>();
  });

  it('keeps the record interface and the schema in step', () => {
    type Stored = z.output<typeof TrusteeshipContractRecordSchema>;
    // The five fields a contract kept elsewhere is recorded with stay required, and nothing else is.
    expectTypeOf<Pick<Stored, 'id' | 'memberId' | 'areaMu' | 'status' | 'startDate'>>().toEqualTypeOf<{
      id: string;
      memberId: string;
      areaMu: number;
      status: TrusteeshipContractRecord['status'];
      startDate: string;
    }>();
    expectTypeOf<keyof Stored>().toEqualTypeOf<keyof TrusteeshipContractRecord>();
    expectTypeOf<Stored>().toExtend<TrusteeshipContractRecord>();
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

  it('types the events the plugin adds to the client', () => {
    const hz = createHezuo({ plugins: [trusteeship()] });
    hz.events.on('contract.signed', (event) => {
      expectTypeOf(event).toEqualTypeOf<ContractSignedEvent>();
      expectTypeOf(event.kind).toEqualTypeOf<'menu' | 'full' | null>();
    });
    hz.events.on('workOrder.done', (event) => {
      expectTypeOf(event.actualAreaMu).toEqualTypeOf<number | null>();
    });
    hz.events.on('contract.settled', (event) => {
      expectTypeOf(event.balanceFen).toEqualTypeOf<number>();
    });
    // @ts-expect-error not an event
    hz.events.on('contract.signedd', () => {});
  });

  it('returns the quote of the kind asked for', () => {
    const hz = createHezuo({ plugins: [trusteeship()] });
    expectTypeOf(hz.trusteeship.quote(EXAMPLE_MENU_QUOTE_INPUT)).toEqualTypeOf<MenuQuote>();
    expectTypeOf(hz.trusteeship.quote(EXAMPLE_FULL_QUOTE_INPUT)).toEqualTypeOf<FullQuote>();
    expectTypeOf(quoteTrusteeship(EXAMPLE_MENU_QUOTE_INPUT)).toEqualTypeOf<MenuQuote>();
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
