import { describe, expect, it } from 'vitest';
import { thrown } from './__tests__/thrown';
import type { TrusteeshipContractRecord } from './contractRecord';
import { contractTenureYears } from './contractTenure';

const contract = (over: Partial<TrusteeshipContractRecord>): TrusteeshipContractRecord => ({
  id: 'c1',
  memberId: 'm1',
  areaMu: 10,
  status: 'active',
  startDate: '2023-10-01',
  ...over,
});

describe('contractTenureYears', () => {
  it.each([
    ['2026-09-30', 2],
    ['2026-10-01', 3], // the anniversary counts on its day
    ['2023-10-01', 0],
  ])('counts whole years from the first start to %s: %i', (asOf, years) => {
    expect(contractTenureYears([contract({})], 'm1', asOf)).toBe(years);
  });

  it('starts from the earliest contract past draft, terminated ones included', () => {
    const contracts = [
      contract({ id: 'c1', startDate: '2024-03-01' }),
      contract({ id: 'c2', startDate: '2019-03-01', status: 'terminated' }),
      contract({ id: 'c3', startDate: '2015-03-01', status: 'draft' }),
      contract({ id: 'c4', startDate: '2010-03-01', memberId: 'm2' }),
    ];
    expect(contractTenureYears(contracts, 'm1', '2026-06-30')).toBe(7);
  });

  it('counts 29 February on 1 March in common years', () => {
    const leap = [contract({ startDate: '2024-02-29' })];
    expect(contractTenureYears(leap, 'm1', '2025-02-28')).toBe(0);
    expect(contractTenureYears(leap, 'm1', '2025-03-01')).toBe(1);
  });

  it('is null with no contract, only drafts, or contracts not yet started or signed', () => {
    expect(contractTenureYears([], 'm1', '2026-06-30')).toBeNull();
    expect(contractTenureYears([contract({ status: 'draft' })], 'm1', '2026-06-30')).toBeNull();
    expect(contractTenureYears([contract({ startDate: '2027-01-01' })], 'm1', '2026-06-30')).toBeNull();
    expect(contractTenureYears([contract({ signedOn: '2026-07-01' })], 'm1', '2026-06-30')).toBeNull();
  });

  it('refuses bad input', () => {
    expect(thrown(() => contractTenureYears([contract({ areaMu: -1 })], 'm1', '2026-06-30'))).toMatchObject({
      path: ['contracts', 0, 'areaMu'],
    });
    expect(thrown(() => contractTenureYears([], '', '2026-06-30'))).toMatchObject({ path: ['memberId'] });
  });
});
