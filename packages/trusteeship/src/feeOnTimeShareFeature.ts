import {
  type CreditFeatureDefinition,
  type CreditFeatureInput,
  CreditFeatureInputSchema,
  parseInput,
  readMemberRecords,
} from '@hezuo/core';
import { feeOnTimeShare } from './feeOnTimeShare';
import { TRUSTEESHIP_FEE_PAYMENT_KIND, TrusteeshipFeePaymentRecordSchema } from './feePaymentRecord';

/** The id of the fee punctuality credit characteristic: `trusteeship.feeOnTimeShare`. */
export const FEE_ON_TIME_SHARE_FEATURE_ID = 'trusteeship.feeOnTimeShare';

/**
 * Reads a member's trusteeship fee payments from the store and computes the share paid on time
 * (see {@link feeOnTimeShare}). Only the member's own records are read and validated.
 *
 * @throws HezuoError `INVALID_INPUT` (path `input`, field) for a bad member id, date or store;
 * `INVALID_RECORD` (path `trusteeship.feePayment`, id, field) when one of the member's stored
 * fee payments does not match {@link TrusteeshipFeePaymentRecordSchema}
 */
export async function computeFeeOnTimeShare(input: CreditFeatureInput): Promise<number | null> {
  const { memberId, asOf, store } = parseInput(CreditFeatureInputSchema, input, { path: ['input'] });
  const payments = await readMemberRecords(
    store,
    TRUSTEESHIP_FEE_PAYMENT_KIND,
    TrusteeshipFeePaymentRecordSchema,
    memberId,
  );
  return feeOnTimeShare(payments, memberId, asOf);
}

/**
 * The credit characteristic of trusteeship fee punctuality (托管费按时缴纳比例), a share from 0
 * to 1. A member who pays the service centre on time is likely to repay a loan on time: the
 * production leg of the three-in-one model as credit evidence.
 */
export const feeOnTimeShareFeature: CreditFeatureDefinition = Object.freeze({
  id: FEE_ON_TIME_SHARE_FEATURE_ID,
  type: 'numeric',
  unit: 'share',
  label: Object.freeze({ 'zh-CN': '托管费按时缴纳比例', en: 'Trusteeship fees paid on time' }),
  description: Object.freeze({
    'zh-CN':
      '评估日前三年内（不含三年前当日，含评估日）到期的托管服务费中，于到期日当天或之前足额缴纳的金额占应缴金额的比例（0 至 1，按金额加权）。三年内没有到期的托管费时为空值：缺少证据不等于不良证据。',
    en: "Share (0 to 1, weighted by amount) of the member's trusteeship fees due in the three years up to the as-of date (the day exactly three years before excluded) that were paid in full on or before their due date. Empty when no fee fell due in those years: absence of evidence is not bad evidence.",
  }),
  compute: computeFeeOnTimeShare,
});
