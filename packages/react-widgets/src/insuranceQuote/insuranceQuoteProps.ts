import {
  type DecimalInput,
  DecimalSchema,
  type Fen,
  FenSchema,
  IsoDateSchema,
  isHezuoError,
  type LocalizedText,
  LocalizedTextSchema,
} from '@hezuo/core';
import {
  type InsurancePremium,
  type InsuredAreaCheck,
  insurancePremium,
  type PremiumSubsidyRules,
  PremiumSubsidyRulesSchema,
  type PremiumSubsidySplit,
  premiumSubsidySplit,
  SUBSIDY_REGIONS,
  TrusteeshipContractFieldsSchema,
} from '@hezuo/finance';
import * as z from 'zod/mini';
import { callbackSchema } from '../widget/callbackSchema';

/** A crop insurance product (种植业保险) as the policy states its terms. */
export interface CropInsuranceProduct {
  /** A key for the product, e.g. `wheat`. */
  readonly id: string;
  /** What to show, e.g. `{ 'zh-CN': '小麦完全成本保险', en: 'Wheat full-cost insurance' }`. */
  readonly name: LocalizedText;
  /** Sum insured per mu (每亩保险金额), in fen. */
  readonly sumInsuredPerMuFen: Fen;
  /** The premium rate (保险费率), a decimal above 0 and at most 1 (`'0.06'`). */
  readonly premiumRate: DecimalInput;
  /** The crop's output value per mu, in fen: cover is at most 80 % of it (finance checks). */
  readonly outputValuePerMuFen: Fen;
  /** The most of the output value the sum insured may cover; finance's 80 % by default. */
  readonly maxCoverShare?: DecimalInput;
}

/** Who subsidises the premium where the host is: the region group and the local shares. */
export interface PremiumSubsidyTerms {
  /** The province's region group: `centralWestNortheast` (centre pays 45 % for crops) or `east` (35 %). */
  readonly region: (typeof SUBSIDY_REGIONS)[number];
  /** The province's share, at least the rules' minimum (25 %), e.g. `'0.25'`. */
  readonly provinceShare: DecimalInput;
  /** The county's share; `'0'` by default. */
  readonly countyShare?: DecimalInput;
  /** The subsidy rules; finance's `NATIONAL_PREMIUM_SUBSIDY_RULES` by default. */
  readonly rules?: PremiumSubsidyRules;
}

/** The member's trusteeship contracts, for checking the insured area (`checkInsuredArea`). */
export interface InsuredAreaCheckTerms {
  /** The insured member. */
  readonly memberId: string;
  /** The day cover starts: contracts started by then count. */
  readonly asOf: string;
  /** Trusteeship contract records (`id`, `memberId`, `areaMu`, `status`, `startDate` are read). */
  readonly contracts: readonly z.input<typeof TrusteeshipContractFieldsSchema>[];
}

/** A finished quote: what `onQuote` receives. */
export interface CropInsuranceQuote {
  /** The product quoted. */
  readonly productId: string;
  /** The insured area, mu, as typed (an exact decimal). */
  readonly areaMu: string;
  /** From `insurancePremium`. */
  readonly premium: InsurancePremium;
  /** From `premiumSubsidySplit`: the four parts add up to the premium. */
  readonly subsidy: PremiumSubsidySplit;
  /** From `checkInsuredArea`, when the host gave the contracts. */
  readonly areaCheck?: InsuredAreaCheck;
}

/** The quote's starting values. */
export interface InsuranceQuoteInitial {
  /** A product id; the first product by default. */
  readonly productId?: string;
  /** The insured area, mu. */
  readonly areaMu?: DecimalInput;
}

