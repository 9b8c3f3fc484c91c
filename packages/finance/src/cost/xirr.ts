import { HezuoError, IsoDateSchema, parseInput, SignedFenSchema } from '@hezuo/core';
import * as z from 'zod/mini';
import { toDayNumber } from '../internal/dayNumber';

/** Schema of one dated cash flow: positive for money received, negative for money paid. */
export const CashFlowSchema = z.strictObject({
  /** The day of the flow, `YYYY-MM-DD`. */
  date: IsoDateSchema,
  /** The amount, in fen: positive in, negative out (from the point of view of one party). */
  amountFen: SignedFenSchema,
});

/** A dated cash flow; see {@link CashFlowSchema}. */
export type CashFlow = z.infer<typeof CashFlowSchema>;

/** Schema of {@link xirr}'s cash flows: 2 to 100,000 of them, with money going both ways. */
export const CashFlowsSchema = z.array(CashFlowSchema).check(
  z.minLength(2, { error: 'an internal rate of return needs at least two cash flows' }),
  z.maxLength(100_000),
  z.refine((flows) => flows.some((f) => f.amountFen > 0) && flows.some((f) => f.amountFen < 0), {
    error:
      'an internal rate of return needs money going both ways: at least one positive and one negative flow',
  }),
);

/** Days in the year of {@link xirr}'s time fractions (as spreadsheets' XIRR counts). */
const YEAR_DAYS = 365;

/** Candidate rates scanned for a change of sign, from near −100 % to a million %. */
const GRID = [-0.99, -0.9, -0.5, -0.2, -0.05, 0, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 100, 1e3, 1e4];

const MAX_ITERATIONS = 300;

/**
 * The net present value at `x` and its derivative, both scaled by the same positive factor so
 * that no term overflows however long the flows run (only their signs and ratio are used).
 */
function npv(times: Float64Array, amounts: Float64Array, x: number): [value: number, slope: number] {
  const log = Math.log1p(x);
  let top = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < times.length; i++) top = Math.max(top, -(times[i] as number) * log);
  let value = 0;
  let slope = 0;
  for (let i = 0; i < times.length; i++) {
    const t = times[i] as number;
    const term = (amounts[i] as number) * Math.exp(-t * log - top);
    value += term;
    slope -= (t * term) / (1 + x);
  }
  return [value, slope];
}

/**
 * The internal rate of return of dated cash flows (XIRR): the annual rate `x` at which
 * `Σ amountᵢ ÷ (1 + x)^((dateᵢ − date₀) ÷ 365) = 0`, with `date₀` the earliest date. This is the
 * annualised rate (年化利率) Chinese lenders must disclose, computed on actual dates, compounding
 * yearly, as spreadsheets' `XIRR` does.
 *
 * Solved by Newton's method kept inside a bracket where the value changes sign (bisection when a
 * step would leave it), to a relative precision of about 1e-12. When several rates solve the
 * equation (flows that change sign more than once), the one nearest 10 % is returned.
 *
 * @param cashFlows - see {@link CashFlowsSchema}; order does not matter
 * @returns the annual rate as a decimal (0.0444 for 4.44 %)
 * @throws HezuoError `INVALID_INPUT` (path `cashFlows`, …) for bad flows or flows all one way;
 * `NOT_CONVERGED` when no rate between −99 % and 1,000,000 % solves the equation
 *
 * @example
 * ```ts
 * xirr([
 *   { date: '2025-01-01', amountFen: -1_000_000 },
 *   { date: '2026-01-01', amountFen: 1_050_000 },
 * ]); // 0.05
 * ```
 */
export function xirr(cashFlows: readonly CashFlow[]): number {
  // Sorted by date and amount, so the float sums (and the result) do not depend on the order given.
  const flows = parseInput(CashFlowsSchema, cashFlows, { path: ['cashFlows'] })
    .map((f) => ({ day: toDayNumber(f.date), amountFen: f.amountFen }))
    .sort((a, b) => a.day - b.day || a.amountFen - b.amountFen);
  const first = (flows[0] as { day: number }).day;
  const days = flows.map((f) => f.day);
  const times = new Float64Array(flows.length);
  const amounts = new Float64Array(flows.length);
  flows.forEach((flow, i) => {
    times[i] = ((days[i] as number) - first) / YEAR_DAYS;
    amounts[i] = flow.amountFen;
  });

  // The bracket with a change of sign nearest 10 %.
  let bracket: [number, number] | undefined;
  let best = Number.POSITIVE_INFINITY;
  let previous = GRID[0] as number;
  let previousValue = npv(times, amounts, previous)[0];
  if (previousValue === 0) return previous;
  for (const x of GRID.slice(1)) {
    const value = npv(times, amounts, x)[0];
    if (value === 0) return x;
    if (Math.sign(value) !== Math.sign(previousValue)) {
      const distance = Math.abs((previous + x) / 2 - 0.1);
      if (distance < best) {
        best = distance;
        bracket = [previous, x];
      }
    }
    previous = x;
    previousValue = value;
  }
  if (bracket === undefined) {
    throw new HezuoError(
      'NOT_CONVERGED',
      'no annual rate between −99 % and 1,000,000 % makes these cash flows balance',
      {
        path: ['cashFlows'],
      },
    );
  }

  let [lo, hi] = bracket;
  const loSign = Math.sign(npv(times, amounts, lo)[0]);
  let x = Math.min(Math.max(0.1, lo), hi);
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    const [value, slope] = npv(times, amounts, x);
    if (value === 0) return x;
    if (Math.sign(value) === loSign) lo = x;
    else hi = x;
    let next = x - value / slope;
    // Keep Newton inside the bracket; bisect when it would leave or stall.
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (
      Math.abs(next - x) <= 1e-13 * Math.max(1, Math.abs(x)) ||
      hi - lo <= 1e-15 * Math.max(1, Math.abs(x))
    ) {
      return next;
    }
    x = next;
  }
  throw new HezuoError(
    'NOT_CONVERGED',
    `the internal rate of return did not settle in ${MAX_ITERATIONS} steps`,
    {
      path: ['cashFlows'],
      details: { lastEstimate: x },
    },
  );
}
