import { createHezuo, createMemoryStore, fixedClock, HezuoError } from '@hezuo/core';
import { describe, expect, it } from 'vitest';
import { CONTRACTED_AREA_FEATURE_ID } from './contractedAreaFeature';
import { TRUSTEESHIP_CONTRACT_KIND, TrusteeshipContractRecordSchema } from './contractRecord';
import { CONTRACT_STANDING_FEATURE_ID } from './contractStandingFeature';
import { CONTRACT_TENURE_FEATURE_ID } from './contractTenureFeature';
import { FEE_ON_TIME_SHARE_FEATURE_ID } from './feeOnTimeShareFeature';
import { TRUSTEESHIP_FEE_PAYMENT_KIND, TrusteeshipFeePaymentRecordSchema } from './feePaymentRecord';
import { trusteeship } from './trusteeship';
import { YIELD_CLAIMS_FEATURE_ID } from './yieldClaimsFeature';

const clock = fixedClock('2026-06-30T09:00:00+08:00');
const signed = {
  id: 'TG-2026-001',
  memberId: 'M001',
  areaMu: 120.5,
  status: 'active',
  startDate: '2026-03-01',
} as const;
const fee = {
  id: 'TF-2026-001',
  memberId: 'M001',
  contractId: 'TG-2026-001',
  dueDate: '2026-03-31',
  amountDueFen: 60_000,
  paidOn: '2026-03-28',
  amountPaidFen: 60_000,
} as const;
const AREA_ONLY = [CONTRACTED_AREA_FEATURE_ID];

/** The characteristics this plugin registered (the client registers its own core ones too). */
function ownFeatureIds(hz: { credit: { list(): readonly { id: string; plugin: string }[] } }): string[] {
  return hz.credit
    .list()
    .filter((f) => f.plugin === 'trusteeship')
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

describe('trusteeship plugin', () => {
  it('registers the contracted-area credit characteristic with labels in both locales', () => {
    const hz = createHezuo({ plugins: [trusteeship()] });
    const feature = hz.credit.get(CONTRACTED_AREA_FEATURE_ID);
    expect(feature).toMatchObject({ plugin: 'trusteeship', type: 'numeric', unit: 'mu' });
    expect(feature.label['zh-CN']).toBe('托管合同面积');
    expect(feature.label.en).toBe('Area under trusteeship contract');
    expect(feature.description['zh-CN']).toMatch(/亩/);
  });

  it('records a contract and computes the area through hz.credit.compute', async () => {
    const hz = createHezuo({ plugins: [trusteeship()], clock });
    await expect(hz.trusteeship.recordContract(signed)).resolves.toEqual(signed);
    await hz.trusteeship.recordContract({ ...signed, id: 'TG-2026-002', areaMu: 30, status: 'signed' });
    await hz.trusteeship.recordContract({ ...signed, id: 'TG-2026-003', areaMu: 99, status: 'draft' });
    await hz.trusteeship.recordContract({ ...signed, id: 'TG-2026-004', memberId: 'M002', areaMu: 8 });
    expect(await hz.store.get(TRUSTEESHIP_CONTRACT_KIND, 'TG-2026-001')).toEqual(signed);
    expect(await hz.credit.compute('M001', '2026-06-30', AREA_ONLY)).toEqual({
      [CONTRACTED_AREA_FEATURE_ID]: 150.5,
    });
    expect(await hz.credit.compute('M001', '2026-02-28', AREA_ONLY)).toEqual({
      [CONTRACTED_AREA_FEATURE_ID]: null,
    });
    expect(await hz.trusteeship.contractedAreaMu('M002', '2026-06-30')).toBe(8);
    expect(await hz.trusteeship.contractedAreaMu('M001')).toBe(150.5); // the clock's today
  });

  it('is null for a member with no contract', async () => {
    const hz = createHezuo({ plugins: [trusteeship()], clock });
    expect(await hz.credit.compute('M404', '2026-06-30', ownFeatureIds(hz))).toEqual({
      [CONTRACTED_AREA_FEATURE_ID]: null,
      [CONTRACT_STANDING_FEATURE_ID]: null,
      [FEE_ON_TIME_SHARE_FEATURE_ID]: null,
      [CONTRACT_TENURE_FEATURE_ID]: null,
      [YIELD_CLAIMS_FEATURE_ID]: null,
    });
    expect(await hz.trusteeship.contractedAreaMu('M404')).toBeNull();
  });

  it('replaces a contract recorded again under the same id', async () => {
    const hz = createHezuo({ plugins: [trusteeship()], clock });
    await hz.trusteeship.recordContract(signed);
    await hz.trusteeship.recordContract({ ...signed, status: 'terminated' });
    expect(await hz.trusteeship.contractedAreaMu('M001')).toBe(0);
  });

  it.each([
    ['a zero area', { ...signed, areaMu: 0 }, ['contract', 'areaMu']],
    ['a negative area', { ...signed, areaMu: -3 }, ['contract', 'areaMu']],
    ['an infinite area', { ...signed, areaMu: Number.POSITIVE_INFINITY }, ['contract', 'areaMu']],
    ['a NaN area', { ...signed, areaMu: Number.NaN }, ['contract', 'areaMu']],
    ['an unknown status', { ...signed, status: 'cancelled' }, ['contract', 'status']],
    ['a date that does not exist', { ...signed, startDate: '2026-02-29' }, ['contract', 'startDate']],
    ['an empty id', { ...signed, id: '' }, ['contract', 'id']],
    ['an empty member id', { ...signed, memberId: '' }, ['contract', 'memberId']],
    ['an unknown field', { ...signed, areaHa: 8 }, ['contract']],
  ])('refuses %s and stores nothing', async (_what, contract, path) => {
    const hz = createHezuo({ plugins: [trusteeship()], clock });
    const error = await errorOf(() => hz.trusteeship.recordContract(contract as never));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.path).toEqual(path);
    expect(await hz.store.list(TRUSTEESHIP_CONTRACT_KIND)).toEqual([]);
  });

  it('refuses bad arguments to contractedAreaMu', async () => {
    const hz = createHezuo({ plugins: [trusteeship()], clock });
    expect(await errorOf(() => hz.trusteeship.contractedAreaMu(''))).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['memberId'],
    });
    expect(await errorOf(() => hz.trusteeship.contractedAreaMu('M001', '2026-6-30'))).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['asOf'],
    });
  });

  it("reports a malformed stored contract of the member as INVALID_RECORD, but not another member's", async () => {
    const store = createMemoryStore();
    await store.put(TRUSTEESHIP_CONTRACT_KIND, 'bad', {
      ...signed,
      id: 'bad',
      memberId: 'M009',
      areaMu: 'lots',
    });
    const hz = createHezuo({ plugins: [trusteeship()], clock, store });
    await hz.trusteeship.recordContract(signed);
    expect(await hz.trusteeship.contractedAreaMu('M001')).toBe(120.5);
    const error = await errorOf(() => hz.credit.compute('M009', '2026-06-30', AREA_ONLY));
    expect(error.code).toBe('INVALID_RECORD');
    expect(error.path).toEqual([TRUSTEESHIP_CONTRACT_KIND, 'bad', 'areaMu']);
  });

  it('can leave the credit registry alone', async () => {
    const hz = createHezuo({ plugins: [trusteeship({ registerCreditFeatures: false })], clock });
    expect(ownFeatureIds(hz)).toEqual([]);
    await hz.trusteeship.recordContract(signed);
    expect(await hz.trusteeship.contractedAreaMu('M001')).toBe(120.5);
  });

  it('refuses bad options', () => {
    expect(() => trusteeship({ registerCreditFeatures: 'yes' as never })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['options', 'registerCreditFeatures'] }),
    );
    expect(() => trusteeship({ credit: true } as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['options'] }),
    );
  });

  it('exports the record schemas', () => {
    expect(TrusteeshipContractRecordSchema.parse(signed)).toEqual(signed);
    expect(TrusteeshipFeePaymentRecordSchema.parse(fee)).toEqual(fee);
  });
});

