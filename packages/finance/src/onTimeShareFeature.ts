import {
  type CreditFeatureDefinition,
  type CreditFeatureInput,
  CreditFeatureInputSchema,
  parseInput,
  readMemberRecords,
} from '@hezuo/core';
import { FINANCE_INSTALLMENT_KIND, InstallmentRecordSchema } from './installmentRecord';
import { installmentOnTimeShare } from './onTimeShare';

/** The id of the repayment punctuality credit characteristic: `finance.onTimeShare`. */
export const ON_TIME_SHARE_FEATURE_ID = 'finance.onTimeShare';

/**
 * Reads a member's loan installments from the store and computes {@link installmentOnTimeShare}. Only the
 * member's own records are read and validated, so one malformed record of another member cannot
 * block this one's assessment.
 *
 * @throws HezuoError `INVALID_INPUT` (path `input`, field) for a bad member id, date or store;
 * `INVALID_RECORD` (path `finance.installment`, id, field) when one of the member's stored
 * installments does not match {@link InstallmentRecordSchema}
 */
export async function computeOnTimeShare(input: CreditFeatureInput): Promise<number | null> {
  const { memberId, asOf, store } = parseInput(CreditFeatureInputSchema, input, { path: ['input'] });
  const installments = await readMemberRecords(
    store,
    FINANCE_INSTALLMENT_KIND,
    InstallmentRecordSchema,
    memberId,
  );
  return installmentOnTimeShare(installments, memberId, asOf);
}

/**
 * The credit characteristic of repayment punctuality (按期还款比例), a share from 0 to 1: the
 * credit-record leg of the three-in-one model.
 */
export const onTimeShareFeature: CreditFeatureDefinition = Object.freeze({
  id: ON_TIME_SHARE_FEATURE_ID,
  type: 'numeric',
  unit: 'share',
  label: Object.freeze({ 'zh-CN': '按期还款比例', en: 'Installments repaid on time' }),
  description: Object.freeze({
    'zh-CN':
      '评估日前三年内（不含三年前当日，含评估日）到期的贷款还款中，于到期日当天或之前足额偿还的金额占应还金额的比例（0 至 1，按金额加权）。三年内没有到期还款时为空值：缺少证据不等于不良证据。',
    en: "Share (0 to 1, weighted by amount) of the member's loan installments due in the three years up to the as-of date (the day exactly three years before excluded) that were repaid in full on or before their due date. Empty when no installment fell due in those years: absence of evidence is not bad evidence.",
  }),
  compute: computeOnTimeShare,
});
