import { allocate, type Fen, FenSchema, HezuoError } from '@hezuo/core';
import * as z from 'zod/mini';
import { addRatio, compareRatio, ratioOf, ratioToDecimalString, subtractRatio } from '../internal/exactRatio';
import { parseWithCodes } from '../internal/parse';
import { ShareSchema } from '../internal/shareSchemas';

/** What is insured: crops (种植业) or livestock (养殖业). */
export const INSURED_KINDS = ['crop', 'livestock'] as const;

/**
 * Region groups of the central premium subsidy: the central, western and north-eastern
 * provinces, and the eastern ones.
 */
export const SUBSIDY_REGIONS = ['centralWestNortheast', 'east'] as const;

/**
 * Schema of premium subsidy rules as data: the central share by kind and region and the least
 * provincial share. The Ministry of Finance's rules on agricultural insurance premium subsidies
 * (中央财政农业保险保费补贴管理办法, 2021) set the centre at 45 % (central, western, north-eastern)
 * or 35 % (east) for crops and 50 % / 40 % for livestock, with the province at least 25 %.
 */
export const PremiumSubsidyRulesSchema = z.strictObject({
  /** The central share by kind and region. */
  centreShare: z.strictObject({
    crop: z.strictObject({ centralWestNortheast: ShareSchema, east: ShareSchema }),
    livestock: z.strictObject({ centralWestNortheast: ShareSchema, east: ShareSchema }),
  }),
  /** The least provincial share. */
  minProvinceShare: ShareSchema,
});

/** Premium subsidy rules; see {@link PremiumSubsidyRulesSchema}. */
export type PremiumSubsidyRules = z.infer<typeof PremiumSubsidyRulesSchema>;

/** The central and provincial shares of DESIGN §3.9 (2021 national rules). */
export const NATIONAL_PREMIUM_SUBSIDY_RULES: PremiumSubsidyRules = Object.freeze({
  centreShare: Object.freeze({
    crop: Object.freeze({ centralWestNortheast: '0.45', east: '0.35' }),
    livestock: Object.freeze({ centralWestNortheast: '0.5', east: '0.4' }),
  }),
  minProvinceShare: '0.25',
});

/** Schema of {@link premiumSubsidySplit}'s input. */
export const PremiumSubsidyInputSchema = z.strictObject({
  /** The premium to split, in fen. */
  premiumFen: FenSchema,
  /** Crops or livestock. */
  kind: z.enum(INSURED_KINDS),
  /** The province's region group. */
  region: z.enum(SUBSIDY_REGIONS),
  /** The province's share, at least the rules' minimum (25 %). */
  provinceShare: ShareSchema,
  /** The county's share (0 where the county pays none). */
  countyShare: z._default(ShareSchema, '0'),
  /** The rules; {@link NATIONAL_PREMIUM_SUBSIDY_RULES} by default. */
  rules: z._default(PremiumSubsidyRulesSchema, NATIONAL_PREMIUM_SUBSIDY_RULES),
});

/** Who pays a premium: the centre, the province, the county and the farmer. */
export interface PremiumSubsidySplit {
  /** Paid by central finance, in fen. */
  readonly centreFen: Fen;
  /** Paid by the province, in fen. */
  readonly provinceFen: Fen;
  /** Paid by the county, in fen. */
  readonly countyFen: Fen;
  /** Paid by the farmer, in fen. */
  readonly farmerFen: Fen;
  /** The shares the amounts come from, as exact decimals; the farmer's is the rest. */
  readonly shares: {
    readonly centre: string;
    readonly province: string;
    readonly county: string;
    readonly farmer: string;
  };
}

/**
 * Splits an agricultural insurance premium between the centre, the province, the county and the
 * farmer (保费补贴分担), exactly to the fen: the four parts always add up to the premium
 * (largest-remainder allocation, core's `allocate`). The centre's share comes from the rules by
 * kind and region; the province pays at least the rules' minimum; the farmer pays the rest
 * (typically 20-30 %).
 *
 * @param input - see {@link PremiumSubsidyInputSchema}
 * @throws HezuoError `INVALID_RATE` (path `input`, `provinceShare`) below the minimum, or (path
 * `input`, `countyShare`) when the shares add up to more than the premium
 *
 * @example
 * ```ts
 * premiumSubsidySplit({ premiumFen: 33_750, kind: 'crop', region: 'centralWestNortheast', provinceShare: '0.25', countyShare: '0.1' });
 * // { centreFen: 15_188, provinceFen: 8_437, countyFen: 3_375, farmerFen: 6_750, shares: { …, farmer: '0.2' } }
 * ```
 */
export function premiumSubsidySplit(input: z.input<typeof PremiumSubsidyInputSchema>): PremiumSubsidySplit {
  const args = parseWithCodes(PremiumSubsidyInputSchema, input, ['input']);
  const centre = ratioOf(args.rules.centreShare[args.kind][args.region]);
  const province = ratioOf(args.provinceShare);
  const county = ratioOf(args.countyShare);
  if (compareRatio(province, ratioOf(args.rules.minProvinceShare)) < 0) {
    throw new HezuoError(
      'INVALID_RATE',
      `the province pays at least ${String(args.rules.minProvinceShare)} of the premium, not ${String(args.provinceShare)}`,
      { path: ['input', 'provinceShare'] },
    );
  }
  const farmer = subtractRatio({ num: 1n, den: 1n }, addRatio(addRatio(centre, province), county));
  if (farmer.num < 0n) {
    throw new HezuoError(
      'INVALID_RATE',
      `the centre (${ratioToDecimalString(centre)}), province and county shares add up to more than the whole premium`,
      { path: ['input', 'countyShare'] },
    );
  }
  const shares = [centre, province, county, farmer].map(ratioToDecimalString);
  const [centreFen, provinceFen, countyFen, farmerFen] = allocate(args.premiumFen, shares) as [
    number,
    number,
    number,
    number,
  ];
  return {
    centreFen,
    provinceFen,
    countyFen,
    farmerFen,
    shares: {
      centre: shares[0] as string,
      province: shares[1] as string,
      county: shares[2] as string,
      farmer: shares[3] as string,
    },
  };
}
