import { describe, expect, it } from 'vitest';
import type { TrusteeshipContractRecord } from './contractRecord';
import { CONTRACT_STANDING_LABELS, CONTRACT_STANDINGS, contractStanding } from './contractStanding';

const contract = (over: Partial<TrusteeshipContractRecord>): TrusteeshipContractRecord => ({
  id: 'c1',
  memberId: 'm1',
  areaMu: 10,
  status: 'active',
  startDate: '2026-03-01',
  ...over,
});

describe('contractStanding', () => {
  it.each(['signed', 'active', 'completed', 'settled'] as const)('is good with a %s contract', (status) => {
    expect(contractStanding([contract({ status })], 'm1', '2026-06-30')).toBe('good');
  });

  it('is terminated when any started contract of the member was terminated', () => {
    const contracts = [
      contract({ id: 'a', status: 'settled', startDate: '2024-03-01' }),
      contract({ id: 'b', status: 'terminated', startDate: '2025-03-01' }),
    ];
    expect(contractStanding(contracts, 'm1', '2026-06-30')).toBe('terminated');
    expect(contractStanding(contracts, 'm1', '2025-03-01')).toBe('terminated');
    expect(contractStanding(contracts, 'm1', '2025-02-28')).toBe('good');
    expect(contractStanding(contracts, 'm1', '2024-02-29')).toBeNull();
  });

  it("ignores other members' contracts", () => {
    const contracts = [contract({ id: 'a' }), contract({ id: 'b', memberId: 'm2', status: 'terminated' })];
    expect(contractStanding(contracts, 'm1', '2026-06-30')).toBe('good');
    expect(contractStanding(contracts, 'm2', '2026-06-30')).toBe('terminated');
  });

  it('is null without a started contract beyond a draft: absence of evidence is not bad evidence', () => {
    expect(contractStanding([], 'm1', '2026-06-30')).toBeNull();
    expect(contractStanding([contract({ status: 'draft' })], 'm1', '2026-06-30')).toBeNull();
    expect(contractStanding([contract({ startDate: '2026-07-01' })], 'm1', '2026-06-30')).toBeNull();
  });

  it('labels every standing in both locales', () => {
    for (const standing of CONTRACT_STANDINGS) {
      expect(CONTRACT_STANDING_LABELS[standing]['zh-CN']).not.toBe('');
      expect(CONTRACT_STANDING_LABELS[standing].en).not.toBe('');
    }
  });

  it.each([
    [
      'a malformed contract',
      [{ ...contract({}), status: 'cancelled' }],
      'm1',
      '2026-06-30',
      ['contracts', 0, 'status'],
    ],
    ['an empty member id', [], '', '2026-06-30', ['memberId']],
    ['a bad date', [], 'm1', '2026-06-31', ['asOf']],
  ])('refuses %s with INVALID_INPUT', (_what, contracts, memberId, asOf, path) => {
    expect(() => contractStanding(contracts as never, memberId, asOf)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path }),
    );
  });
});
