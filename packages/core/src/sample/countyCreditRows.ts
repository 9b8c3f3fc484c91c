import { completedYears } from '../credit/memberFeatures/coreCreditFeatures';
import { lookbackStart } from '../credit/memberFeatures/lookback';
import type { County, CountyInstallment, CountyTrusteeshipContract } from './county';
import { readCounty } from './countySchema';
import { transactionTotalsByYear } from './countyTransactions';
import { parseDay } from './days';

/**
 * The characteristics of the three-in-one reference sheet (`THREE_IN_ONE_REFERENCE_MODEL`), in
 * its order: the columns a county's credit rows carry between `householdId` and `bad`.
 */
export const COUNTY_CREDIT_FEATURE_IDS = Object.freeze([
  'core.headAge',
  'core.membershipYears',
  'core.meetingAttendance',
  'trusteeship.contractedAreaMu',
  'trusteeship.contractStanding',
  'trusteeship.feeOnTimeShare',
  'agriInput.purchaseSeasons',
  'core.yearlyTransactionFen',
  'core.transactionYears',
  'core.patronageRefundFen',
  'core.equityFen',
  'finance.onTimeShare',
  'finance.maxDaysOverdue',
  'finance.defaults3y',
  'public.honours',
  'public.adverseRecords',
] as const);

/** One of {@link COUNTY_CREDIT_FEATURE_IDS}. */
export type CountyCreditFeatureId = (typeof COUNTY_CREDIT_FEATURE_IDS)[number];

/** The column order of a county's credit rows, for a CSV: `householdId`, the characteristics, `bad`. */
export const COUNTY_CREDIT_COLUMNS = Object.freeze([
  'householdId',
  ...COUNTY_CREDIT_FEATURE_IDS,
  'bad',
] as const);

/**
 * One household's credit row: the reference sheet's characteristics as of the county's
 * assessment date, computed from its records the way the core and the plugins compute them
 * (`null` where they would find no record), and the season's outcome. A plain object type, so
 * rows pass as they are to `fitScorecard`, `crossValidate` and `score`.
 */
export type CountyCreditRow = {
  /** The household. */
  readonly householdId: string;
  /** Head's age in completed years. */
  readonly 'core.headAge': number | null;
  /** Completed years of membership. */
  readonly 'core.membershipYears': number | null;
  /** Share of the meetings on the roll in 3 years that the member attended; `null` without one. */
  readonly 'core.meetingAttendance': number | null;
  /** Area of its trusteeship contracts, mu (the plugin's sum over contracts on record); `null` without one. */
  readonly 'trusteeship.contractedAreaMu': number | null;
  /** `good` or `terminated`; `null` without a contract. */
  readonly 'trusteeship.contractStanding': 'good' | 'terminated' | null;
  /** Share of trusteeship fees due in 3 years paid in full on time, by amount; `null` without a fee due. */
  readonly 'trusteeship.feeOnTimeShare': number | null;
  /** Half-year seasons with an input purchase among the last 6 (0–6). */
  readonly 'agriInput.purchaseSeasons': number;
  /** Transactions with the co-op in the last complete year, fen. */
  readonly 'core.yearlyTransactionFen': number | null;
  /** Years with transactions among the last 3 complete years. */
  readonly 'core.transactionYears': number | null;
  /** Patronage refunds of the last 3 years' distributions, fen; `null` without a distribution. */
  readonly 'core.patronageRefundFen': number | null;
  /** Capital plus reserve share, fen. */
  readonly 'core.equityFen': number | null;
  /** Share of installments due in 3 years repaid on time, by amount; `null` without one. */
  readonly 'finance.onTimeShare': number | null;
  /** Longest delay of an installment due in 3 years, days; `null` without one. */
  readonly 'finance.maxDaysOverdue': number | null;
  /** Loans with an installment more than 90 days overdue or written off in 3 years; `null` without one. */
  readonly 'finance.defaults3y': number | null;
  /** Honours on record. */
  readonly 'public.honours': number;
  /** Adverse public records. */
  readonly 'public.adverseRecords': number;
  /** 1 when the household defaulted in the season, else 0. */
  readonly bad: 0 | 1;
};

