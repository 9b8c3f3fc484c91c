import { describe, expect, it } from 'vitest';
import { cooperative, parties } from '../../cooperative/__tests__/fixtures';
import { createHezuo } from '../../runtime/createHezuo';
import { THREE_IN_ONE_REFERENCE_MODEL } from '../reference/threeInOneReference';
import { compileModel } from '../scoring/compileModel';
import { completedYears } from './coreCreditFeatures';

const ASOF = '2026-11-29';

/** Five founders on 1 March 2022; F001 trades, pays in capital, attends one of two meetings. */
async function village() {
  const hz = createHezuo();
  const founders = parties(5);
  await hz.cooperatives.found({ cooperative, founders, foundedOn: '2022-03-01' });
  const deliveries = [
    ['2023-07-01', 800_000],
    ['2024-07-01', 1_200_000],
    ['2025-07-01', 2_500_000],
    ['2025-09-01', 300_000],
    ['2026-07-01', 9_000_000], // this year: not yet a complete year
  ] as const;
  await hz.cooperatives.postTransactions(
    cooperative.id,
    deliveries.map(([date, amount], i) => ({
      id: `d${i}`,
      cooperativeId: cooperative.id,
      counterparty: { type: 'member' as const, memberId: 'F001' },
      kind: 'produceDelivery' as const,
      date,
      amount,
    })),
  );
  await hz.cooperatives.recordShareMovements(cooperative.id, [
    { type: 'subscription', id: 's1', memberId: 'F001', date: '2022-03-01', amount: 600_000 },
    { type: 'payment', id: 'p1', memberId: 'F001', date: '2022-03-01', amount: 600_000 },
  ]);
  const all = founders.map((f) => f.id);
  for (const [id, date, present] of [
    ['R-2023', '2023-06-01', all], // before the 3-year window: not counted
    ['R-2025', '2025-06-01', all],
    ['R-2026', '2026-06-01', all.filter((m) => m !== 'F001')],
  ] as const) {
    await hz.cooperatives.decide(cooperative.id, {
      resolution: { id, subject: { type: 'charterAmendment' }, meetingDate: date },
      attendance: [...present],
      ballots: present.map((memberId) => ({ memberId, choice: 'for' as const })),
    });
  }
  await hz.cooperatives.distributeSurplus(cooperative.id, {
    year: 2025,
    surplus: 100_000,
    plan: { reserveRate: '0.1' },
  });
  return hz;
}

