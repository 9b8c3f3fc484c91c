import { type HezuoError, isHezuoError } from '@hezuo/core';
import {
  checkInsuredArea,
  type InsurancePremium,
  type InsuredAreaCheck,
  insurancePremium,
  type PremiumSubsidySplit,
  premiumSubsidySplit,
} from '@hezuo/finance';
import type {
  CropInsuranceProduct,
  CropInsuranceQuote,
  InsuranceQuoteInitial,
  InsuredAreaCheckTerms,
  PremiumSubsidyTerms,
} from './insuranceQuoteProps';

/** A field of the quote: the product chosen or the insured area. */
export type InsuranceField = 'productId' | 'areaMu';

/** The quote's fields, in the order they are shown. */
export const INSURANCE_FIELDS: readonly InsuranceField[] = ['productId', 'areaMu'];

/** What the fields hold: the chosen product and the area as typed. */
export type InsuranceFormValues = Readonly<Record<InsuranceField, string>>;

/**
 * Why a field is refused: `required`; `area` for an area that is not a number of mu above 0;
 * `overContract` for more land than the member has under trusteeship contract.
 */
export type InsuranceProblem = 'required' | 'area' | 'overContract';

/** A refused field. */
export interface InsuranceFieldError {
  /** What is wrong. */
  readonly problem: InsuranceProblem;
  /** For `overContract`: the member's area under contract, mu, as an exact decimal. */
  readonly contractedAreaMu?: string;
}

/** What the quote is computed from besides the fields: the props' product and subsidy terms. */
export interface InsuranceQuoteTerms {
  /** The products offered. */
  readonly products: readonly CropInsuranceProduct[];
  /** Who subsidises the premium. */
  readonly subsidy: PremiumSubsidyTerms;
  /** The member's contracts, when the area is to be checked. */
  readonly trusteeship?: InsuredAreaCheckTerms | undefined;
}

/** What the quote shows: nothing yet, refused fields, or the quote. */
export type InsuranceOutcome =
  | { readonly status: 'idle' }
  | {
      readonly status: 'invalid';
      /** The refused fields. */
      readonly errors: Readonly<Partial<Record<InsuranceField, InsuranceFieldError>>>;
      /** An error no field can fix (the terms given by the host). */
      readonly failure?: HezuoError;
    }
  | { readonly status: 'quoted'; readonly quote: CropInsuranceQuote };

/** The fields' starting values from validated props. */
export function initialInsuranceValues(
  initial: InsuranceQuoteInitial | undefined,
  products: readonly CropInsuranceProduct[],
): InsuranceFormValues {
  return {
    productId: initial?.productId ?? products[0]?.id ?? '',
    areaMu: initial?.areaMu === undefined ? '' : String(initial.areaMu),
  };
}

const refused = (field: InsuranceField, error: InsuranceFieldError): InsuranceOutcome => ({
  status: 'invalid',
  errors: { [field]: error },
});

const failed = (error: HezuoError): InsuranceOutcome => ({ status: 'invalid', errors: {}, failure: error });

/** Runs a finance call; a `HezuoError` comes back as the value, anything else is thrown on. */
function attempt<T>(run: () => T): T | HezuoError {
  try {
    return run();
  } catch (error) {
    if (isHezuoError(error)) return error;
    throw error;
  }
}

/**
 * The quote's pure core: product and area in; finance's `insurancePremium`, `premiumSubsidySplit`
 * and, when the host gave the member's contracts, `checkInsuredArea` out. The area goes to
 * finance as the exact decimal typed; a bad area, or more land than is under contract, comes back
 * as the area's problem, read from the `HezuoError` path. Never throws for anything typed.
 */
export function quoteCropInsurance(
  values: InsuranceFormValues,
  terms: InsuranceQuoteTerms,
): InsuranceOutcome {
  const product = terms.products.find((p) => p.id === values.productId);
  if (product === undefined) return refused('productId', { problem: 'required' });
  const areaMu = values.areaMu.trim().replace(/[\s,，]/g, '');
  if (areaMu === '') return refused('areaMu', { problem: 'required' });

  const premium: InsurancePremium | HezuoError = attempt(() =>
    insurancePremium({
      sumInsuredPerMuFen: product.sumInsuredPerMuFen,
      premiumRate: product.premiumRate,
      areaMu,
      outputValuePerMuFen: product.outputValuePerMuFen,
      ...(product.maxCoverShare === undefined ? {} : { maxCoverShare: product.maxCoverShare }),
    }),
  );
  if (isHezuoError(premium)) {
    return premium.path[1] === 'areaMu' ? refused('areaMu', { problem: 'area' }) : failed(premium);
  }

  let areaCheck: InsuredAreaCheck | undefined;
  if (terms.trusteeship !== undefined) {
    const { memberId, asOf, contracts } = terms.trusteeship;
    const check = attempt(() =>
      checkInsuredArea({ memberId, insuredAreaMu: areaMu, asOf, contracts: [...contracts] }),
    );
    if (isHezuoError(check)) {
      if (check.code !== 'FINANCE_RULE' || check.path[1] !== 'insuredAreaMu') return failed(check);
      const contracted = check.details.contractedAreaMu;
      return refused('areaMu', {
        problem: 'overContract',
        ...(typeof contracted === 'string' ? { contractedAreaMu: contracted } : {}),
      });
    }
    areaCheck = check;
  }

  const { region, provinceShare, countyShare, rules } = terms.subsidy;
  const subsidy: PremiumSubsidySplit | HezuoError = attempt(() =>
    premiumSubsidySplit({
      premiumFen: premium.premiumFen,
      kind: 'crop',
      region,
      provinceShare,
      ...(countyShare === undefined ? {} : { countyShare }),
      ...(rules === undefined ? {} : { rules }),
    }),
  );
  if (isHezuoError(subsidy)) return failed(subsidy);

  return {
    status: 'quoted',
    quote: {
      productId: product.id,
      areaMu,
      premium,
      subsidy,
      ...(areaCheck === undefined ? {} : { areaCheck }),
    },
  };
}
