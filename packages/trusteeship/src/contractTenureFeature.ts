import {
  type CreditFeatureDefinition,
  type CreditFeatureInput,
  CreditFeatureInputSchema,
  parseInput,
  readMemberRecords,
} from '@hezuo/core';
import { TRUSTEESHIP_CONTRACT_KIND, TrusteeshipContractRecordSchema } from './contractRecord';
import { contractTenureYears } from './contractTenure';

/** The id of the contract tenure credit characteristic: `trusteeship.contractTenureYears`. */
export const CONTRACT_TENURE_FEATURE_ID = 'trusteeship.contractTenureYears';

/**
 * Reads a member's trusteeship contracts from the store and measures their tenure (see
 * {@link contractTenureYears}). Only the member's own records are read and validated.
 *
 * @throws HezuoError `INVALID_INPUT` (path `input`, field) for a bad member id, date or store;
 * `INVALID_RECORD` (path `trusteeship.contract`, id, field) for a malformed contract of the member
 */
export async function computeContractTenureYears(input: CreditFeatureInput): Promise<number | null> {
  const { memberId, asOf, store } = parseInput(CreditFeatureInputSchema, input, { path: ['input'] });
  const contracts = await readMemberRecords(
    store,
    TRUSTEESHIP_CONTRACT_KIND,
    TrusteeshipContractRecordSchema,
    memberId,
  );
  return contractTenureYears(contracts, memberId, asOf);
}

/**
 * The credit characteristic of trusteeship contract tenure (托管合作年限), in whole years: a
 * member who has entrusted land to the service centre for years has a steady operation and a
 * record the cooperative knows.
 */
export const contractTenureFeature: CreditFeatureDefinition = Object.freeze({
  id: CONTRACT_TENURE_FEATURE_ID,
  type: 'numeric',
  unit: 'years',
  label: Object.freeze({ 'zh-CN': '托管合作年限', en: 'Years under trusteeship' }),
  description: Object.freeze({
    'zh-CN':
      '自成员第一份托管合同（已签订，含已解除的合同）开始之日起至评估日的整年数。成员没有托管合同时为空值：缺少证据不等于不良证据。',
    en: "Whole years from the start of the member's first trusteeship contract (signed or further along, terminated ones included) to the as-of date. Empty when the member has no contract: absence of evidence is not bad evidence.",
  }),
  compute: computeContractTenureYears,
});
