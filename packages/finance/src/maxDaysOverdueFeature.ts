import {
  type CreditFeatureDefinition,
  type CreditFeatureInput,
  CreditFeatureInputSchema,
  parseInput,
  readMemberRecords,
} from '@hezuo/core';
import { FINANCE_INSTALLMENT_KIND, InstallmentRecordSchema } from './installmentRecord';
import { maxDaysOverdue } from './maxDaysOverdue';

/** The id of the longest delay credit characteristic: `finance.maxDaysOverdue`. */
export const MAX_DAYS_OVERDUE_FEATURE_ID = 'finance.maxDaysOverdue';

/**
 * Reads a member's loan installments from the store and computes {@link maxDaysOverdue}. Only the
 * member's own records are read and validated, so one malformed record of another member cannot
 * block this one's assessment.
 *
 * @throws HezuoError `INVALID_INPUT` (path `input`, field) for a bad member id, date or store;
 * `INVALID_RECORD` (path `finance.installment`, id, field) when one of the member's stored
 * installments does not match {@link InstallmentRecordSchema}
 */
export async function computeMaxDaysOverdue(input: CreditFeatureInput): Promise<number | null> {
  const { memberId, asOf, store } = parseInput(CreditFeatureInputSchema, input, { path: ['input'] });
  const installments = await readMemberRecords(
    store,
    FINANCE_INSTALLMENT_KIND,
    InstallmentRecordSchema,
    memberId,
  );
  return maxDaysOverdue(installments, memberId, asOf);
}

/**
 * The credit characteristic of the longest delay (最长逾期天数) on a loan installment due in
 * the last three years, in days.
 */
export const maxDaysOverdueFeature: CreditFeatureDefinition = Object.freeze({
  id: MAX_DAYS_OVERDUE_FEATURE_ID,
  type: 'numeric',
  unit: 'days',
  label: Object.freeze({ 'zh-CN': '最长逾期天数', en: 'Longest days overdue' }),
  description: Object.freeze({
    'zh-CN':
      '评估日前三年内到期的贷款还款中最长的逾期天数：已足额偿还的按还款日减到期日（提前还款为 0），截至评估日未足额偿还的按评估日减到期日。三年内没有到期还款时为空值。',
    en: "The longest delay, in days, among the member's loan installments due in the three years up to the as-of date: repayment date minus due date for those repaid in full (0 when early), as-of date minus due date for those not repaid in full by then. Empty when no installment fell due in those years.",
  }),
  compute: computeMaxDaysOverdue,
});
