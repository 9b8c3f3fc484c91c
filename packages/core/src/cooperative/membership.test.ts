import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isHezuoError } from '../errors/HezuoError';
import { cooperative, coopParty, enterprise, farmer, nonFarmer, parties } from './__tests__/fixtures';
import { admitMembers } from './admission';
import { requestExit } from './exit';
import { completeExits } from './exitSettlement';
import { foundCooperative } from './founding';
import type { Party } from './party';
import { type CooperativeRegister, currentMembers } from './register';
import { checkRegisterComposition } from './registerRules';

const found = (founders: Party[], charter = {}) =>
  foundCooperative({ cooperative, founders, foundedOn: '2026-01-10', charter });

const admission = (partyIds: string[], decidedOn = '2026-03-01', passed = true) => ({
  id: 'R-2026-01',
  passed,
  subject: { type: 'admitMembers', partyIds },
  decidedOn,
});

describe('foundCooperative', () => {
  it('founds with 5 founders, not with 4 (Art. 12)', () => {
    expect(found(parties(5)).members).toHaveLength(5);
    expect(() => found(parties(4))).toThrow(
      expect.objectContaining({
        code: 'FOUNDING_MEMBERS',
        details: expect.objectContaining({ measured: 4, required: 5 }),
      }),
    );
  });

  it('fills the charter with the law defaults', () => {
    expect(found(parties(5)).charter).toEqual({
      accountingYearEnd: '12-31',
      exitNoticeMonthsIndividual: 3,
      exitNoticeMonthsOrganization: 6,
      minFarmerPercent: 80,
      lossSharingBasis: 'capitalAndReserve',
    });
  });

  it('refuses a charter looser than the law', () => {
    expect(() => found(parties(5), { exitNoticeMonthsIndividual: 2 })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['charter', 'exitNoticeMonthsIndividual'] }),
    );
  });

  it('refuses a malformed resident ID at its path, without echoing it', () => {
    const bad = { ...farmer(1), residentId: '370785199001011234' };
    try {
      found([bad, ...parties(5).slice(1)]);
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: 'INVALID_INPUT', path: ['founders', 0, 'residentId'] });
      expect(JSON.stringify({ message: (error as Error).message })).not.toContain('370785199001011234');
    }
  });

  it('founds a union of 3 cooperatives, not of 2 (Art. 56)', () => {
    const union = { ...cooperative, kind: 'cooperativeUnion' as const, id: 'union-1' };
    expect(
      foundCooperative({ cooperative: union, founders: [1, 2, 3].map(coopParty), foundedOn: '2026-01-10' })
        .members,
    ).toHaveLength(3);
    expect(() =>
      foundCooperative({ cooperative: union, founders: [1, 2].map(coopParty), foundedOn: '2026-01-10' }),
    ).toThrow(expect.objectContaining({ code: 'FOUNDING_MEMBERS' }));
  });
});

describe('admitMembers (Art. 24)', () => {
  const register = found(parties(19));

  it('admits by application and a passed resolution', () => {
    const next = admitMembers(register, {
      applications: [{ party: enterprise(1), appliedOn: '2026-02-01' }],
      resolution: admission(['E001']),
      admittedOn: '2026-03-01',
    });
    expect(currentMembers(next)).toHaveLength(20);
    expect(next.members.at(-1)).toMatchObject({
      joinedOn: '2026-03-01',
      admittedBy: 'R-2026-01',
      status: 'active',
    });
    expect(register.members).toHaveLength(19); // the input is not changed
  });

  it.each([
    ['a failed resolution', admission(['E001'], '2026-03-01', false), 'RESOLUTION_REQUIRED'],
    ['a resolution that admits someone else', admission(['E002']), 'RESOLUTION_REQUIRED'],
    ['a resolution before the application', admission(['E001'], '2026-01-20'), 'DATE_ORDER'],
  ])('refuses %s', (_label, resolution, code) => {
    expect(() =>
      admitMembers(register, {
        applications: [{ party: enterprise(1), appliedOn: '2026-02-01' }],
        resolution,
        admittedOn: '2026-03-01',
      }),
    ).toThrow(expect.objectContaining({ code }));
  });

  it('refuses a second organisation among 21 members, all or nothing', () => {
    const twenty = admitMembers(register, {
      applications: [{ party: enterprise(1), appliedOn: '2026-02-01' }],
      resolution: admission(['E001']),
      admittedOn: '2026-03-01',
    });
    const input = {
      applications: [
        { party: enterprise(2), appliedOn: '2026-04-01' },
        { party: farmer(90), appliedOn: '2026-04-01' },
      ],
      resolution: admission(['E002', 'F090'], '2026-05-01'),
      admittedOn: '2026-05-01',
    };
    expect(() => admitMembers(twenty, input)).toThrow(
      expect.objectContaining({
        code: 'MEMBERSHIP_COMPOSITION',
        details: expect.objectContaining({ measured: 2, required: 1 }),
      }),
    );
  });

  it('refuses someone already a member', () => {
    expect(() =>
      admitMembers(register, {
        applications: [{ party: farmer(1), appliedOn: '2026-02-01' }],
        resolution: admission(['F001']),
        admittedOn: '2026-03-01',
      }),
    ).toThrow(expect.objectContaining({ code: 'ALREADY_MEMBER' }));
  });
});

