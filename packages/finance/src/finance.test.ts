import { createHezuo, createMemoryStore, fixedClock, HezuoError } from '@hezuo/core';
import { describe, expect, it } from 'vitest';
import { DEFAULTS_3Y_FEATURE_ID } from './defaults3yFeature';
import { finance } from './finance';
import { FINANCE_INSTALLMENT_KIND, InstallmentRecordSchema } from './installmentRecord';
import { MAX_DAYS_OVERDUE_FEATURE_ID } from './maxDaysOverdueFeature';
import { ON_TIME_SHARE_FEATURE_ID } from './onTimeShareFeature';
import { FinanceOptionsSchema } from './options';

const clock = fixedClock('2026-06-30T09:00:00+08:00');
const IDS = [ON_TIME_SHARE_FEATURE_ID, MAX_DAYS_OVERDUE_FEATURE_ID, DEFAULTS_3Y_FEATURE_ID];
const repaid = {
  id: 'L-2025-007-01',
  memberId: 'M001',
  loanId: 'L-2025-007',
  dueDate: '2025-12-31',
  amountDueFen: 150_000,
  paidOn: '2025-12-30',
  amountPaidFen: 150_000,
} as const;

/** The characteristics this plugin registered (the client registers its own core ones too). */
function ownFeatureIds(hz: { credit: { list(): readonly { id: string; plugin: string }[] } }): string[] {
  return hz.credit
    .list()
    .filter((f) => f.plugin === 'finance')
    .map((f) => f.id);
}

async function errorOf(run: () => Promise<unknown>): Promise<HezuoError> {
  try {
    await run();
  } catch (e) {
    if (e instanceof HezuoError) return e;
    throw e;
  }
  throw new Error('expected a HezuoError');
}

describe('finance plugin', () => {
  it('defaults to ACT/360 and a 50% penalty surcharge', () => {
    const hz = createHezuo({ plugins: [finance()] });
    expect(hz.plugins).toEqual(['finance']);
    expect(hz.finance.options).toEqual({
      dayCount: 'ACT/360',
      penaltySurchargeRate: '0.5',
      registerCreditFeatures: true,
    });
    expect(Object.isFrozen(hz.finance.options)).toBe(true);
    expect(Object.isFrozen(hz.finance)).toBe(true);
  });

  it('computes simple interest with the plugin day count unless a call names one', () => {
    const hz = createHezuo({ plugins: [finance()], clock: fixedClock('2026-06-30T09:00:00+08:00') });
    const today = hz.clock.today();
    expect(hz.finance.simpleInterest(1_000_000, '0.0435', '2025-06-30', today)).toBe(44_104);
    expect(hz.finance.simpleInterest(1_000_000, '0.0435', '2025-06-30', today, 'ACT/365')).toBe(43_500);
    expect(hz.finance.simpleInterest(1_000_000, '0.0435', '2025-06-30', today, undefined, 'up')).toBe(44_105);
  });

  it('takes its options', () => {
    const hz = createHezuo({ plugins: [finance({ dayCount: 'ACT/365', penaltySurchargeRate: 0.3 })] });
    expect(hz.finance.options).toEqual({
      dayCount: 'ACT/365',
      penaltySurchargeRate: 0.3,
      registerCreditFeatures: true,
    });
    expect(hz.finance.simpleInterest(1_000_000, 0.0435, '2025-06-30', '2026-06-30')).toBe(43_500);
  });

  it.each([
    [{ dayCount: '30/360' }, ['options', 'dayCount']],
    [{ penaltySurchargeRate: '-0.5' }, ['options', 'penaltySurchargeRate']],
    [{ penaltySurchargeRate: 'half' }, ['options', 'penaltySurchargeRate']],
    [{ surcharge: 0.5 }, ['options']],
    [{ registerCreditFeatures: 1 }, ['options', 'registerCreditFeatures']],
  ])('refuses the bad option %o with INVALID_INPUT', (options, path) => {
    try {
      finance(options as never);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(HezuoError);
      expect(e).toMatchObject({ code: 'INVALID_INPUT', path });
    }
  });

  it('passes bad call arguments through as typed errors', () => {
    const hz = createHezuo({ plugins: [finance()] });
    expect(() => hz.finance.simpleInterest(-5, 0.0435, '2025-06-30', '2026-06-30')).toThrow(
      expect.objectContaining({ code: 'INVALID_AMOUNT', path: ['principalFen'] }),
    );
  });

  it('exports a schema that fills in defaults', () => {
    expect(FinanceOptionsSchema.parse({})).toEqual({
      dayCount: 'ACT/360',
      penaltySurchargeRate: '0.5',
      registerCreditFeatures: true,
    });
  });
});

