// The three-in-one reference sheet scores members created through the client with every
// combination of the three plugins: an indicator whose plugin is absent is `unavailable` and
// takes its neutral points; every other indicator scores exactly as with all plugins present.
import { agriInput } from '@hezuo/agri-input';
import {
  compileModel,
  createHezuo,
  createMemoryStore,
  fixedClock,
  type Party,
  residentIdCheckCharacter,
  THREE_IN_ONE_REFERENCE_MODEL,
} from '@hezuo/core';
import { finance } from '@hezuo/finance';
import { trusteeship } from '@hezuo/trusteeship';
import { describe, expect, it } from 'vitest';

const ASOF = '2026-11-29';
const clock = fixedClock('2026-11-29T09:00:00+08:00');
const model = compileModel(THREE_IN_ONE_REFERENCE_MODEL);

const person = (n: number, birth: string): Party => {
  const first17 = `370785${birth}1${String(n).padStart(2, '0')}`;
  return {
    kind: 'naturalPerson',
    id: `M${n}`,
    name: `成员${n}`,
    residentId: first17 + residentIdCheckCharacter(first17),
    farmer: true,
    regionCode: '370785',
  };
};

/** Five members with records in every leg, written through a client with all three plugins. */
async function recordedStore() {
  const store = createMemoryStore();
  const hz = createHezuo({ plugins: [trusteeship(), agriInput(), finance()], store, clock });
  const coop = { kind: 'cooperative' as const, id: 'c1', name: '东村合作社', regionCode: '370785' };
  const members = [1, 2, 3, 4, 5].map((n) => person(n, `19${60 + n * 5}0101`));
  await hz.cooperatives.found({ cooperative: coop, founders: members, foundedOn: '2021-05-01' });
  await hz.cooperatives.postTransactions(
    coop.id,
    members.map((m, i) => ({
      id: `t${i}`,
      cooperativeId: coop.id,
      counterparty: { type: 'member' as const, memberId: m.id },
      kind: 'produceDelivery' as const,
      date: '2025-08-01',
      amount: 1_000_000 * (i + 1),
    })),
  );
  for (const [i, m] of members.entries()) {
    await hz.trusteeship.recordContract({
      id: `c-${m.id}`,
      memberId: m.id,
      areaMu: 10 * (i + 1),
      status: i === 4 ? 'terminated' : 'active',
      startDate: '2024-03-01',
    });
    await hz.trusteeship.recordFeePayment({
      id: `f-${m.id}`,
      memberId: m.id,
      contractId: `c-${m.id}`,
      dueDate: '2025-10-31',
      amountDueFen: 300_000,
      paidOn: i % 2 === 0 ? '2025-10-30' : '2025-12-30',
      amountPaidFen: 300_000,
    });
    await hz.agriInput.recordPurchase({
      id: `p-${m.id}`,
      memberId: m.id,
      date: '2026-03-01',
      amountFen: 90_000,
    });
    await hz.finance.recordInstallment({
      id: `i-${m.id}`,
      memberId: m.id,
      loanId: `L-${m.id}`,
      dueDate: '2025-06-30',
      amountDueFen: 500_000,
      ...(i === 3 ? {} : { paidOn: i === 2 ? '2025-08-15' : '2025-06-30', amountPaidFen: 500_000 }),
    });
  }
  return { store, ids: members.map((m) => m.id) };
}

const PLUGINS = { trusteeship, agriInput, finance } as const;
type PluginName = keyof typeof PLUGINS;
const subsets: PluginName[][] = [];
for (let mask = 0; mask < 8; mask++) {
  subsets.push((Object.keys(PLUGINS) as PluginName[]).filter((_, i) => mask & (1 << i)));
}

describe('the three-in-one reference sheet, with and without each plugin', () => {
  it.each(subsets.map((s) => [s.join(' + ') || 'no plugin', s] as const))('%s', async (_, names) => {
    const { store, ids } = await recordedStore();
    const full = createHezuo({ plugins: [trusteeship(), agriInput(), finance()], store, clock });
    const some = createHezuo({ plugins: names.map((n) => PLUGINS[n]()), store, clock });
    const all = await full.credit.scoreMembers(model, ids, ASOF);
    const part = await some.credit.scoreMembers(model, ids, ASOF);
    for (const [k, scored] of part.scores.entries()) {
      const reference = all.scores[k];
      const absent = (id: string) => {
        const plugin = id.split('.')[0] as string;
        return plugin in PLUGINS && !names.includes(plugin as PluginName);
      };
      expect(scored.unavailable).toEqual(
        model.model.characteristics.map((c) => c.id).filter((id) => absent(id) || id.startsWith('public.')),
      );
      let expected = 0;
      for (const [j, c] of scored.result.characteristics.entries()) {
        const spec = model.model.characteristics[j];
        const neutral = spec && 'points' in spec.missing ? spec.missing.points : Number.NaN;
        const want = absent(c.id) ? neutral : (reference?.result.characteristics[j]?.points as number);
        expect(c.points, c.id).toBe(want);
        expected += want;
      }
      expect(scored.result.score).toBe(expected);
    }
    // With every plugin, each leg has real evidence: nothing but the public record is unavailable.
    expect(all.scores.every((s) => s.unavailable.every((id) => id.startsWith('public.')))).toBe(true);
    // The members' records differ, and so do their scores.
    expect(new Set(all.scores.map((s) => s.result.score)).size).toBe(ids.length);
  });
});
