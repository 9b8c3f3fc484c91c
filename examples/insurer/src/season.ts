import type { LocalizedText } from '@hezuo/core';
import type { InsuranceQuoteInput } from '@hezuo/finance';
import { PRACTICE_WHEAT_STAGE_CAPS } from '@hezuo/finance';
import type { TrusteeshipContractRecord } from '@hezuo/trusteeship';

/** The insurer's crop product for one county and season: cover, price and subsidy shares. */
export interface CropPolicyTerms {
  /** The crop insured, as the insurer names it. */
  readonly crop: string;
  /** The county's administrative division code (6 digits). */
  readonly countyCode: string;
  /** The first day of cover: trusteeship contracts started by then count for the area check. */
  readonly coverStart: string;
  /** The last day of cover. */
  readonly coverEnd: string;
  /** Sum insured per mu, in fen (at most 80 % of the output value per mu). */
  readonly sumInsuredPerMuFen: number;
  /** The premium rate, as an exact decimal string. */
  readonly premiumRate: string;
  /** The crop's output value per mu, in fen: the cover cap is checked against it. */
  readonly outputValuePerMuFen: number;
  /** Who subsidises the premium: the province's region group and the province's and county's shares. */
  readonly subsidy: InsuranceQuoteInput['subsidy'];
  /** The most of the sum insured payable by growth stage (the policy's clauses, as data). */
  readonly stageCaps: Readonly<Record<string, string>>;
  /** The absolute deductible on the loss rate. */
  readonly deductible: string;
}

/** A member's application: the area the member wants insured, in mu, as an exact decimal string. */
export interface InsuranceApplication {
  /** The cooperative's member id. */
  readonly memberId: string;
  /** The area to insure, mu. */
  readonly areaMu: string;
}

/** The loss adjuster's finding for one member's fields. */
export interface LossAssessment {
  /** The member. */
  readonly memberId: string;
  /** The damaged area, mu; at most the insured area. */
  readonly damagedAreaMu: string;
  /** The assessed loss rate on the damaged area, 0 to 1. */
  readonly lossRate: string;
}

/** One insured event (a hailstorm, a flood) and its assessments. */
export interface LossEvent {
  /** The day of the loss. */
  readonly date: string;
  /** The cause, e.g. `hail`. */
  readonly cause: string;
  /** The growth stage of the crop on that day: a key of the terms' stage caps. */
  readonly growthStage: string;
  /** The assessments, one per member who reported damage. */
  readonly assessments: readonly LossAssessment[];
}

/** Everything the example's season runs on. */
export interface InsuranceSeason {
  /** The cooperative whose members apply. */
  readonly cooperative: { readonly id: string; readonly name: LocalizedText };
  /** The product's name. */
  readonly product: LocalizedText;
  /** The product's terms. */
  readonly terms: CropPolicyTerms;
  /** The cooperative's trusteeship contracts, as its service centre keeps them. */
  readonly contracts: readonly TrusteeshipContractRecord[];
  /** The members' applications. */
  readonly applications: readonly InsuranceApplication[];
  /** The season's insured loss. */
  readonly loss: LossEvent;
}

/**
 * A winter-wheat season in a central province (so the centre pays 45 % of the premium): five
 * members apply, one of them for more land than the cooperative farms for him under trusteeship;
 * in May a hailstorm strikes at heading. Made-up members and areas; practice prices.
 */
export const WHEAT_SEASON: InsuranceSeason = {
  cooperative: {
    id: 'COOP-410526-017',
    name: { 'zh-CN': '丰收小麦种植专业合作社', en: 'Fengshou Wheat Growers Cooperative' },
  },
  product: { 'zh-CN': '冬小麦种植保险', en: 'winter wheat insurance' },
  terms: {
    crop: 'winter-wheat',
    countyCode: '410526',
    coverStart: '2025-10-15',
    coverEnd: '2026-06-10',
    sumInsuredPerMuFen: 45_000, // 450 yuan per mu …
    outputValuePerMuFen: 60_000, // … of a crop worth 600 yuan per mu: 75 %, under the 80 % cap
    premiumRate: '0.06',
    // Centre 45 % (central province, crops), province 25 %, county 10 %: the farmer pays 20 %.
    subsidy: { kind: 'crop', region: 'centralWestNortheast', provinceShare: '0.25', countyShare: '0.1' },
    stageCaps: PRACTICE_WHEAT_STAGE_CAPS,
    deductible: '0.1',
  },
  contracts: [
    { id: 'TC-2025-001', memberId: 'M001', areaMu: 7.3, status: 'active', startDate: '2025-10-01' },
    { id: 'TC-2025-002', memberId: 'M001', areaMu: 5.2, status: 'signed', startDate: '2025-10-10' },
    { id: 'TC-2025-003', memberId: 'M002', areaMu: 20.15, status: 'active', startDate: '2025-09-28' },
    { id: 'TC-2025-004', memberId: 'M003', areaMu: 6, status: 'active', startDate: '2025-10-01' },
    // A draft is not binding: its 2.8 mu do not count, so M003's 8.8 mu are refused.
    { id: 'TC-2025-005', memberId: 'M003', areaMu: 2.8, status: 'draft', startDate: '2025-10-01' },
    { id: 'TC-2025-006', memberId: 'M005', areaMu: 30, status: 'active', startDate: '2025-09-25' },
  ],
  applications: [
    { memberId: 'M001', areaMu: '12.5' },
    { memberId: 'M002', areaMu: '20.15' },
    { memberId: 'M003', areaMu: '8.8' },
    // M004 farms his own land, outside trusteeship: there is nothing to check it against.
    { memberId: 'M004', areaMu: '3.4' },
    { memberId: 'M005', areaMu: '30' },
  ],
  loss: {
    date: '2026-05-12',
    cause: 'hail',
    growthStage: 'headingToFilling',
    assessments: [
      { memberId: 'M001', damagedAreaMu: '10', lossRate: '0.5' },
      { memberId: 'M002', damagedAreaMu: '20.15', lossRate: '0.85' }, // total loss: at least 80 %
      { memberId: 'M004', damagedAreaMu: '3.4', lossRate: '0.37' },
      { memberId: 'M005', damagedAreaMu: '12.3', lossRate: '0.08' }, // below the deductible
    ],
  },
};