/** Props of {@link InsuranceQuote} and {@link useInsuranceQuote}. */
export interface InsuranceQuoteProps {
  /** The products offered, in order (1 to 50). */
  readonly products: readonly CropInsuranceProduct[];
  /** Who subsidises the premium. */
  readonly subsidy: PremiumSubsidyTerms;
  /** When given, the insured area is checked against the member's trusteeship contracts. */
  readonly trusteeship?: InsuredAreaCheckTerms;
  /** Starting values of the fields. */
  readonly initial?: InsuranceQuoteInitial;
  /** Called with each quote the member asks for. */
  readonly onQuote?: (quote: CropInsuranceQuote) => void;
  /** Extra classes on the root, after `hz-insurance`. */
  readonly className?: string;
}

const Id = z.string().check(z.minLength(1), z.maxLength(128));

type Issue = { code: 'custom'; path: (string | number)[]; message: string };

/** Asks finance whether terms hold, and turns its `HezuoError` into an issue at the props' own path. */
function financeIssue(run: () => unknown, at: (string | number)[]): Issue | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    if (!isHezuoError(error)) throw error;
    // finance names its argument `input`: what follows is the field within the terms checked.
    const within = error.path[0] === 'input' ? error.path.slice(1) : [];
    return { code: 'custom', path: [...at, ...within], message: error.message };
  }
}

/**
 * Schema of {@link InsuranceQuoteProps}. Beyond the shapes, each product's terms and the subsidy
 * shares are put to finance's `insurancePremium` and `premiumSubsidySplit` once, so a product
 * whose cover is above the cap of its output value, or shares that add up to more than the
 * premium, show the widget's error state at once rather than after the member asks.
 */
export const InsuranceQuotePropsSchema = z
  .strictObject({
    products: z
      .array(
        z.strictObject({
          id: Id,
          name: LocalizedTextSchema,
          sumInsuredPerMuFen: FenSchema,
          premiumRate: DecimalSchema,
          outputValuePerMuFen: FenSchema,
          maxCoverShare: z.optional(DecimalSchema),
        }),
      )
      .check(z.minLength(1), z.maxLength(50)),
    subsidy: z.strictObject({
      region: z.enum(SUBSIDY_REGIONS),
      provinceShare: DecimalSchema,
      countyShare: z.optional(DecimalSchema),
      rules: z.optional(PremiumSubsidyRulesSchema),
    }),
    trusteeship: z.optional(
      z.strictObject({
        memberId: z.string().check(z.minLength(1), z.maxLength(256)),
        asOf: IsoDateSchema,
        contracts: z.array(TrusteeshipContractFieldsSchema).check(z.maxLength(100_000)),
      }),
    ),
    initial: z.optional(z.strictObject({ productId: z.optional(Id), areaMu: z.optional(DecimalSchema) })),
    onQuote: z.optional(callbackSchema<(quote: CropInsuranceQuote) => void>()),
    className: z.optional(z.string().check(z.maxLength(1_000))),
  })
  .check(
    z.superRefine((props, ctx) => {
      const seen = new Set<string>();
      props.products.forEach((product, i) => {
        if (seen.has(product.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['products', i, 'id'],
            message: 'a product id is listed twice',
          });
        }
        seen.add(product.id);
        const issue = financeIssue(
          () =>
            insurancePremium({
              sumInsuredPerMuFen: product.sumInsuredPerMuFen,
              premiumRate: product.premiumRate,
              areaMu: 1,
              outputValuePerMuFen: product.outputValuePerMuFen,
              ...(product.maxCoverShare === undefined ? {} : { maxCoverShare: product.maxCoverShare }),
            }),
          ['products', i],
        );
        if (issue) ctx.addIssue(issue);
      });
      const { region, provinceShare, countyShare, rules } = props.subsidy;
      const issue = financeIssue(
        () =>
          premiumSubsidySplit({
            premiumFen: 0,
            kind: 'crop',
            region,
            provinceShare,
            ...(countyShare === undefined ? {} : { countyShare }),
            ...(rules === undefined ? {} : { rules }),
          }),
        ['subsidy'],
      );
      if (issue) ctx.addIssue(issue);
      const productId = props.initial?.productId;
      if (productId !== undefined && !seen.has(productId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['initial', 'productId'],
          message: 'is not an offered product',
        });
      }
    }),
  );
