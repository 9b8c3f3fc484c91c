import { HezuoError } from '@hezuo/core';
import { divideHalfUp, type Ratio } from '../internal/exactRatio';

/**
 * The engine behind every schedule: interest by actual days on the outstanding principal,
 * rounded half-up per period, and principal by one of four rules. Everything is in integer fen
 * and day numbers. Validation happens before; this module trusts its input.
 * @internal
 */

/** One period as the engine sees it. @internal */
export interface PlanPeriod {
  /** Day number the accrual period ends (the contract's due date). */
  readonly endDay: number;
  /** Whether principal may fall due in this period. */
  readonly principalBearing: boolean;
  /** Whether interest is paid this period (false in a principal-and-interest grace: it is carried). */
  readonly interestPayable: boolean;
}

/**
 * How principal is repaid over the principal-bearing periods:
 * - `level`: a level payment (等额本息), solved when `payment` is absent;
 * - `split`: the balance split evenly (floor; the last absorbs the rest);
 * - `fixed`: given amounts per period (the last principal-bearing one absorbs the rest).
 * @internal
 */
export type PrincipalRule =
  | { readonly kind: 'level'; readonly payment?: number }
  | { readonly kind: 'split' }
  | { readonly kind: 'fixed'; readonly principals: readonly number[] };

/** An amortisation to run. @internal */
export interface AmortisationPlan {
  readonly startDay: number;
  /** Principal outstanding at the start (tranches still to come excluded). */
  readonly openingBalance: number;
  /** Disbursements still to come, by day number, increasing, none before `startDay`. */
  readonly tranches: readonly { readonly day: number; readonly amount: number }[];
  readonly periods: readonly PlanPeriod[];
  readonly rate: Ratio;
  /** Days in the interest year: 360 or 365. */
  readonly basis: number;
  readonly rule: PrincipalRule;
  /** Interest accrued earlier and not yet paid, due with the first interest-payable period. */
  readonly carriedInterest: number;
  /** Stop when the balance reaches zero (a shortened schedule) instead of running every period. */
  readonly stopWhenRepaid?: boolean;
}

/** One computed period. @internal */
export interface AmortisedPeriod {
  readonly startDay: number;
  readonly endDay: number;
  readonly disbursed: number;
  readonly principal: number;
  readonly interest: number;
  readonly accruedInterest: number;
  readonly balance: number;
}