describe('requestExit (Art. 25)', () => {
  const register = admitMembers(found([...parties(24), nonFarmer(1)]), {
    applications: [{ party: enterprise(1), appliedOn: '2026-02-01' }],
    resolution: admission(['E001']),
    admittedOn: '2026-03-01',
  });

  it('3 months for a person: notice on 30 September leaves on 31 December', () => {
    const decision = requestExit(register, { memberId: 'F001', noticeOn: '2026-09-30' });
    expect(decision).toMatchObject({
      effectiveOn: '2026-12-31',
      noticeMonths: 3,
      latestNoticeOn: '2026-09-30',
    });
    expect(decision.register.members.find((m) => m.party.id === 'F001')).toMatchObject({
      status: 'exitRequested',
      exitEffectiveOn: '2026-12-31',
    });
  });

  it('notice one day late is refused with the dates, or deferred to next year on request', () => {
    expect(() => requestExit(register, { memberId: 'F001', noticeOn: '2026-10-01' })).toThrow(
      expect.objectContaining({
        code: 'EXIT_NOTICE_TOO_LATE',
        details: expect.objectContaining({ latestNoticeOn: '2026-09-30', nextEffectiveOn: '2027-12-31' }),
      }),
    );
    expect(
      requestExit(register, { memberId: 'F001', noticeOn: '2026-10-01', deferToNextYear: true }),
    ).toMatchObject({
      effectiveOn: '2027-12-31',
      latestNoticeOn: '2027-09-30',
    });
  });

  it('6 months for an organisation: 30 June is in time, 1 July is late', () => {
    expect(requestExit(register, { memberId: 'E001', noticeOn: '2026-06-30' }).effectiveOn).toBe(
      '2026-12-31',
    );
    expect(() => requestExit(register, { memberId: 'E001', noticeOn: '2026-07-01' })).toThrow(
      expect.objectContaining({
        code: 'EXIT_NOTICE_TOO_LATE',
        details: expect.objectContaining({ noticeMonths: 6 }),
      }),
    );
  });

  it('follows a charter year that ends on 30 June', () => {
    const june = found(parties(5), { accountingYearEnd: '06-30' });
    expect(requestExit(june, { memberId: 'F001', noticeOn: '2026-03-31' }).effectiveOn).toBe('2026-06-30');
    expect(requestExit(june, { memberId: 'F001', noticeOn: '2026-07-01' }).effectiveOn).toBe('2027-06-30');
  });

  it('refuses unknown members, repeated notices and an exit that would break Art. 20', () => {
    expect(() => requestExit(register, { memberId: 'X999', noticeOn: '2026-05-01' })).toThrow(
      expect.objectContaining({ code: 'NOT_A_MEMBER' }),
    );
    const once = requestExit(register, { memberId: 'F001', noticeOn: '2026-05-01' }).register;
    expect(() => requestExit(once, { memberId: 'F001', noticeOn: '2026-05-02' })).toThrow(
      expect.objectContaining({ code: 'EXIT_STATE' }),
    );
    // 5 farmers, 1 non-farmer: 83.3 %; a farmer leaving leaves 80 % exactly; a second, 75 %.
    const small = found([...parties(5), nonFarmer(1)]);
    const first = requestExit(small, { memberId: 'F001', noticeOn: '2026-05-01' }).register;
    expect(() => requestExit(first, { memberId: 'F002', noticeOn: '2026-05-01' })).toThrow(
      expect.objectContaining({ code: 'MEMBERSHIP_COMPOSITION' }),
    );
  });
});

