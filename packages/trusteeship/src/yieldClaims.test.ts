import { describe, expect, it } from 'vitest';
import { thrown } from './__tests__/thrown';
import type { SettlementRecordSummary } from './settlement/settlementRecord';
import { yieldClaims3y } from './yieldClaims';

const settlement = (over: Partial<SettlementRecordSummary>): SettlementRecordSummary => ({
  id: 'c1',
  contractId: 'c1',
  memberId: 'm1',
  kind: 'full',
  settledOn: '2026-07-01',
  harvests: [
    { season: '2024-2025', harvestedOn: '2025-06-08' },
    { season: '2025-2026', harvestedOn: '2026-06-08' },
  ],
  yieldClaims: [{ season: '2025-2026', plotId: 'P1', harvestedOn: '2026-06-08', compensationFen: 190_404 }],
  ...over,
});

describe('yieldClaims3y', () => {
  it('counts the claims among the seasons harvested in the three years up to the date', () => {
    expect(yieldClaims3y([settlement({})], 'm1', '2026-12-31')).toBe(1);
    // The claim of 2026-06-08 falls out of the window on 2029-06-08.
    expect(yieldClaims3y([settlement({})], 'm1', '2029-06-07')).toBe(1);
    expect(yieldClaims3y([settlement({ settledOn: '2026-07-01' })], 'm1', '2029-06-08')).toBeNull();
  });

  it('is 0 with full seasons and no claim, null with none', () => {
    expect(yieldClaims3y([settlement({ yieldClaims: [] })], 'm1', '2026-12-31')).toBe(0);
    expect(yieldClaims3y([], 'm1', '2026-12-31')).toBeNull();
    expect(
      yieldClaims3y([settlement({ kind: 'menu', harvests: [], yieldClaims: [] })], 'm1', '2026-12-31'),
    ).toBeNull();
    expect(yieldClaims3y([settlement({ memberId: 'm2' })], 'm1', '2026-12-31')).toBeNull();
  });

  it('ignores settlements made after the date', () => {
    expect(yieldClaims3y([settlement({})], 'm1', '2026-06-30')).toBeNull();
  });

  it('refuses bad input', () => {
    expect(
      thrown(() => yieldClaims3y([settlement({ settledOn: '2026-13-01' })], 'm1', '2026-12-31')),
    ).toMatchObject({
      path: ['settlements', 0, 'settledOn'],
    });
  });
});