/** Days past the installments' default line (the finance plugin's `DEFAULT_DAYS_OVERDUE`). */
const DEFAULT_DAYS_OVERDUE = 90;

/** Items by a key, in their order. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** The half-year season of a date as a running number (January–June spring, July–December autumn). */
function seasonOf(date: string): number {
  return Number(date.slice(0, 4)) * 2 + (Number(date.slice(5, 7)) <= 6 ? 0 : 1);
}

/** The trusteeship plugin's "under contract on `asOf`". */
function underContract(c: CountyTrusteeshipContract, asOf: string): boolean {
  if (c.status !== 'terminated') return true;
  return c.terminatedOn !== undefined && c.terminatedOn > asOf;
}

/** Area, standing and fee punctuality as the trusteeship plugin computes them. */
function trusteeshipValues(
  contracts: readonly CountyTrusteeshipContract[],
  fees: readonly { dueDate: string; amountDueFen: number; paidOn?: string; amountPaidFen?: number }[],
  asOf: string,
  inWindow: (date: string) => boolean,
) {
  const started = contracts
    .filter((c) => c.startDate <= asOf && (c.signedOn === undefined || c.signedOn <= asOf))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  let area: number | null = null;
  if (started.length > 0) {
    area = 0;
    for (const c of started) if (underContract(c, asOf)) area += c.areaMu;
  }
  const terminated = started.some(
    (c) => c.status === 'terminated' && (c.terminatedOn === undefined || c.terminatedOn <= asOf),
  );
  const standing = terminated
    ? ('terminated' as const)
    : started.some((c) => underContract(c, asOf))
      ? ('good' as const)
      : null;
  let due = 0;
  let onTime = 0;
  for (const f of fees) {
    if (!inWindow(f.dueDate)) continue;
    due += f.amountDueFen;
    if (f.paidOn !== undefined && f.paidOn <= f.dueDate && (f.amountPaidFen ?? 0) >= f.amountDueFen)
      onTime += f.amountDueFen;
  }
  return { area, standing, feeShare: due === 0 ? null : onTime / due };
}

/** Repayment record as the finance plugin computes it. */
function financeValues(
  installments: readonly CountyInstallment[],
  asOf: string,
  inWindow: (date: string) => boolean,
) {
  const asOfDay = parseDay(asOf);
  let due = 0;
  let onTime = 0;
  let longest: number | null = null;
  const defaulted = new Set<string>();
  let any = false;
  for (const i of installments) {
    if (!inWindow(i.dueDate)) continue;
    any = true;
    const repaid = i.paidOn !== undefined && i.paidOn <= asOf && (i.amountPaidFen ?? 0) >= i.amountDueFen;
    const days = repaid
      ? Math.max(0, parseDay(i.paidOn as string) - parseDay(i.dueDate))
      : asOfDay - parseDay(i.dueDate);
    due += i.amountDueFen;
    if (repaid && (i.paidOn as string) <= i.dueDate) onTime += i.amountDueFen;
    if (longest === null || days > longest) longest = days;
    if (i.writtenOff === true || days > DEFAULT_DAYS_OVERDUE) defaulted.add(i.loanId);
  }
  return {
    onTimeShare: any ? onTime / due : null,
    maxDaysOverdue: longest,
    defaults3y: any ? defaulted.size : null,
  };
}

/**
 * 样本县授信数据 — one credit row per household of a generated county, in household order: the
 * sixteen characteristics of the three-in-one reference sheet as of `county.asOf`, computed from
 * the county's records as the core and the plugins compute them from a store (the same
 * three-year look-backs, the same `null` for "no record"; public-record counts from the
 * household), then `bad`: 1 when the household defaulted in the season.
 *
 * Fit on them with `fitScorecard(rows, { target: 'bad', bad: 1, characteristics:
 * [...COUNTY_CREDIT_FEATURE_IDS] })` (leave `householdId` out: it is an id, not a
 * characteristic), or score them with the reference model; write a CSV in
 * {@link COUNTY_CREDIT_COLUMNS} order.
 *
 * @param county - a county from `generateCounty` (or read back from its JSON)
 * @throws HezuoError `INVALID_INPUT` (path `county`, …) when a field the rows are computed from is
 *   missing or of the wrong type
 *
 * @example
 * ```ts
 * const rows = countyCreditRows(generateCounty({ seed: 2026 }));
 * rows[0].bad; // 0 or 1
 * ```
 */
