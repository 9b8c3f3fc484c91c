import {
  type CreditFeatureDefinition,
  type CreditFeatureInput,
  CreditFeatureInputSchema,
  parseInput,
  readMemberRecords,
} from '@hezuo/core';
import { SettlementRecordSummarySchema, TRUSTEESHIP_SETTLEMENT_KIND } from './settlement/settlementRecord';
import { yieldClaims3y } from './yieldClaims';

/** The id of the guaranteed-yield claims credit characteristic: `trusteeship.yieldClaims3y`. */
export const YIELD_CLAIMS_FEATURE_ID = 'trusteeship.yieldClaims3y';

/**
 * Reads a member's stored settlements and counts the guaranteed-yield claims of the last three
 * years (see {@link yieldClaims3y}). Only the member's own records are read and validated.
 *
 * @throws HezuoError `INVALID_INPUT` (path `input`, field) for a bad member id, date or store;
 * `INVALID_RECORD` (path `trusteeship.settlement`, id, field) for a malformed settlement of the member
 */
export async function computeYieldClaims3y(input: CreditFeatureInput): Promise<number | null> {
  const { memberId, asOf, store } = parseInput(CreditFeatureInputSchema, input, { path: ['input'] });
  const settlements = await readMemberRecords(
    store,
    TRUSTEESHIP_SETTLEMENT_KIND,
    SettlementRecordSummarySchema,
    memberId,
  );
  return yieldClaims3y(settlements, memberId, asOf);
}

/**
 * The credit characteristic of guaranteed-yield claims in three years (三年内保底产量理赔次数):
 * plot-seasons of full trusteeship harvested below the guarantee and compensated.
 */
export const yieldClaimsFeature: CreditFeatureDefinition = Object.freeze({
  id: YIELD_CLAIMS_FEATURE_ID,
  type: 'numeric',
  unit: 'count',
  label: Object.freeze({ 'zh-CN': '三年内保底产量理赔次数', en: 'Guaranteed-yield claims in three years' }),
  description: Object.freeze({
    'zh-CN':
      '评估日前三年内收获并已结算的全托管季次中，实际产量低于保底产量并获补偿的地块季次数。三年内没有全托管收获时为空值：缺少证据不等于不良证据。',
    en: "Number of plot-seasons of the member's full trusteeship, harvested in the three years up to the as-of date and settled by then, that fell below the guaranteed yield and were compensated. Empty when no full-trusteeship season was harvested in those years: absence of evidence is not bad evidence.",
  }),
  compute: computeYieldClaims3y,
});