/** The result of an amortisation. @internal */
export interface Amortisation {
  readonly periods: AmortisedPeriod[];
  /** The level payment used, for the `level` rule. */
  readonly levelPayment?: number;
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/**
 * An exact annual rate over a day-count basis, with its double-precision parts ready for the
 * fast path (read once per schedule, not once per period).
 * @internal
 */
export interface InterestRate {
  readonly rate: Ratio;
  readonly basis: number;
  /** `rate.num` as a double, exact when `exact`. */
  readonly num: number;
  /** `rate.den × basis` as a double, exact when `exact`. */
  readonly divisor: number;
  readonly exact: boolean;
}

/** Prepares a rate for {@link interestOn}. @internal */
export function interestRate(rate: Ratio, basis: number): InterestRate {
  const num = Number(rate.num);
  const divisor = Number(rate.den) * basis;
  return { rate, basis, num, divisor, exact: Number.isSafeInteger(num) && Number.isSafeInteger(divisor) };
}

/**
 * Interest on a balance-days sum at an exact annual rate over a day-count basis, rounded half-up:
 * `Σ(balance × days) × num ÷ (den × basis)`. Fast double arithmetic while exact, bigint beyond.
 * @internal
 */
export function interestOn(balanceDays: number, rate: InterestRate): number {
  if (balanceDays === 0 || rate.num === 0) return 0;
  const product = balanceDays * rate.num;
  if (rate.exact && Number.isSafeInteger(product)) {
    const divisor = rate.divisor;
    let q = Math.floor(product / divisor);
    let r = product - q * divisor;
    if (r < 0) {
      q -= 1;
      r += divisor;
    } else if (r >= divisor) {
      q += 1;
      r -= divisor;
    }
    return 2 * r >= divisor ? q + 1 : q;
  }
  return safe(divideHalfUp(BigInt(balanceDays) * rate.rate.num, rate.rate.den * BigInt(rate.basis)));
}

function safe(value: bigint): number {
  if (value > BigInt(MAX_SAFE)) {
    throw new HezuoError('AMOUNT_OVERFLOW', 'the interest leaves the safe integer range of fen');
  }
  return Number(value);
}

function balanceTimesDays(balance: number, days: number): number {
  const product = balance * days;
  if (!Number.isSafeInteger(product)) {
    throw new HezuoError('AMOUNT_OVERFLOW', 'principal × days leaves the safe integer range', {
      details: { balance, days },
    });
  }
  return product;
}

/**
 * The level payment that repays `balance` over the periods from `from` on (the principal-bearing
 * ones), each period's rate being `annualRate × days ÷ basis`: `balance ÷ Σₖ Πⱼ≤ₖ 1/(1+rⱼ)`, with
 * non-bearing periods before the first bearing one only growing the discount. Rounded half-up.
 */
function solveLevelPayment(
  balance: number,
  startDay: number,
  periods: readonly PlanPeriod[],
  from: number,
  rate: Ratio,
  basis: number,
): number {
  const annual = Number(rate.num) / Number(rate.den);
  let discount = 1;
  let annuity = 0;
  let previous = from === 0 ? startDay : (periods[from - 1] as PlanPeriod).endDay;
  for (let i = from; i < periods.length; i++) {
    const period = periods[i] as PlanPeriod;
    discount /= 1 + (annual * (period.endDay - previous)) / basis;
    previous = period.endDay;
    if (period.principalBearing) annuity += discount;
  }
  return Math.round(balance / annuity);
}

/** Runs a plan. @internal */
export function amortise(plan: AmortisationPlan): Amortisation {
  const { periods, rate, basis, rule } = plan;
  const prepared = interestRate(rate, basis);
  const bearing: number[] = [];
  for (let i = 0; i < periods.length; i++) if ((periods[i] as PlanPeriod).principalBearing) bearing.push(i);
  const lastBearing = bearing[bearing.length - 1] ?? -1;

  let total = plan.openingBalance;
  for (const tranche of plan.tranches) total += tranche.amount;
  const splitEach = rule.kind === 'split' && bearing.length > 0 ? Math.floor(total / bearing.length) : 0;

  const result: AmortisedPeriod[] = [];
  let balance = plan.openingBalance;
  let carried = plan.carriedInterest;
  let trancheIndex = 0;
  let start = plan.startDay;
  let levelPayment = rule.kind === 'level' ? rule.payment : undefined;

  for (let i = 0; i < periods.length; i++) {
    const period = periods[i] as PlanPeriod;
    // Balance × days over the period, with tranches paid out inside it counted from their day.
    let disbursed = 0;
    let cursor = start;
    let balanceDays = 0;
    while (trancheIndex < plan.tranches.length) {
      const tranche = plan.tranches[trancheIndex] as { day: number; amount: number };
      if (tranche.day >= period.endDay && i < periods.length - 1) break;
      balanceDays += balanceTimesDays(balance, tranche.day - cursor);
      cursor = tranche.day;
      balance += tranche.amount;
      disbursed += tranche.amount;
      trancheIndex++;
    }
    balanceDays += balanceTimesDays(balance, period.endDay - cursor);
    const accrued = interestOn(balanceDays, prepared);

    let interest = 0;
    if (period.interestPayable) {
      interest = accrued + carried;
      carried = 0;
    } else {
      carried += accrued;
    }

    let principal = 0;
    if (period.principalBearing) {
      if (i === lastBearing) {
        principal = balance;
      } else if (rule.kind === 'level') {
        if (levelPayment === undefined) {
          levelPayment = solveLevelPayment(balance, start, periods, i, rate, basis);
        }
        // A period's principal is what the level payment leaves after this period's own interest.
        principal = levelPayment - accrued;
      } else if (rule.kind === 'split') {
        principal = splitEach;
      } else {
        principal = rule.principals[i] ?? 0;
      }
      principal = Math.min(Math.max(principal, 0), balance);
    }
    balance -= principal;
    result.push({
      startDay: start,
      endDay: period.endDay,
      disbursed,
      principal,
      interest,
      accruedInterest: accrued,
      balance,
    });
    start = period.endDay;
    if (
      plan.stopWhenRepaid === true &&
      balance === 0 &&
      carried === 0 &&
      trancheIndex >= plan.tranches.length
    ) {
      break;
    }
  }
  return levelPayment === undefined ? { periods: result } : { periods: result, levelPayment };
}
