import {
  type CreditFeatureDefinition,
  type CreditFeatureInput,
  CreditFeatureInputSchema,
  parseInput,
  readMemberRecords,
} from '@hezuo/core';
import { TRUSTEESHIP_CONTRACT_KIND, TrusteeshipContractRecordSchema } from './contractRecord';
import { type ContractStanding, contractStanding } from './contractStanding';

/** The id of the contract standing credit characteristic: `trusteeship.contractStanding`. */
export const CONTRACT_STANDING_FEATURE_ID = 'trusteeship.contractStanding';

/**
 * Reads a member's trusteeship contracts from the store and assesses their standing (see
 * {@link contractStanding}). Only the member's own records are read and validated.
 *
 * @throws HezuoError `INVALID_INPUT` (path `input`, field) for a bad member id, date or store;
 * `INVALID_RECORD` (path `trusteeship.contract`, id, field) when one of the member's stored
 * contracts does not match {@link TrusteeshipContractRecordSchema}
 */
export async function computeContractStanding(input: CreditFeatureInput): Promise<ContractStanding | null> {
  const { memberId, asOf, store } = parseInput(CreditFeatureInputSchema, input, { path: ['input'] });
  const contracts = await readMemberRecords(
    store,
    TRUSTEESHIP_CONTRACT_KIND,
    TrusteeshipContractRecordSchema,
    memberId,
  );
  return contractStanding(contracts, memberId, asOf);
}

/**
 * The categorical credit characteristic of trusteeship contract standing (托管合同履约状况):
 * `good` or `terminated`. A contract ended early is a warning sign in the production leg of
 * the three-in-one model.
 */
export const contractStandingFeature: CreditFeatureDefinition = Object.freeze({
  id: CONTRACT_STANDING_FEATURE_ID,
  type: 'categorical',
  label: Object.freeze({ 'zh-CN': '托管合同履约状况', en: 'Trusteeship contract standing' }),
  description: Object.freeze({
    'zh-CN':
      '截至评估日已开始的托管合同中，有合同被解除时为 terminated；否则有已签订（含履行中、已完成、已结算）的合同时为 good；没有合同时为空值。已解除的合同自解除日起计入；没有记录解除日期的，自开始日起计入。',
    en: "terminated when any of the member's trusteeship contracts starting on or before the as-of date was terminated; otherwise good when one of them is signed, active, completed or settled; empty when there is none. A terminated contract counts from its termination date, or from its start date when recorded without one.",
  }),
  compute: computeContractStanding,
});
