import { describe, expect, it } from 'vitest';
import { cooperative, enterprise, parties } from '../cooperative/__tests__/fixtures';
import type { Logger } from '../logging/logger';
import { createHezuo, type HezuoCore } from './createHezuo';

const events = (hz: HezuoCore) => {
  const seen: string[] = [];
  for (const name of [
    'member.joined',
    'member.exitRequested',
    'member.exited',
    'transaction.posted',
  ] as const) {
    hz.events.on(name, (payload) => seen.push(`${name} ${JSON.stringify(payload)}`));
  }
  return seen;
};

describe('hz.cooperatives', () => {
  it('founds, admits, posts, takes notice and settles exits, with events after each commit', async () => {
    const lines: string[] = [];
    const logger: Logger = { debug: () => {}, info: () => {}, warn: () => {}, error: (m) => lines.push(m) };
    const hz = createHezuo({ logger });
    const seen = events(hz);
    await hz.cooperatives.found({ cooperative, founders: parties(19), foundedOn: '2026-01-10' });
    expect(seen.filter((e) => e.startsWith('member.joined'))).toHaveLength(19);

    await hz.cooperatives.admit(cooperative.id, {
      applications: [{ party: enterprise(1), appliedOn: '2026-02-01' }],
      resolution: {
        id: 'R1',
        passed: true,
        subject: { type: 'admitMembers', partyIds: ['E001'] },
        decidedOn: '2026-03-01',
      },
      admittedOn: '2026-03-01',
    });
    await hz.cooperatives.postTransactions(cooperative.id, [
      {
        id: 't1',
        cooperativeId: cooperative.id,
        counterparty: { type: 'member', memberId: 'F001' },
        kind: 'produceDelivery',
        date: '2026-06-30',
        amount: 128_000,
      },
    ]);
    expect((await hz.cooperatives.account(cooperative.id, 'F001')).transactions).toEqual({
      count: 1,
      amount: 128_000,
    });

    const decision = await hz.cooperatives.requestExit(cooperative.id, {
      memberId: 'E001',
      noticeOn: '2026-06-30',
    });
    expect(decision.effectiveOn).toBe('2026-12-31');
    const { settlements } = await hz.cooperatives.completeExits(cooperative.id, { on: '2026-12-31' });
    expect(settlements).toEqual([
      { memberId: 'E001', capital: 0, reserveShare: 0, lossShare: 0, refund: 0, owed: 0 },
    ]);
    expect(seen.at(-1)).toBe(
      'member.exited {"cooperativeId":"coop-gaomi-1","memberId":"E001","exitedOn":"2026-12-31","refund":0}',
    );
    expect(seen.join('\n')).not.toMatch(/\d{17}[\dX]/); // no resident ID in any event
    expect(lines).toEqual([]);
  });

  it('a refused change leaves the store as it was and emits nothing', async () => {
    const hz = createHezuo();
    await hz.cooperatives.found({ cooperative, founders: parties(5), foundedOn: '2026-01-10' });
    const seen = events(hz);
    const before = await hz.store.list('core.memberLedger');
    await expect(
      hz.cooperatives.postTransactions(cooperative.id, [
        {
          id: 't1',
          cooperativeId: cooperative.id,
          counterparty: { type: 'member', memberId: 'F001' },
          kind: 'serviceFee',
          date: '2026-01-11',
          amount: 1,
        },
        {
          id: 't2',
          cooperativeId: cooperative.id,
          counterparty: { type: 'member', memberId: 'NOBODY' },
          kind: 'serviceFee',
          date: '2026-01-11',
          amount: 1,
        },
      ]),
    ).rejects.toMatchObject({ code: 'NOT_A_MEMBER', path: ['transactions', 1, 'counterparty', 'memberId'] });
    await expect(
      hz.cooperatives.requestExit(cooperative.id, { memberId: 'F001', noticeOn: '2026-10-01' }),
    ).rejects.toMatchObject({
      code: 'EXIT_NOTICE_TOO_LATE',
    });
    await expect(
      hz.cooperatives.found({ cooperative, founders: parties(5), foundedOn: '2026-01-10' }),
    ).rejects.toMatchObject({
      code: 'ALREADY_MEMBER',
    });
    await expect(hz.cooperatives.register('nope')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await hz.store.list('core.memberLedger')).toEqual(before);
    expect(seen).toEqual([]);
  });
});

describe('hz.cooperatives: shares and the surplus', () => {
  it('keeps capital equal to the share ledger and books a distribution once', async () => {
    const hz = createHezuo();
    await hz.cooperatives.found({ cooperative, founders: parties(5), foundedOn: '2026-01-10' });
    await hz.cooperatives.recordShareMovements(cooperative.id, [
      { type: 'subscription', id: 's1', memberId: 'F001', date: '2026-01-10', amount: 300_000 },
      { type: 'payment', id: 'p1', memberId: 'F001', date: '2026-01-10', amount: 300_000 },
      {
        type: 'transfer',
        id: 't1',
        fromMemberId: 'F001',
        toMemberId: 'F002',
        date: '2026-02-01',
        amount: 100_000,
      },
    ]);
    expect((await hz.cooperatives.account(cooperative.id, 'F001')).capital).toBe(200_000);
    expect((await hz.cooperatives.account(cooperative.id, 'F002')).capital).toBe(100_000);
    await expect(
      hz.cooperatives.recordShareMovements(cooperative.id, [
        { type: 'payment', id: 'p2', memberId: 'F003', date: '2026-02-02', amount: 1 },
      ]),
    ).rejects.toMatchObject({ code: 'SHARE_LEDGER_RULE' });
    await hz.cooperatives.postTransactions(cooperative.id, [
      {
        id: 'd1',
        cooperativeId: cooperative.id,
        counterparty: { type: 'member', memberId: 'F003' },
        kind: 'produceDelivery',
        date: '2026-06-01',
        amount: 50_000,
      },
    ]);
    const seen: unknown[] = [];
    hz.events.on('surplus.distributed', (e) => seen.push(e));
    const result = await hz.cooperatives.distributeSurplus(cooperative.id, {
      year: 2026,
      surplus: 10_000,
      plan: { reserveRate: '0.1' },
    });
    expect(result.statements.find((s) => s.memberId === 'F003')).toMatchObject({
      patronageRefund: 5_400,
      reserveQuantified: 1_000,
    });
    expect((await hz.cooperatives.account(cooperative.id, 'F003')).reserveShare).toBe(1_000);
    expect(seen).toEqual([{ cooperativeId: cooperative.id, year: 2026, distributable: 9_000, members: 5 }]);
    await expect(
      hz.cooperatives.distributeSurplus(cooperative.id, {
        year: 2026,
        surplus: 10_000,
        plan: { reserveRate: '0.1' },
      }),
    ).rejects.toMatchObject({ code: 'DISTRIBUTION_RULE' });

    // Exit: the capital goes back through the share ledger.
    await hz.cooperatives.requestExit(cooperative.id, { memberId: 'F001', noticeOn: '2026-06-30' });
    // F001's exit would leave 4 farmers: still lawful (Art. 20 counts shares, not a minimum number).
    const { settlements } = await hz.cooperatives.completeExits(cooperative.id, { on: '2026-12-31' });
    expect(settlements[0]).toMatchObject({
      memberId: 'F001',
      capital: 200_000,
      refund: 200_000 + (settlements[0]?.reserveShare ?? 0),
    });
    expect(await hz.cooperatives.shareHolding(cooperative.id, 'F001')).toEqual({
      memberId: 'F001',
      subscribed: 0,
      paid: 0,
      paidInKind: 0,
    });
  });
});