describe('trusteeship plugin: contract standing and fee punctuality', () => {
  it('registers the characteristics with their types, units and labels in both locales', () => {
    const hz = createHezuo({ plugins: [trusteeship()] });
    expect(ownFeatureIds(hz)).toEqual([
      CONTRACTED_AREA_FEATURE_ID,
      CONTRACT_STANDING_FEATURE_ID,
      FEE_ON_TIME_SHARE_FEATURE_ID,
      CONTRACT_TENURE_FEATURE_ID,
      YIELD_CLAIMS_FEATURE_ID,
    ]);
    const standing = hz.credit.get(CONTRACT_STANDING_FEATURE_ID);
    expect(standing).toMatchObject({ plugin: 'trusteeship', type: 'categorical' });
    expect(standing.unit).toBeUndefined();
    expect(standing.label).toEqual({ 'zh-CN': '托管合同履约状况', en: 'Trusteeship contract standing' });
    const share = hz.credit.get(FEE_ON_TIME_SHARE_FEATURE_ID);
    expect(share).toMatchObject({ plugin: 'trusteeship', type: 'numeric', unit: 'share' });
    expect(share.label).toEqual({ 'zh-CN': '托管费按时缴纳比例', en: 'Trusteeship fees paid on time' });
    expect(share.description.en).toMatch(/three years/);
  });

  it('records fee payments and computes both characteristics through hz.credit.compute', async () => {
    const hz = createHezuo({ plugins: [trusteeship()], clock });
    await hz.trusteeship.recordContract(signed);
    await expect(hz.trusteeship.recordFeePayment(fee)).resolves.toEqual(fee);
    // Charged, then paid 5 days late: the second record replaces the first.
    const charged = {
      id: 'TF-2025-002',
      memberId: 'M001',
      contractId: 'TG-2026-001',
      dueDate: '2025-09-30',
      amountDueFen: 40_000,
    };
    await hz.trusteeship.recordFeePayment(charged);
    await hz.trusteeship.recordFeePayment({ ...charged, paidOn: '2025-10-05', amountPaidFen: 40_000 });
    expect(await hz.store.get(TRUSTEESHIP_FEE_PAYMENT_KIND, 'TF-2025-002')).toMatchObject({
      paidOn: '2025-10-05',
    });
    // Due on the day three years before: outside the window.
    await hz.trusteeship.recordFeePayment({
      ...fee,
      id: 'TF-2023-001',
      dueDate: '2023-06-30',
      amountDueFen: 1_000_000,
      paidOn: '2023-12-01',
      amountPaidFen: 1_000_000,
    });
    // Due after the as-of date, and another member's fee: ignored.
    await hz.trusteeship.recordFeePayment({
      ...fee,
      id: 'TF-2026-009',
      dueDate: '2026-07-01',
      amountDueFen: 1_000_000,
      paidOn: '2026-08-01',
      amountPaidFen: 0,
    });
    await hz.trusteeship.recordFeePayment({
      ...fee,
      id: 'TF-2026-010',
      memberId: 'M002',
      paidOn: '2026-05-01',
    });
    expect(await hz.store.get(TRUSTEESHIP_FEE_PAYMENT_KIND, 'TF-2026-001')).toEqual(fee);
    const ids = [CONTRACT_STANDING_FEATURE_ID, FEE_ON_TIME_SHARE_FEATURE_ID];
    // 60,000 on time of 60,000 + 40,000 due.
    expect(await hz.credit.compute('M001', '2026-06-30', ids)).toEqual({
      [CONTRACT_STANDING_FEATURE_ID]: 'good',
      [FEE_ON_TIME_SHARE_FEATURE_ID]: 0.6,
    });
    expect(await hz.credit.compute('M002', '2026-06-30', ids)).toEqual({
      [CONTRACT_STANDING_FEATURE_ID]: null,
      [FEE_ON_TIME_SHARE_FEATURE_ID]: 0,
    });
    await hz.trusteeship.recordContract({
      ...signed,
      id: 'TG-2025-001',
      status: 'terminated',
      startDate: '2025-03-01',
    });
    expect(await hz.credit.compute('M001', '2026-06-30', ids)).toEqual({
      [CONTRACT_STANDING_FEATURE_ID]: 'terminated',
      [FEE_ON_TIME_SHARE_FEATURE_ID]: 0.6,
    });
  });

  it.each([
    ['a zero fee', { ...fee, amountDueFen: 0 }, ['payment', 'amountDueFen']],
    ['a fee in fractions of a fen', { ...fee, amountDueFen: 100.5 }, ['payment', 'amountDueFen']],
    ['a negative amount paid', { ...fee, amountPaidFen: -1 }, ['payment', 'amountPaidFen']],
    ['a payment date without an amount', { ...fee, amountPaidFen: undefined }, ['payment', 'amountPaidFen']],
    ['an amount without a payment date', { ...fee, paidOn: undefined }, ['payment', 'paidOn']],
    ['a due date that does not exist', { ...fee, dueDate: '2026-04-31' }, ['payment', 'dueDate']],
    ['an empty contract id', { ...fee, contractId: '' }, ['payment', 'contractId']],
    ['an unknown field', { ...fee, late: true }, ['payment']],
  ])('refuses %s and stores nothing', async (_what, payment, path) => {
    const hz = createHezuo({ plugins: [trusteeship()], clock });
    const error = await errorOf(() => hz.trusteeship.recordFeePayment(payment as never));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.path).toEqual(path);
    expect(error.message).not.toBe('');
    expect(await hz.store.list(TRUSTEESHIP_FEE_PAYMENT_KIND)).toEqual([]);
  });

  it("reports a malformed stored fee of the member as INVALID_RECORD, but not another member's", async () => {
    const store = createMemoryStore();
    await store.put(TRUSTEESHIP_FEE_PAYMENT_KIND, 'bad', {
      ...fee,
      id: 'bad',
      memberId: 'M009',
      amountDueFen: -5,
    });
    await store.put(TRUSTEESHIP_CONTRACT_KIND, 'bad', {
      ...signed,
      id: 'bad',
      memberId: 'M009',
      status: 'lost',
    });
    const hz = createHezuo({ plugins: [trusteeship()], clock, store });
    await hz.trusteeship.recordFeePayment(fee);
    expect(await hz.credit.compute('M001', '2026-06-30', [FEE_ON_TIME_SHARE_FEATURE_ID])).toEqual({
      [FEE_ON_TIME_SHARE_FEATURE_ID]: 1,
    });
    const feeError = await errorOf(() =>
      hz.credit.compute('M009', '2026-06-30', [FEE_ON_TIME_SHARE_FEATURE_ID]),
    );
    expect(feeError).toMatchObject({
      code: 'INVALID_RECORD',
      path: [TRUSTEESHIP_FEE_PAYMENT_KIND, 'bad', 'amountDueFen'],
    });
    const standingError = await errorOf(() =>
      hz.credit.compute('M009', '2026-06-30', [CONTRACT_STANDING_FEATURE_ID]),
    );
    expect(standingError).toMatchObject({
      code: 'INVALID_RECORD',
      path: [TRUSTEESHIP_CONTRACT_KIND, 'bad', 'status'],
    });
  });
});
