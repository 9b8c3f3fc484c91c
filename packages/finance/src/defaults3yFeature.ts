import {
  type CreditFeatureDefinition,
  type CreditFeatureInput,
  CreditFeatureInputSchema,
  parseInput,
  readMemberRecords,
} from '@hezuo/core';
import { DEFAULT_DAYS_OVERDUE, defaultedLoans } from './defaultedLoans';
import { FINANCE_INSTALLMENT_KIND, InstallmentRecordSchema } from './installmentRecord';

/** The id of the defaults in three years credit characteristic: `finance.defaults3y`. */
export const DEFAULTS_3Y_FEATURE_ID = 'finance.defaults3y';

/**
 * Reads a member's loan installments from the store and computes {@link defaultedLoans}. Only the
 * member's own records are read and validated, so one malformed record of another member cannot
 * block this one's assessment.
 *
 * @throws HezuoError `INVALID_INPUT` (path `input`, field) for a bad member id, date or store;
 * `INVALID_RECORD` (path `finance.installment`, id, field) when one of the member's stored
 * installments does not match {@link InstallmentRecordSchema}
 */
export async function computeDefaults3y(input: CreditFeatureInput): Promise<number | null> {
  const { memberId, asOf, store } = parseInput(CreditFeatureInputSchema, input, { path: ['input'] });
  const installments = await readMemberRecords(
    store,
    FINANCE_INSTALLMENT_KIND,
    InstallmentRecordSchema,
    memberId,
  );
  return defaultedLoans(installments, memberId, asOf);
}

/**
 * The credit characteristic of loans in default in the last three years (三年内违约贷款笔数):
 * loans with an installment written off or more than {@link DEFAULT_DAYS_OVERDUE} days overdue.
 */
export const defaults3yFeature: CreditFeatureDefinition = Object.freeze({
  id: DEFAULTS_3Y_FEATURE_ID,
  type: 'numeric',
  unit: 'loans',
  label: Object.freeze({ 'zh-CN': '三年内违约贷款笔数', en: 'Loans defaulted in 3 years' }),
  description: Object.freeze({
    'zh-CN': `评估日前三年内有到期还款被核销或逾期超过 ${DEFAULT_DAYS_OVERDUE} 天的贷款笔数。有到期还款但均未违约时为 0，三年内没有到期还款时为空值。`,
    en: `The number of loans with an installment due in the three years up to the as-of date that was written off or more than ${DEFAULT_DAYS_OVERDUE} days overdue. 0 when installments fell due but none defaulted; empty when none fell due in those years.`,
  }),
  compute: computeDefaults3y,
});
