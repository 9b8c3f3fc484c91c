import type { CreditFeatureDefinition, CreditFeatureInput } from '@hezuo/core';
import { CreditFeatureInputSchema, parseInput, readMemberRecords } from '@hezuo/core';
import { sumContractedAreaMu } from './contractedArea';
import { TRUSTEESHIP_CONTRACT_KIND, TrusteeshipContractRecordSchema } from './contractRecord';

/** The id of the contracted-area credit characteristic: `trusteeship.contractedAreaMu`. */
export const CONTRACTED_AREA_FEATURE_ID = 'trusteeship.contractedAreaMu';

/**
 * Reads a member's trusteeship contracts from the store and sums their area as of a date
 * (see {@link sumContractedAreaMu}). Only the member's own records are read and validated, so
 * one malformed record of another member cannot block this one's assessment.
 *
 * @throws HezuoError `INVALID_INPUT` (path `input`, field) for a bad member id, date or store;
 * `INVALID_RECORD` (path `trusteeship.contract`, id, field) when one of the
 * member's stored contracts does not match {@link TrusteeshipContractRecordSchema}
 */
export async function computeContractedAreaMu(input: CreditFeatureInput): Promise<number | null> {
  const { memberId, asOf, store } = parseInput(CreditFeatureInputSchema, input, { path: ['input'] });
  const contracts = await readMemberRecords(
    store,
    TRUSTEESHIP_CONTRACT_KIND,
    TrusteeshipContractRecordSchema,
    memberId,
  );
  return sumContractedAreaMu(contracts, memberId, asOf);
}

/**
 * The credit characteristic the trusteeship plugin contributes: land area under trusteeship
 * contract, in mu. Production records become credit evidence (the three-in-one model): a
 * member who entrusts more land to the cooperative has a larger, steadier operation to lend against.
 */
export const contractedAreaMuFeature: CreditFeatureDefinition = Object.freeze({
  id: CONTRACTED_AREA_FEATURE_ID,
  type: 'numeric',
  unit: 'mu',
  label: Object.freeze({ 'zh-CN': '托管合同面积', en: 'Area under trusteeship contract' }),
  description: Object.freeze({
    'zh-CN':
      '截至评估日，成员已签订（含履行中、已完成、已结算）且已开始的土地托管合同面积之和，单位：亩。成员没有托管合同时为空值：缺少证据不等于不良证据。',
    en: "Sum of the land area, in mu, under the member's trusteeship contracts that are signed, active, completed or settled and start on or before the as-of date. Empty when the member has no contract: absence of evidence is not bad evidence.",
  }),
  compute: computeContractedAreaMu,
});
