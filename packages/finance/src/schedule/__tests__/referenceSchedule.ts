/**
 * An independent reference for loan schedules, written apart from the library: dates by the
 * JavaScript `Date` in UTC, money and rates as exact rationals in bigint, the level payment solved
 * exactly (no floating point at all). The tests check the library against it to the fen.
 */

export interface ReferenceTerms {
  readonly principal: bigint;
  /** The annual rate as a decimal string. */
  readonly rate: string;
  readonly start: string;
  readonly periods: number;
  readonly frequencyMonths?: number;
  readonly basis?: 360 | 365;
  readonly method: 'equalInstallment' | 'equalPrincipal' | 'interestOnly' | 'seasonal';
  readonly grace?: { readonly periods: number; readonly kind: 'principal' | 'principalAndInterest' };
  readonly harvestMonths?: readonly number[];
}

export interface ReferenceRow {
  readonly date: string;
  readonly days: number;
  readonly principal: bigint;
  readonly interest: bigint;
  readonly balance: bigint;
}

const DAY = 86_400_000;

function utc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

function lastDayOf(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

/** `start` + `months`, month-end anchored as loan due dates are: 31 Jan → 28/29 Feb → 31 Mar. */
export function referenceAddMonths(start: string, months: number): string {
  const d = utc(start);
  const day = d.getUTCDate();
  const wasLast = day === lastDayOf(d.getUTCFullYear(), d.getUTCMonth());
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const last = lastDayOf(target.getUTCFullYear(), target.getUTCMonth());
  target.setUTCDate(wasLast ? last : Math.min(day, last));
  return target.toISOString().slice(0, 10);
}

function days(from: string, to: string): number {
  return Math.round((utc(to).getTime() - utc(from).getTime()) / DAY);
}

function rational(decimal: string): [bigint, bigint] {
  const [whole = '0', fraction = ''] = decimal.split('.');
  return [BigInt(whole + fraction), 10n ** BigInt(fraction.length)];
}

function halfUp(num: bigint, den: bigint): bigint {
  return (2n * num + den) / (2n * den);
}

/** Every row of the schedule, computed from scratch. */
export function referenceSchedule(t: ReferenceTerms): ReferenceRow[] {
  const frequency = t.frequencyMonths ?? 1;
  const basis = BigInt(t.basis ?? 360);
  const [rn, rd] = rational(t.rate);
  const dates = Array.from({ length: t.periods }, (_, k) =>
    referenceAddMonths(referenceAddMonths(t.start, frequency), k * frequency),
  );
  const grace = t.grace?.periods ?? 0;
  const bearing = dates.map((date, k) => {
    if (k < grace) return false;
    if (t.method === 'interestOnly') return k === t.periods - 1;
    if (t.method === 'seasonal') return (t.harvestMonths ?? []).includes(utc(date).getUTCMonth() + 1);
    return true;
  });
  const bearingCount = bearing.filter(Boolean).length;
  const lastBearing = bearing.lastIndexOf(true);
  const firstBearing = bearing.indexOf(true);
  const dayCounts = dates.map((date, k) => days(k === 0 ? t.start : (dates[k - 1] as string), date));

  // Level payment, exactly: P ÷ Σ_k Π_{j≤k} 1/(1 + r_j) over the periods from the first bearing one.
  let level = 0n;
  if (t.method === 'equalInstallment') {
    const D = rd * basis;
    let discountNum = 1n;
    let discountDen = 1n;
    let sumNum = 0n;
    let sumDen = 1n;
    for (let k = firstBearing; k < t.periods; k++) {
      const N = rn * BigInt(dayCounts[k] as number);
      discountNum *= D;
      discountDen *= D + N;
      sumNum = sumNum * discountDen + discountNum * sumDen;
      sumDen *= discountDen;
    }
    level = halfUp(t.principal * sumDen, sumNum);
  }

  const rows: ReferenceRow[] = [];
  let balance = t.principal;
  let carried = 0n;
  const fullGrace = t.grace?.kind === 'principalAndInterest' ? grace : 0;
  for (let k = 0; k < t.periods; k++) {
    const accrued = halfUp(balance * rn * BigInt(dayCounts[k] as number), rd * basis);
    let interest = 0n;
    if (k < fullGrace) carried += accrued;
    else {
      interest = accrued + carried;
      carried = 0n;
    }
    let principal = 0n;
    if (bearing[k]) {
      if (k === lastBearing) principal = balance;
      else if (t.method === 'equalInstallment') principal = level - accrued;
      else principal = t.principal / BigInt(bearingCount);
    }
    balance -= principal;
    rows.push({ date: dates[k] as string, days: dayCounts[k] as number, principal, interest, balance });
  }
  return rows;
}
