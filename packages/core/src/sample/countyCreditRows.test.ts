import { describe, expect, it } from 'vitest';
import { thrown } from '../__tests__/thrown';
import { crossValidate } from '../credit/fit/crossValidate';
import { fitScorecard } from '../credit/fit/fitScorecard';
import { discrimination } from '../credit/monitoring/discrimination';
import { THREE_IN_ONE_REFERENCE_MODEL } from '../credit/reference/threeInOneReference';
import { score } from '../credit/scoring/score';
import {
  COUNTY_CREDIT_COLUMNS,
  COUNTY_CREDIT_FEATURE_IDS,
  type CountyCreditRow,
  countyCreditRows,
  countyTransactions,
  generateCounty,
} from './index';

const county = generateCounty({ seed: 2026, households: 3000 });
const rows = countyCreditRows(county);
const characteristics = [...COUNTY_CREDIT_FEATURE_IDS];

/** AUC of scores (higher = better) against the outcomes, by core's monitoring. */
function auc(scores: readonly number[], bad: readonly (0 | 1)[]): number {
  return discrimination({ scores: [...scores], bad: [...bad] }).auc;
}

describe('countyCreditRows', () => {
  it('has one row per household, in the columns of the three-in-one reference sheet', () => {
    expect(characteristics).toEqual(THREE_IN_ONE_REFERENCE_MODEL.characteristics.map((c) => c.id));
    expect(COUNTY_CREDIT_COLUMNS).toEqual(['householdId', ...characteristics, 'bad']);
    expect(rows.map((r) => r.householdId)).toEqual(county.households.map((h) => h.id));
    for (const row of rows) expect(Object.keys(row).sort()).toEqual([...COUNTY_CREDIT_COLUMNS].sort());
  });

  it('gives each characteristic the kind of value the reference sheet reads, null for no record', () => {
    const kinds = new Map<string, Set<string>>();
    for (const row of rows)
      for (const id of characteristics) {
        const v = row[id];
        const kind = v === null ? 'null' : typeof v === 'number' && Number.isFinite(v) ? 'number' : String(v);
        kinds.set(id, (kinds.get(id) ?? new Set()).add(kind));
      }
    expect(Object.fromEntries([...kinds].map(([id, k]) => [id, [...k].sort()]))).toEqual({
      'core.headAge': ['number'],
      'core.membershipYears': ['number'],
      'core.meetingAttendance': ['null', 'number'],
      'trusteeship.contractedAreaMu': ['null', 'number'],
      'trusteeship.contractStanding': ['good', 'null', 'terminated'],
      'trusteeship.feeOnTimeShare': ['null', 'number'],
      'agriInput.purchaseSeasons': ['number'],
      'core.yearlyTransactionFen': ['number'],
      'core.transactionYears': ['number'],
      // Every co-op is at least three years old and distributes each year.
      'core.patronageRefundFen': ['number'],
      'core.equityFen': ['number'],
      'finance.onTimeShare': ['null', 'number'],
      'finance.maxDaysOverdue': ['null', 'number'],
      'finance.defaults3y': ['null', 'number'],
      'public.honours': ['number'],
      'public.adverseRecords': ['number'],
    });
    for (const row of rows) {
      expect(row['agriInput.purchaseSeasons']).toBeLessThanOrEqual(6);
      expect(row['core.transactionYears']).toBeLessThanOrEqual(3);
      for (const share of [
        row['core.meetingAttendance'],
        row['finance.onTimeShare'],
        row['trusteeship.feeOnTimeShare'],
      ])
        if (share !== null) expect(share >= 0 && share <= 1).toBe(true);
    }
  });

  it('reads the yearly transactions from what the county posts to member accounts', () => {
    const last = String(county.year - 1);
    const totals = new Map<string, number>();
    for (const t of countyTransactions(county))
      if (t.date.startsWith(last) && t.counterparty.type === 'member')
        totals.set(t.counterparty.memberId, (totals.get(t.counterparty.memberId) ?? 0) + t.amount);
    for (const row of rows) expect(row['core.yearlyTransactionFen']).toBe(totals.get(row.householdId) ?? 0);
  });

  it('marks as bad exactly the households that default in the season, about one in nine', () => {
    const defaulted = new Set(county.households.filter((h) => h.latent.defaulted).map((h) => h.id));
    expect(rows.filter((r) => r.bad === 1).map((r) => r.householdId)).toEqual([...defaulted]);
    const rate = defaulted.size / rows.length;
    expect(rate).toBeGreaterThanOrEqual(0.08);
    expect(rate).toBeLessThanOrEqual(0.15);
    // The drawn outcomes agree with the true probabilities on average.
    const expected = county.households.reduce((sum, h) => sum + h.latent.probabilityBad, 0) / rows.length;
    expect(Math.abs(rate - expected)).toBeLessThan(0.02);
  });

  it('holds a signal a fitted scorecard finds: AUC 0.70–0.85 in sample, out of fold and on another county', () => {
    const { model, report } = fitScorecard(rows, { target: 'bad', bad: 1, characteristics });
    expect(report.training.scores.auc).toBeGreaterThan(0.7);
    expect(report.training.scores.auc).toBeLessThan(0.85);
    const cv = crossValidate(rows, {
      target: 'bad',
      bad: 1,
      characteristics,
      folds: 3,
      seed: 1,
      bootstrap: { samples: 0 },
    });
    expect(cv.mean.scores.auc).toBeGreaterThan(0.7);
    expect(cv.mean.scores.auc).toBeLessThan(0.85);
    const next = countyCreditRows(generateCounty({ seed: 2027, households: 3000 }));
    const outOfSample = auc(
      next.map((r) => score(model, r).score),
      next.map((r) => r.bad),
    );
    expect(outOfSample).toBeGreaterThan(0.7);
    expect(outOfSample).toBeLessThan(0.85);
    // Fitting and cross-validating 3,000 rows takes a few seconds on a busy machine.
  }, 60_000);

  it('lets the unfitted reference sheet rank households better than chance, and the truth rank them best', () => {
    const bad = rows.map((r) => r.bad);
    const reference = auc(
      rows.map((r) => score(THREE_IN_ONE_REFERENCE_MODEL, r).score),
      bad,
    );
    const truth = auc(
      county.households.map((h) => -h.latent.probabilityBad),
      bad,
    );
    expect(reference).toBeGreaterThan(0.65);
    expect(truth).toBeGreaterThan(reference);
  });

  it('refuses a county whose records are malformed, naming the field', () => {
    const broken = { ...county, installments: [{ ...county.installments[0], dueDate: '2026-02-30' }] };
    expect(thrown(() => countyCreditRows(broken as never))).toEqual({
      code: 'INVALID_INPUT',
      path: ['county', 'installments', 0, 'dueDate'],
    });
    expect(thrown(() => countyCreditRows(null as never)).code).toBe('INVALID_INPUT');
    expect(thrown(() => countyTransactions({} as never)).path[0]).toBe('county');
  });
});

/** The row type names every column: a compile-time check of the contract. */
const _columns: Record<(typeof COUNTY_CREDIT_COLUMNS)[number], unknown> = {} as CountyCreditRow;
void _columns;
