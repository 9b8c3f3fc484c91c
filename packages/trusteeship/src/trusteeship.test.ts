import { createHezuo, createMemoryStore, fixedClock, HezuoError } from '@hezuo/core';
import { describe, expect, it } from 'vitest';
import { CONTRACTED_AREA_FEATURE_ID } from './contractedAreaFeature';
import { TRUSTEESHIP_CONTRACT_KIND, TrusteeshipContractRecordSchema } from './contractRecord';
import { trusteeship } from './trusteeship';

const clock = fixedClock('2026-06-30T09:00:00+08:00');
const signed = {
  id: 'TG-2026-001',
  memberId: 'M001',
  areaMu: 120.5,
  status: 'active',
  startDate: '2026-03-01',
} as const;

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
    expect(await hz.credit.compute('M001', '2026-06-30')).toEqual({ [CONTRACTED_AREA_FEATURE_ID]: 150.5 });
    expect(await hz.credit.compute('M001', '2026-02-28')).toEqual({ [CONTRACTED_AREA_FEATURE_ID]: null });
    expect(await hz.trusteeship.contractedAreaMu('M002', '2026-06-30')).toBe(8);
    expect(await hz.trusteeship.contractedAreaMu('M001')).toBe(150.5); // the clock's today
  });

  it('is null for a member with no contract', async () => {
    const hz = createHezuo({ plugins: [trusteeship()], clock });
    expect(await hz.credit.compute('M404', '2026-06-30')).toEqual({ [CONTRACTED_AREA_FEATURE_ID]: null });
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
    const error = await errorOf(() => hz.credit.compute('M009', '2026-06-30'));
    expect(error.code).toBe('INVALID_RECORD');
    expect(error.path).toEqual([TRUSTEESHIP_CONTRACT_KIND, 'bad', 'areaMu']);
  });

  it('can leave the credit registry alone', async () => {
    const hz = createHezuo({ plugins: [trusteeship({ registerCreditFeatures: false })], clock });
    expect(hz.credit.list()).toEqual([]);
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

  it('exports the record schema', () => {
    expect(TrusteeshipContractRecordSchema.parse(signed)).toEqual(signed);
  });
});