describe('completeExits (Art. 28)', () => {
  it('refunds capital and reserve share less the leaver’s share of losses, exact to the fen', () => {
    const register = found(parties(5));
    const leaving = requestExit(register, { memberId: 'F001', noticeOn: '2026-06-01' }).register;
    const balances = ['F001', 'F002', 'F003', 'F004', 'F005'].map((memberId, i) => ({
      memberId,
      capital: 100_000 * (i + 1),
      reserveShare: 3_333,
    }));
    const { settlements, register: after } = completeExits(leaving, {
      on: '2026-12-31',
      balances,
      uncoveredLosses: 100_001,
    });
    // Key: capital + reserve = 103,333 of 1,516,665 → 100,001 × 103,333 / 1,516,665 = 6,813.26… → 6,813.
    expect(settlements).toEqual([
      { memberId: 'F001', capital: 100_000, reserveShare: 3_333, lossShare: 6_813, refund: 96_520, owed: 0 },
    ]);
    expect(after.members.find((m) => m.party.id === 'F001')?.status).toBe('exited');
  });

  it('reports what is owed when losses exceed capital and reserve share', () => {
    const register = requestExit(found(parties(5)), { memberId: 'F001', noticeOn: '2026-06-01' }).register;
    const balances = ['F001', 'F002', 'F003', 'F004', 'F005'].map((memberId) => ({
      memberId,
      capital: 1_000,
      reserveShare: 0,
    }));
    const [settlement] = completeExits(register, {
      on: '2026-12-31',
      balances,
      uncoveredLosses: 10_000,
    }).settlements;
    expect(settlement).toMatchObject({ lossShare: 2_000, refund: 0, owed: 1_000 });
  });

  it('refuses a date on which nobody leaves and missing balances', () => {
    const register = requestExit(found(parties(5)), { memberId: 'F001', noticeOn: '2026-06-01' }).register;
    expect(() => completeExits(register, { on: '2027-12-31', balances: [] })).toThrow(
      expect.objectContaining({ code: 'DATE_ORDER' }),
    );
    expect(() =>
      completeExits(register, {
        on: '2026-12-31',
        balances: [{ memberId: 'F001', capital: 1, reserveShare: 0 }],
      }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});

describe('property: accepted joins and exits keep the register lawful (Art. 20)', () => {
  const step = fc.oneof(
    fc.record({ op: fc.constant('joinFarmer' as const), n: fc.integer({ min: 100, max: 400 }) }),
    fc.record({ op: fc.constant('joinOther' as const), n: fc.integer({ min: 1, max: 300 }) }),
    fc.record({ op: fc.constant('joinOrg' as const), n: fc.integer({ min: 1, max: 300 }) }),
    fc.record({ op: fc.constant('exit' as const), n: fc.nat() }),
  );

  it('after any sequence of accepted changes, Art. 20 holds', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        let register: CooperativeRegister = found(parties(5));
        let day = 0;
        for (const s of steps) {
          day++;
          const date = `2026-0${Math.min(9, 1 + Math.floor(day / 28))}-${String(1 + (day % 28)).padStart(2, '0')}`;
          try {
            if (s.op === 'exit') {
              const active = register.members.filter((m) => m.status === 'active');
              const target = active[s.n % Math.max(1, active.length)];
              if (!target) continue;
              register = requestExit(register, {
                memberId: target.party.id,
                noticeOn: '2026-01-31',
              }).register;
            } else {
              const party =
                s.op === 'joinFarmer' ? farmer(s.n) : s.op === 'joinOther' ? nonFarmer(s.n) : enterprise(s.n);
              register = admitMembers(register, {
                applications: [{ party, appliedOn: '2026-02-01' }],
                resolution: {
                  id: `R${day}`,
                  passed: true,
                  subject: { type: 'admitMembers', partyIds: [party.id] },
                  decidedOn: date < '2026-02-01' ? '2026-02-01' : date,
                },
                admittedOn: date < '2026-02-01' ? '2026-02-01' : date,
              });
            }
          } catch (error) {
            if (!isHezuoError(error)) throw error;
          }
          const staying = currentMembers(register).filter((m) => m.status === 'active');
          expect(checkRegisterComposition(staying.map((m) => m.party)).violations).toEqual([]);
        }
      }),
      { numRuns: 1000 },
    );
  }, 60_000);
});
