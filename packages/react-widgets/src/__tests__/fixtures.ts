import { EXAMPLE_FERTILIZERS } from '@hezuo/agri-input';
import { distributeSurplus, type MemberStatement, type ScoreResult } from '@hezuo/core';
import { GAOMI_2014_WHEAT_CATALOGUE, type ServiceCenter } from '@hezuo/trusteeship';
import type { CropInsuranceProduct, InsuranceQuoteProps } from '../insuranceQuote/insuranceQuoteProps';
import type { LoanCalculatorProps } from '../loanCalculator/loanCalculatorProps';
import type { ServiceCenterFinderProps } from '../serviceCenterFinder/serviceCenterFinderProps';
import type { TrusteeshipQuoteProps } from '../trusteeshipQuote/trusteeshipQuoteProps';

/** A scored member: rated B with two reasons. */
export const SCORE_RESULT: ScoreResult = {
  score: 612.4,
  probabilityBad: 0.083,
  grade: 'B',
  rated: true,
  characteristics: [],
  reasons: [
    {
      id: 'yearsFarming',
      pointsLost: 24.5,
      text: { 'zh-CN': '务农年限较短', en: 'Few years of farming' },
    },
    {
      id: 'loanOverdue',
      pointsLost: 12,
      text: { 'zh-CN': '近两年有逾期还款', en: 'A late repayment in the last two years' },
    },
  ],
  modelId: 'practice',
  modelVersion: '1.0.0',
  modelHash: 'sha256-0',
};

/** Member A's statement from the surplus guide's distribution. */
export const STATEMENT: MemberStatement = distributeSurplus({
  year: 2026,
  surplus: 5_000_000,
  lossCover: 200_000,
  subsidyProperty: 250_000,
  plan: { reserveRate: '0.10', patronageRefundRate: '0.6', conversion: { rate: '0.5' } },
  members: [
    { memberId: 'A', capital: 1_000_000, reserveShare: 0, transactionAmount: 3_000_000 },
    { memberId: 'B', capital: 500_000, reserveShare: 0, transactionAmount: 2_000_000 },
  ],
}).statements[0] as MemberStatement;

/** The planner's props: the example catalogue and local correction coefficients. */
export const PLANNER_PROPS = {
  products: EXAMPLE_FERTILIZERS,
  correction: { N: 0.5, P2O5: 0.6, K2O: 0.5 },
  initial: {
    crop: 'winterWheat',
    targetYieldKgPerMu: 495,
    areaMu: 5,
    soilTestMgPerKg: { N: 80, P2O5: 20, K2O: 110 },
  },
} as const;

/** A valid resident ID (GB 11643-1999 example). */
export const RESIDENT_ID = '11010519491231002X';

/**
 * The trusteeship quote's props: the Gaomi 2014 wheat prices with a co-op's 5 % volume rule,
 * two plots of one household with their last three yields, and a 1,000 元/亩 full package.
 */
export const QUOTE_PROPS = {
  catalogue: {
    ...GAOMI_2014_WHEAT_CATALOGUE,
    volumeRules: [{ minAreaMu: 20, discountRate: 0.05, consolidatedOnly: true }],
  },
  plots: [
    { plotId: 'P-01', name: '东地', areaMu: 12.35, yieldHistoryKgPerMu: [420, 455, 441] },
    { plotId: 'P-02', name: '河边地', areaMu: 8.4, yieldHistoryKgPerMu: [398, 430, 415] },
  ],
  fullPackage: { feePerMuFen: 100_000 },
  initial: {
    serviceIds: ['wheat-ploughing', 'wheat-sowing', 'wheat-spraying', 'wheat-harvest'],
    consolidated: true,
  },
} satisfies TrusteeshipQuoteProps;

/**
 * Service centres around Gaomi (高密, Shandong), GCJ-02 as picked on a web map. Illustrative
 * positions near the seats of four towns and sub-districts; one centre states its own 4 km reach.
 */
export const GAOMI_CENTERS: readonly ServiceCenter[] = [
  {
    id: 'SC-MS',
    name: '密水街道为农服务中心',
    location: { lng: 119.7552, lat: 36.3806, datum: 'GCJ-02' },
    terrain: 'plain',
  },
  {
    id: 'SC-CY',
    name: '朝阳街道为农服务中心',
    location: { lng: 119.7925, lat: 36.4117, datum: 'GCJ-02' },
    terrain: 'plain',
  },
  {
    id: 'SC-BC',
    name: '柏城镇为农服务中心',
    location: { lng: 119.6562, lat: 36.3179, datum: 'GCJ-02' },
    terrain: 'plain',
  },
  {
    id: 'SC-KJ',
    name: '阚家镇为农服务中心',
    location: { lng: 119.8791, lat: 36.453, datum: 'GCJ-02' },
    terrain: 'plain',
    radiusKm: 4,
  },
];

/** The finder's props: a village between the city's two sub-district centres. */
export const FINDER_PROPS = {
  centers: GAOMI_CENTERS,
  place: { lng: 119.769, lat: 36.3951, datum: 'GCJ-02' },
  placeName: '王家庄',
} satisfies ServiceCenterFinderProps;

/** The loan calculator's props: 50,000 yuan for a year at 4.35 %, monthly equal installments. */
export const LOAN_PROPS = {
  initial: {
    principalFen: 5_000_000,
    annualRate: '0.0435',
    termMonths: 12,
    method: 'equalInstallment',
    startDate: '2026-03-10',
  },
} satisfies LoanCalculatorProps;

/** Wheat cover: 450 yuan insured per mu at 6 %, output worth 600 yuan per mu. */
export const WHEAT_INSURANCE = {
  id: 'wheat',
  name: { 'zh-CN': '小麦种植保险', en: 'Wheat insurance' },
  sumInsuredPerMuFen: 45_000,
  premiumRate: '0.06',
  outputValuePerMuFen: 60_000,
} satisfies CropInsuranceProduct;

/**
 * The insurance quote's props: wheat and maize cover in a central-western province (centre 45 %
 * by finance's national rules, province 25 %, county 10 %), 12.5 mu, checked against the member's
 * trusteeship contracts (7.3 + 5.2 mu).
 */
export const INSURANCE_PROPS = {
  products: [
    WHEAT_INSURANCE,
    {
      id: 'maize',
      name: { 'zh-CN': '玉米种植保险', en: 'Maize insurance' },
      sumInsuredPerMuFen: 40_000,
      premiumRate: '0.07',
      outputValuePerMuFen: 55_000,
    },
  ],
  subsidy: { region: 'centralWestNortheast', provinceShare: '0.25', countyShare: '0.1' },
  trusteeship: {
    memberId: 'M042',
    asOf: '2026-03-01',
    contracts: [
      { id: 'TC-1', memberId: 'M042', areaMu: 7.3, status: 'active', startDate: '2025-10-01' },
      { id: 'TC-2', memberId: 'M042', areaMu: 5.2, status: 'signed', startDate: '2026-02-20' },
    ],
  },
  initial: { productId: 'wheat', areaMu: '12.5' },
} satisfies InsuranceQuoteProps;