export function countyCreditRows(county: County): CountyCreditRow[] {
  const c = readCounty(county);
  const asOf = c.asOf;
  const start = lookbackStart(asOf, 3);
  const inWindow = (date: string) => date <= asOf && (start === null || date > start);
  const lastYear = Number(asOf.slice(0, 4)) - 1;
  const currentSeason = seasonOf(asOf);

  const totals = transactionTotalsByYear(c);
  const contracts = groupBy(c.trusteeshipContracts, (x) => x.memberId);
  const fees = groupBy(c.feePayments, (x) => x.memberId);
  const purchases = groupBy(c.inputPurchases, (x) => x.memberId);
  const installments = groupBy(c.installments, (x) => x.memberId);
  // Each co-op's meetings in the window, with the roll and those present as sets.
  const meetingSets = new Map<string, { roll: Set<string>; present: Set<string> }[]>();
  for (const [cooperativeId, list] of groupBy(
    c.meetings.filter((m) => inWindow(m.meetingDate)),
    (m) => m.cooperativeId,
  ))
    meetingSets.set(
      cooperativeId,
      list.map((m) => ({ roll: new Set(m.roll), present: new Set(m.present) })),
    );
  // Each co-op's distributions of the last three complete years, and each member's refunds in them.
  const distributions = groupBy(
    c.surplusDistributions.filter((d) => d.year >= lastYear - 2 && d.year <= lastYear),
    (d) => d.cooperativeId,
  );
  const refunds = new Map<string, number>();
  for (const [cooperativeId, list] of distributions)
    for (const d of list)
      for (const s of d.statements) {
        const key = `${cooperativeId}\u0000${s.memberId}`;
        refunds.set(key, (refunds.get(key) ?? 0) + s.patronageRefundFen);
      }

  return c.households.map((h): CountyCreditRow => {
    const member = h.joinedOn <= asOf;
    let onRoll = 0;
    let present = 0;
    for (const m of meetingSets.get(h.cooperativeId) ?? []) {
      if (!m.roll.has(h.id)) continue;
      onRoll++;
      if (m.present.has(h.id)) present++;
    }
    const byYear = totals.get(h.id);
    let years = 0;
    for (let y = lastYear - 2; y <= lastYear; y++) if ((byYear?.get(y) ?? 0) > 0) years++;
    const seasons = new Set<number>();
    for (const p of purchases.get(h.id) ?? []) {
      if (p.date > asOf) continue;
      const s = seasonOf(p.date);
      if (s > currentSeason - 6) seasons.add(s);
    }
    const trust = trusteeshipValues(contracts.get(h.id) ?? [], fees.get(h.id) ?? [], asOf, inWindow);
    const fin = financeValues(installments.get(h.id) ?? [], asOf, inWindow);
    const distributed = member && (distributions.get(h.cooperativeId)?.length ?? 0) > 0;
    return {
      householdId: h.id,
      'core.headAge': member ? completedYears(h.birthDate, asOf) : null,
      'core.membershipYears': member ? completedYears(h.joinedOn, asOf) : null,
      'core.meetingAttendance': member && onRoll > 0 ? present / onRoll : null,
      'trusteeship.contractedAreaMu': trust.area,
      'trusteeship.contractStanding': trust.standing,
      'trusteeship.feeOnTimeShare': trust.feeShare,
      'agriInput.purchaseSeasons': seasons.size,
      'core.yearlyTransactionFen': member ? (byYear?.get(lastYear) ?? 0) : null,
      'core.transactionYears': member ? years : null,
      'core.patronageRefundFen': distributed ? (refunds.get(`${h.cooperativeId}\u0000${h.id}`) ?? 0) : null,
      'core.equityFen': member ? h.shareCapitalFen + h.reserveShareFen : null,
      'finance.onTimeShare': fin.onTimeShare,
      'finance.maxDaysOverdue': fin.maxDaysOverdue,
      'finance.defaults3y': fin.defaults3y,
      'public.honours': h.honours,
      'public.adverseRecords': h.adverseRecords,
      bad: h.latent.defaulted ? 1 : 0,
    };
  });
}
