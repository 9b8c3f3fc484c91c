import { type HezuoError, isHezuoError } from '@hezuo/core';
import {
  type AnnualisedCost,
  annualisedCost,
  buildLoanSchedule,
  type LoanSchedule,
  type LoanTermsInput,
} from '@hezuo/finance';
import {
  type LoanField,
  type LoanFieldError,
  type LoanFieldErrors,
  type LoanFormValues,
  type LoanProduct,
  readLoanTerms,
} from './loanForm';

/** What the calculator shows: nothing yet, refused fields, or a schedule and its cost. */
export type LoanOutcome =
  | { readonly status: 'idle' }
  | {
      readonly status: 'invalid';
      /** The refused fields. */
      readonly errors: LoanFieldErrors;
      /** An error no field can fix (the product's terms): the form says it cannot calculate. */
      readonly failure?: HezuoError;
    }
  | {
      readonly status: 'calculated';
      /** The terms sent to finance. */
      readonly terms: LoanTermsInput;
      /** From `buildLoanSchedule`. */
      readonly schedule: LoanSchedule;
      /** From `annualisedCost`; absent when no rate solves the borrower's cash flows. */
      readonly cost?: AnnualisedCost;
    };

/** The field a `HezuoError` from `buildLoanSchedule` points at (path `terms`, field, …), if a field can fix it. */
export function loanErrorField(
  error: HezuoError,
  terms: LoanTermsInput,
): { readonly field: LoanField; readonly error: LoanFieldError } | undefined {
  // Interest on an amount beyond any loan leaves the safe integer range: the amount is at fault.
  if (error.code === 'AMOUNT_OVERFLOW') return { field: 'principal', error: { problem: 'tooLarge' } };
  const [root, key, sub] = error.path;
  if (root !== 'terms') return undefined;
  switch (key) {
    case 'principalFen':
      return { field: 'principal', error: { problem: 'principal' } };
    case 'annualRate':
      return { field: 'annualRatePercent', error: { problem: 'rate' } };
    case 'periods':
      return { field: 'termMonths', error: { problem: 'term' } };
    case 'startDate':
      return { field: 'startDate', error: { problem: 'date' } };
    case 'cropCalendar':
      // The last due date misses the harvest: the term or the date moves it.
      return sub === 'harvestMonths'
        ? {
            field: 'termMonths',
            error: { problem: 'harvest', harvestMonths: terms.cropCalendar?.harvestMonths ?? [] },
          }
        : { field: 'crop', error: { problem: 'required' } };
    default:
      return undefined;
  }
}

/**
 * The calculator's pure core: the fields and the product's terms in, finance's
 * `buildLoanSchedule` and `annualisedCost` out. A bad field comes back as that field's problem,
 * read from the `HezuoError` path; an error of the product's own terms as `failure`. Never throws
 * for anything the borrower types.
 */
export function calculateLoan(values: LoanFormValues, product: LoanProduct): LoanOutcome {
  const read = readLoanTerms(values, product);
  if (!read.ok) return { status: 'invalid', errors: read.errors };
  let schedule: LoanSchedule;
  try {
    schedule = buildLoanSchedule(read.terms);
  } catch (error) {
    if (!isHezuoError(error)) throw error;
    const located = loanErrorField(error, read.terms);
    return located
      ? { status: 'invalid', errors: { [located.field]: located.error } }
      : { status: 'invalid', errors: {}, failure: error };
  }
  let cost: AnnualisedCost | undefined;
  try {
    cost = annualisedCost(read.terms);
  } catch (error) {
    // NOT_CONVERGED: the schedule stands; the cost shows as not available.
    if (!isHezuoError(error)) throw error;
  }
  return { status: 'calculated', terms: read.terms, schedule, ...(cost === undefined ? {} : { cost }) };
}