describe('finance plugin: the credit record', () => {
  it('registers three characteristics with their units and labels in both locales', () => {
    const hz = createHezuo({ plugins: [finance()] });
    expect(ownFeatureIds(hz)).toEqual(IDS);
    expect(hz.credit.get(ON_TIME_SHARE_FEATURE_ID)).toMatchObject({
      plugin: 'finance',
      type: 'numeric',
      unit: 'share',
      label: { 'zh-CN': '按期还款比例', en: 'Installments repaid on time' },
    });
    expect(hz.credit.get(MAX_DAYS_OVERDUE_FEATURE_ID)).toMatchObject({
      type: 'numeric',
      unit: 'days',
      label: { 'zh-CN': '最长逾期天数', en: 'Longest days overdue' },
    });
    const defaults = hz.credit.get(DEFAULTS_3Y_FEATURE_ID);
    expect(defaults).toMatchObject({ type: 'numeric', unit: 'loans' });
    expect(defaults.label).toEqual({ 'zh-CN': '三年内违约贷款笔数', en: 'Loans defaulted in 3 years' });
    expect(defaults.description['zh-CN']).toMatch(/90 天/);
    expect(defaults.description.en).toMatch(/90 days/);
  });

  it('records installments and computes the credit record through hz.credit.compute', async () => {
    const hz = createHezuo({ plugins: [finance()], clock });
    await expect(hz.finance.recordInstallment(repaid)).resolves.toEqual(repaid);
    const next = { ...repaid, id: 'L-2025-007-02', dueDate: '2026-03-31', amountDueFen: 50_000 };
    const { paidOn: _paidOn, amountPaidFen: _amountPaidFen, ...scheduled } = next;
    await hz.finance.recordInstallment(scheduled);
    expect(await hz.credit.compute('M001', '2026-06-30', IDS)).toEqual({
      [ON_TIME_SHARE_FEATURE_ID]: 0.75,
      [MAX_DAYS_OVERDUE_FEATURE_ID]: 91,
      [DEFAULTS_3Y_FEATURE_ID]: 1,
    });
    // Repaid 10 days late: the record under the same id is replaced.
    await hz.finance.recordInstallment({ ...next, paidOn: '2026-04-10', amountPaidFen: 50_000 });
    expect(await hz.store.list(FINANCE_INSTALLMENT_KIND)).toHaveLength(2);
    expect(await hz.credit.compute('M001', '2026-06-30', IDS)).toEqual({
      [ON_TIME_SHARE_FEATURE_ID]: 0.75,
      [MAX_DAYS_OVERDUE_FEATURE_ID]: 10,
      [DEFAULTS_3Y_FEATURE_ID]: 0,
    });
    // Due on the day three years before, and after the as-of date: outside the window.
    await hz.finance.recordInstallment({
      ...scheduled,
      id: 'old',
      loanId: 'L-2023-001',
      dueDate: '2023-06-30',
    });
    await hz.finance.recordInstallment({ ...scheduled, id: 'later', dueDate: '2026-07-01' });
    // Another member's write-off.
    await hz.finance.recordInstallment({ ...scheduled, id: 'other', memberId: 'M002', writtenOff: true });
    expect(await hz.credit.compute('M001', '2026-06-30', IDS)).toEqual({
      [ON_TIME_SHARE_FEATURE_ID]: 0.75,
      [MAX_DAYS_OVERDUE_FEATURE_ID]: 10,
      [DEFAULTS_3Y_FEATURE_ID]: 0,
    });
    expect(await hz.credit.compute('M002', '2026-06-30', IDS)).toEqual({
      [ON_TIME_SHARE_FEATURE_ID]: 0,
      [MAX_DAYS_OVERDUE_FEATURE_ID]: 91,
      [DEFAULTS_3Y_FEATURE_ID]: 1,
    });
  });

  it('gives no record to a member without installments due', async () => {
    const hz = createHezuo({ plugins: [finance()], clock });
    expect(await hz.credit.compute('M404', '2026-06-30', IDS)).toEqual({
      [ON_TIME_SHARE_FEATURE_ID]: null,
      [MAX_DAYS_OVERDUE_FEATURE_ID]: null,
      [DEFAULTS_3Y_FEATURE_ID]: null,
    });
  });

  it.each([
    ['a zero amount due', { ...repaid, amountDueFen: 0 }, ['installment', 'amountDueFen']],
    ['an amount in fractions of a fen', { ...repaid, amountPaidFen: 0.5 }, ['installment', 'amountPaidFen']],
    [
      'a payment date without an amount',
      { ...repaid, amountPaidFen: undefined },
      ['installment', 'amountPaidFen'],
    ],
    ['an amount without a payment date', { ...repaid, paidOn: undefined }, ['installment', 'paidOn']],
    [
      'a write-off of an installment repaid in full',
      { ...repaid, writtenOff: true },
      ['installment', 'writtenOff'],
    ],
    [
      'a write-off flag that is not a boolean',
      { ...repaid, writtenOff: 'yes' },
      ['installment', 'writtenOff'],
    ],
    ['a due date that does not exist', { ...repaid, dueDate: '2025-11-31' }, ['installment', 'dueDate']],
    ['an empty loan id', { ...repaid, loanId: '' }, ['installment', 'loanId']],
    ['an unknown field', { ...repaid, rate: 0.05 }, ['installment']],
  ])('refuses %s and stores nothing', async (_what, installment, path) => {
    const hz = createHezuo({ plugins: [finance()], clock });
    const error = await errorOf(() => hz.finance.recordInstallment(installment as never));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.path).toEqual(path);
    expect(await hz.store.list(FINANCE_INSTALLMENT_KIND)).toEqual([]);
  });

  it("reports a malformed stored installment of the member as INVALID_RECORD, but not another member's", async () => {
    const store = createMemoryStore();
    await store.put(FINANCE_INSTALLMENT_KIND, 'bad', {
      ...repaid,
      id: 'bad',
      memberId: 'M009',
      dueDate: '31/12/2025',
    });
    const hz = createHezuo({ plugins: [finance()], clock, store });
    await hz.finance.recordInstallment(repaid);
    expect(await hz.credit.compute('M001', '2026-06-30', [ON_TIME_SHARE_FEATURE_ID])).toEqual({
      [ON_TIME_SHARE_FEATURE_ID]: 1,
    });
    for (const id of IDS) {
      expect(await errorOf(() => hz.credit.compute('M009', '2026-06-30', [id]))).toMatchObject({
        code: 'INVALID_RECORD',
        path: [FINANCE_INSTALLMENT_KIND, 'bad', 'dueDate'],
      });
    }
  });

  it('can leave the credit registry alone', async () => {
    const hz = createHezuo({ plugins: [finance({ registerCreditFeatures: false })], clock });
    expect(ownFeatureIds(hz)).toEqual([]);
    await expect(hz.finance.recordInstallment(repaid)).resolves.toEqual(repaid);
  });

  it('exports the record schema', () => {
    expect(InstallmentRecordSchema.parse(repaid)).toEqual(repaid);
  });
});