describe('core credit characteristics', () => {
  it('counts completed years, an anniversary on the day included', () => {
    expect(completedYears('1971-02-11', '2026-02-10')).toBe(54);
    expect(completedYears('1971-02-11', '2026-02-11')).toBe(55);
  });

  it('computes each characteristic from the records as of a date', async () => {
    const hz = await village();
    const ids = [
      'core.headAge',
      'core.membershipYears',
      'core.meetingAttendance',
      'core.yearlyTransactionFen',
      'core.transactionYears',
      'core.patronageRefundFen',
      'core.equityFen',
    ];
    const f001 = await hz.credit.compute('F001', ASOF, ids);
    // F001 was born 1971-02-11 (resident ID); joined 2022-03-01; attended 1 of the 2 meetings
    // in the window; traded 28,000 yuan in 2025; traded in 2023, 2024 and 2025; took all of
    // the 2025 patronage refund (the only member who traded); paid in 6,000 yuan.
    expect(f001).toEqual({
      'core.headAge': 55,
      'core.membershipYears': 4,
      'core.meetingAttendance': 0.5,
      'core.yearlyTransactionFen': 2_800_000,
      'core.transactionYears': 3,
      'core.patronageRefundFen': expect.any(Number),
      'core.equityFen': expect.any(Number),
    });
    expect(f001['core.patronageRefundFen']).toBeGreaterThan(0);
    expect(f001['core.equityFen']).toBeGreaterThanOrEqual(600_000);
    // As of before the 2025 distribution and the 2026 meeting, and before F001 traded at all.
    const early = await hz.credit.compute('F001', '2023-03-01', ids);
    expect(early['core.meetingAttendance']).toBeNull();
    expect(early['core.patronageRefundFen']).toBeNull();
    expect(early['core.transactionYears']).toBe(0);
    expect(early['core.membershipYears']).toBe(1);
    // Not a member (yet, or at all): null everywhere.
    const before = await hz.credit.compute('F001', '2022-02-28', ids);
    expect(Object.values(before)).toEqual(ids.map(() => null));
  });

  it('scores members with the reference sheet without plugins: their indicators are neutral', async () => {
    const hz = await village();
    const compiled = compileModel(THREE_IN_ONE_REFERENCE_MODEL);
    const scored = await hz.credit.scoreMember(compiled, 'F001', ASOF);
    expect(scored.unavailable).toEqual([
      'trusteeship.contractedAreaMu',
      'trusteeship.contractStanding',
      'trusteeship.feeOnTimeShare',
      'agriInput.purchaseSeasons',
      'finance.onTimeShare',
      'finance.maxDaysOverdue',
      'finance.defaults3y',
      'public.honours',
      'public.adverseRecords',
    ]);
    const points = Object.fromEntries(scored.result.characteristics.map((c) => [c.id, c.points]));
    expect(points).toEqual({
      'core.headAge': 6, // 55: [35, 56)
      'core.membershipYears': 5, // 4 years: [3, 5)
      'core.meetingAttendance': 5, // 0.5: [0.5, 0.75)
      'trusteeship.contractedAreaMu': 4, // neutral
      'trusteeship.contractStanding': 3, // neutral
      'trusteeship.feeOnTimeShare': 3, // neutral
      'agriInput.purchaseSeasons': 3, // neutral
      'core.yearlyTransactionFen': 5, // 28,000 yuan: [2, 5) 万元
      'core.transactionYears': 6, // 3 years
      'core.patronageRefundFen': 4, // under 1,000 yuan
      'core.equityFen': 7, // 6,000 yuan and a little reserve: [5,000, 20,000) yuan
      'finance.onTimeShare': 6, // neutral
      'finance.maxDaysOverdue': 5, // neutral
      'finance.defaults3y': 4, // neutral
      'public.honours': 0,
      'public.adverseRecords': 0,
    });
    expect(scored.result.score).toBe(66);
    expect(scored.result.grade).toBe('A');
    expect(scored.result.reasons.map((r) => r.id)).toEqual([
      'trusteeship.contractedAreaMu',
      'finance.onTimeShare',
      'trusteeship.feeOnTimeShare',
      'agriInput.purchaseSeasons',
    ]);
    // The bank supplies the public record; an adverse record costs 10 points.
    const adverse = await hz.credit.scoreMember(compiled, 'F001', ASOF, {
      values: { 'public.adverseRecords': 1, 'public.honours': 2 },
    });
    expect(adverse.result.score).toBe(66 - 10 + 3);
    expect(adverse.unavailable).not.toContain('public.adverseRecords');
  });

  it('a whole village at once; a non-member is refused by name, or skipped when asked', async () => {
    const hz = await village();
    const ids = ['F001', 'F002', 'F003', 'F004', 'F005', 'X999'];
    await expect(hz.credit.scoreMembers(THREE_IN_ONE_REFERENCE_MODEL, ids, ASOF)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/member X999: .*"core\.membershipYears" rejects missing/),
    });
    const { scores, errors } = await hz.credit.scoreMembers(THREE_IN_ONE_REFERENCE_MODEL, ids, ASOF, {
      onError: 'skip',
    });
    expect(scores.map((s) => s.memberId)).toEqual(ids.slice(0, 5));
    expect(errors.map((e) => e.memberId)).toEqual(['X999']);
    expect(scores.every((s) => s.result.modelId === 'hezuo.three-in-one-reference')).toBe(true);
  });

  it('refuses bad arguments with typed errors', async () => {
    const hz = createHezuo();
    await expect(hz.credit.scoreMember(THREE_IN_ONE_REFERENCE_MODEL, '', ASOF)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    await expect(
      hz.credit.scoreMember(THREE_IN_ONE_REFERENCE_MODEL, 'F001', '2026-02-30'),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(
      hz.credit.scoreMember(THREE_IN_ONE_REFERENCE_MODEL, 'F001', ASOF, { values: { x: Number.NaN } }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT', path: ['options', 'values', 'x'] });
  });
});
