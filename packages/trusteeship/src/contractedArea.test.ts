import { describe, expect, it } from 'vitest';
import { sumContractedAreaMu } from './contractedArea';
import type { TrusteeshipContractRecord } from './contractRecord';

const contract = (over: Partial<TrusteeshipContractRecord>): TrusteeshipContractRecord => ({
  id: 'c1',
  memberId: 'm1',
  areaMu: 10,
  status: 'active',
  startDate: '2026-03-01',
  ...over,
});

describe('sumContractedAreaMu', () => {
  it('sums signed, active, completed and settled contracts of the member', () => {
    const contracts = [
      contract({ id: 'a', status: 'signed', areaMu: 1.5 }),
      contract({ id: 'b', status: 'active', areaMu: 20 }),
      contract({ id: 'c', status: 'completed', areaMu: 30 }),
      contract({ id: 'd', status: 'settled', areaMu: 40 }),
      contract({ id: 'e', status: 'terminated', areaMu: 500 }),
      contract({ id: 'f', status: 'draft', areaMu: 600 }),
      contract({ id: 'g', memberId: 'm2', areaMu: 700 }),
    ];
    expect(sumContractedAreaMu(contracts, 'm1', '2026-06-30')).toBe(91.5);
    expect(sumContractedAreaMu(contracts, 'm2', '2026-06-30')).toBe(700);
  });

  it('ignores contracts that start after the as-of date, and counts one starting on it', () => {
    const contracts = [
      contract({ id: 'a', startDate: '2026-06-30', areaMu: 5 }),
      contract({ id: 'b', startDate: '2026-07-01', areaMu: 7 }),
    ];
    expect(sumContractedAreaMu(contracts, 'm1', '2026-06-30')).toBe(5);
    expect(sumContractedAreaMu(contracts, 'm1', '2026-06-29')).toBeNull();
  });

  it('is null without a contract: absence of evidence is not bad evidence', () => {
    expect(sumContractedAreaMu([], 'm1', '2026-06-30')).toBeNull();
    expect(sumContractedAreaMu([contract({ memberId: 'm2' })], 'm1', '2026-06-30')).toBeNull();
    expect(sumContractedAreaMu([contract({ status: 'draft' })], 'm1', '2026-06-30')).toBeNull();
  });

  it('is 0, not null, when the member only had terminated contracts', () => {
    expect(sumContractedAreaMu([contract({ status: 'terminated' })], 'm1', '2026-06-30')).toBe(0);
  });

  it('gives the same result whatever the input order', () => {
    const contracts = [0.1, 0.2, 0.3, 0.4].map((areaMu, i) => contract({ id: `c${i}`, areaMu }));
    const forward = sumContractedAreaMu(contracts, 'm1', '2026-06-30');
    expect(sumContractedAreaMu([...contracts].reverse(), 'm1', '2026-06-30')).toBe(forward);
  });
});

describe('sumContractedAreaMu: bad input', () => {
  it.each([
    [
      'a malformed contract',
      [{ ...contract({}), areaMu: -1 }],
      'm1',
      '2026-06-30',
      ['contracts', 0, 'areaMu'],
    ],
    ['an empty member id', [], '', '2026-06-30', ['memberId']],
    ['a bad date', [], 'm1', '2026-02-30', ['asOf']],
    ['a member id that is not a string', [], { __proto__: null }, '2026-06-30', ['memberId']],
  ])('refuses %s with INVALID_INPUT', (_what, contracts, memberId, asOf, path) => {
    expect(() => sumContractedAreaMu(contracts as never, memberId as never, asOf)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path }),
    );
  });
});
