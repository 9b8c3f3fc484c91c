import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { priceDelivery } from '../marketing/delivery';
import { scaleFen } from '../money/arithmetic';
import { parseDay } from './days';
import { type County, countyTransactions, generateCounty } from './index';

/** Small counties over the whole option space: any seed, season, and length of history. */
const smallCounty = fc
  .record({
    seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
    households: fc.integer({ min: 200, max: 320 }),
    year: fc.integer({ min: 2000, max: 2100 }),
    historyYears: fc.integer({ min: 1, max: 5 }),
  })
  .map((options) => generateCounty(options));

const RUNS = { numRuns: 8 };

function sumBy<T>(items: readonly T[], amount: (item: T) => number): number {
  return items.reduce((sum, item) => sum + amount(item), 0);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}

/** Every number under a key that names money (…Fen, amount…, unitPrice) that is not a non-negative safe integer. */
function notWholeFen(value: unknown, key = '', out: string[] = []): string[] {
  if (typeof value === 'number' && /Fen$|^amount|^unitPrice$/.test(key)) {
    if (!Number.isSafeInteger(value) || value < 0) out.push(`${key} = ${value}`);
  } else if (Array.isArray(value)) for (const v of value) notWholeFen(v, key, out);
  else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) notWholeFen(v, k, out);
  return out;
}

describe('a county’s money sums exactly', { timeout: 60_000 }, () => {
  it('keeps every amount in whole fen', () => {
    fc.assert(
      fc.property(smallCounty, (county: County) => {
        expect(notWholeFen(county)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('prices every delivery as the marketing ledger does', () => {
    fc.assert(
      fc.property(smallCounty, (county) => {
        const amounts = new Map(countyTransactions(county).map((t) => [t.id, t.amount]));
        for (const d of county.deliveries) expect(amounts.get(d.id)).toBe(priceDelivery(d).amount);
      }),
      RUNS,
    );
  });

  it('adds each loan’s installments up to its principal and its ACT/360 interest, rounded half-up', () => {
    fc.assert(
      fc.property(smallCounty, (county) => {
        const byLoan = groupBy(county.installments, (i) => i.loanId);
        for (const loan of county.loans) {
          const installments = byLoan.get(loan.loanId) ?? [];
          expect(installments).toHaveLength(loan.terms.periods);
          let from = loan.terms.startDate;
          let interest = 0;
          for (const i of installments) {
            const days = parseDay(i.dueDate) - parseDay(from);
            interest += scaleFen(loan.terms.principalFen, {
              multiply: [loan.terms.annualRate, days],
              divide: [360],
            });
            from = i.dueDate;
          }
          expect(sumBy(installments, (i) => i.amountDueFen)).toBe(loan.terms.principalFen + interest);
          for (const i of installments)
            if (i.amountPaidFen !== undefined) expect(i.amountPaidFen).toBe(i.amountDueFen);
        }
      }),
      RUNS,
    );
  });

  it('splits each trusteeship fee into a 30 % deposit and a balance that add up to fee per mu × area', () => {
    fc.assert(
      fc.property(smallCounty, (county) => {
        const fees = groupBy(county.feePayments, (f) => f.contractId);
        for (const c of county.trusteeshipContracts) {
          const tenths = sumBy(c.plots, (p) => Math.round(p.contractAreaMu * 10));
          expect(Math.round(c.areaMu * 10)).toBe(tenths);
          const total = scaleFen(c.terms.feePerMuFen, { multiply: [c.areaMu] });
          const [deposit, balance] = fees.get(c.id) ?? [];
          expect(deposit?.amountDueFen).toBe(scaleFen(total, { multiply: ['0.3'] }));
          if (balance) expect((deposit?.amountDueFen ?? 0) + balance.amountDueFen).toBe(total);
          else expect(c.status).toBe('terminated');
          expect(c.terms.guarantees.map((g) => g.plotId)).toEqual(c.plots.map((p) => p.plotId));
        }
      }),
      RUNS,
    );
  });

  it('adds each distribution’s statements up to its totals, and its totals up to the surplus', () => {
    fc.assert(
      fc.property(smallCounty, (county) => {
        const reserve = new Map<string, number>();
        for (const d of county.surplusDistributions) {
          expect(sumBy(d.statements, (s) => s.reserveQuantifiedFen)).toBe(d.reserveFen);
          expect(sumBy(d.statements, (s) => s.patronageRefundFen)).toBe(d.patronageRefundFen);
          expect(sumBy(d.statements, (s) => s.dividendFen)).toBe(d.dividendFen);
          expect(d.reserveFen + d.patronageRefundFen + d.dividendFen).toBe(d.surplusFen);
          // Art. 44: at least 60 % of the distributable surplus goes back by transactions.
          expect(d.patronageRefundFen * 10).toBeGreaterThanOrEqual((d.surplusFen - d.reserveFen) * 6 - 10);
          for (const s of d.statements)
            reserve.set(s.memberId, (reserve.get(s.memberId) ?? 0) + s.reserveQuantifiedFen);
        }
        for (const h of county.households) expect(h.reserveShareFen).toBe(reserve.get(h.id) ?? 0);
      }),
      RUNS,
    );
  });
});

describe('a county’s bodies are lawful', { timeout: 60_000 }, () => {
  it('founds every co-op with at least five founders and every union with at least three co-ops', () => {
    fc.assert(
      fc.property(smallCounty, (county) => {
        for (const c of county.cooperatives) expect(c.founderIds.length).toBeGreaterThanOrEqual(5);
        for (const u of county.unions) expect(u.memberCooperativeIds.length).toBeGreaterThanOrEqual(3);
        const first = county.cooperatives.map((c) => c.cooperative.foundedOn).sort()[0] as string;
        expect(first >= `${county.year - 12}-01-01`).toBe(true);
        expect(county.federation.foundedOn < county.asOf).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('a county’s season carries out its latent truth', { timeout: 60_000 }, () => {
  it('leaves a defaulter’s season loan more than 90 days overdue at year end, and everyone else’s repaid within it', () => {
    fc.assert(
      fc.property(smallCounty, (county) => {
        const end = parseDay(county.outcomeThrough);
        const season = groupBy(
          county.installments.filter((i) => i.loanId.endsWith(`-${county.year}`)),
          (i) => i.memberId,
        );
        for (const h of county.households) {
          const installments = season.get(h.id) ?? [];
          expect(installments).toHaveLength(3);
          const worst = Math.max(
            ...installments.map((i) =>
              i.paidOn === undefined ? end - parseDay(i.dueDate) : parseDay(i.paidOn) - parseDay(i.dueDate),
            ),
          );
          if (h.latent.defaulted) expect(worst).toBeGreaterThan(90);
          else {
            expect(worst).toBeLessThanOrEqual(60);
            expect(
              installments.every((i) => i.paidOn !== undefined && i.paidOn <= county.outcomeThrough),
            ).toBe(true);
          }
          expect(h.latent.probabilityBad).toBeGreaterThan(0);
          expect(h.latent.probabilityBad).toBeLessThan(1);
        }
      }),
      RUNS,
    );
  });
});
