import type { Locale } from '@hezuo/core';
import type { RepaymentMethod } from '@hezuo/finance';

/**
 * The texts of `LoanCalculator`. Functions fill in values already formatted. A catalogue of its
 * own so that the widget's bundle carries its own texts only; `WIDGET_MESSAGES` holds these too.
 */
export interface LoanWidgetMessages {
  readonly loanTitle: string;
  readonly loanPrincipal: string;
  readonly loanRate: string;
  readonly loanTerm: string;
  readonly loanFrequency: string;
  readonly loanEvery: (months: number) => string;
  readonly loanMethod: string;
  readonly loanMethods: Readonly<Record<RepaymentMethod, string>>;
  readonly loanCrop: string;
  readonly loanStartDate: string;
  readonly loanSubmit: string;
  readonly loanRequired: string;
  readonly loanPrincipalInvalid: string;
  readonly loanPrincipalTooLarge: string;
  readonly loanRateInvalid: string;
  readonly loanTermInvalid: string;
  readonly loanTermMultiple: (months: string) => string;
  readonly loanDateInvalid: string;
  readonly loanHarvest: (months: readonly string[]) => string;
  readonly loanFixErrors: (count: number) => string;
  readonly loanFailed: string;
  readonly loanCalculated: (periods: string, total: string) => string;
  readonly loanScheduleCaption: (periods: string) => string;
  readonly loanNumber: string;
  readonly loanDueDate: string;
  readonly loanPrincipalColumn: string;
  readonly loanInterest: string;
  readonly loanPayment: string;
  readonly loanBalance: string;
  readonly loanTotal: string;
  readonly loanLevelPayment: string;
  readonly loanTotalInterest: string;
  readonly loanTotalPayment: string;
  readonly loanFees: string;
  readonly loanAnnualisedCost: string;
  readonly loanAnnualisedCostNote: string;
  readonly loanCostUnavailable: string;
}

// Repayment intervals with a name of their own; others read "every n months".
const EVERY_ZH = { 1: '每月', 2: '每两个月', 3: '每季度', 4: '每四个月', 6: '每半年', 12: '每年' };
const EVERY_EN = { 1: 'Monthly', 3: 'Quarterly', 6: 'Half-yearly', 12: 'Yearly' };

const ZH_CN: LoanWidgetMessages = {
  loanTitle: '贷款计算器',
  loanPrincipal: '贷款金额（元）',
  loanRate: '年利率（%）',
  loanTerm: '期限（月）',
  loanFrequency: '还款间隔',
  loanEvery: (months) => (EVERY_ZH as Readonly<Record<number, string>>)[months] ?? `每 ${months} 个月`,
  loanMethod: '还款方式',
  loanMethods: {
    equalInstallment: '等额本息',
    equalPrincipal: '等额本金',
    interestOnly: '按期付息、到期还本',
    seasonal: '按季节还款（收获月还本）',
  },
  loanCrop: '作物（收获月还本）',
  loanStartDate: '放款日期',
  loanSubmit: '计算还款计划',
  loanRequired: '此项必填。',
  loanPrincipalInvalid: '请填写以元为单位、大于 0 的金额，最多两位小数，例如 50000。',
  loanPrincipalTooLarge: '金额过大，超出可计算的范围。',
  loanRateInvalid: '请填写 0 到 36 之间的年利率百分数，例如 4.35。',
  loanTermInvalid: '请填写整月数，最多 600 期。',
  loanTermMultiple: (months) => `期限须为还款间隔（${months} 个月）的整数倍。`,
  loanDateInvalid: '请填写有效的日期。',
  loanHarvest: (months) => `按季节还款的最后一期须在收获月（${months.join('、')}）：请调整期限或放款日期。`,
  loanFixErrors: (count) => `有 ${count} 项需要修改。`,
  loanFailed: '无法按此贷款产品的条件计算还款计划。',
  loanCalculated: (periods, total) => `已算出还款计划：共 ${periods} 期，本息合计 ${total}。`,
  loanScheduleCaption: (periods) => `还款计划（共 ${periods} 期）`,
  loanNumber: '期次',
  loanDueDate: '还款日',
  loanPrincipalColumn: '本金',
  loanInterest: '利息',
  loanPayment: '还款额',
  loanBalance: '剩余本金',
  loanTotal: '合计',
  loanLevelPayment: '每期还款',
  loanTotalInterest: '利息合计',
  loanTotalPayment: '本息合计',
  loanFees: '费用合计',
  loanAnnualisedCost: '年化综合成本（IRR）',
  loanAnnualisedCostNote: '按内部收益率法（IRR）计算，计入费用和实际还款日。',
  loanCostUnavailable: '无法计算',
};

const EN: LoanWidgetMessages = {
  loanTitle: 'Loan calculator',
  loanPrincipal: 'Amount (yuan)',
  loanRate: 'Annual rate (%)',
  loanTerm: 'Term (months)',
  loanFrequency: 'Repayment interval',
  loanEvery: (months) => (EVERY_EN as Readonly<Record<number, string>>)[months] ?? `Every ${months} months`,
  loanMethod: 'Repayment method',
  loanMethods: {
    equalInstallment: 'Equal installments',
    equalPrincipal: 'Equal principal',
    interestOnly: 'Interest only, principal at the end',
    seasonal: 'Seasonal (principal at harvest)',
  },
  loanCrop: 'Crop (repays at its harvest)',
  loanStartDate: 'Disbursement date',
  loanSubmit: 'Calculate the schedule',
  loanRequired: 'This field is required.',
  loanPrincipalInvalid: 'Enter an amount in yuan above 0, with at most two decimals, such as 50000.',
  loanPrincipalTooLarge: 'The amount is too large to calculate.',
  loanRateInvalid: 'Enter an annual rate from 0 to 36 per cent, such as 4.35.',
  loanTermInvalid: 'Enter a whole number of months, at most 600 installments.',
  loanTermMultiple: (months) => `The term must be a whole number of repayment intervals (${months} months).`,
  loanDateInvalid: 'Enter a valid date.',
  loanHarvest: (months) =>
    `A seasonal loan's last installment must fall in a harvest month (${months.join(', ')}): change the term or the date.`,
  loanFixErrors: (count) => `${count} ${count === 1 ? 'field needs' : 'fields need'} correcting.`,
  loanFailed: "No schedule can be calculated on this loan product's terms.",
  loanCalculated: (periods, total) =>
    `Schedule calculated: ${periods} installments, ${total} repaid in total.`,
  loanScheduleCaption: (periods) => `Repayment schedule (${periods} installments)`,
  loanNumber: 'No.',
  loanDueDate: 'Due date',
  loanPrincipalColumn: 'Principal',
  loanInterest: 'Interest',
  loanPayment: 'Payment',
  loanBalance: 'Balance',
  loanTotal: 'Total',
  loanLevelPayment: 'Payment per installment',
  loanTotalInterest: 'Total interest',
  loanTotalPayment: 'Total repaid',
  loanFees: 'Fees',
  loanAnnualisedCost: 'Annualised cost (IRR)',
  loanAnnualisedCostNote:
    'The internal rate of return of what you receive and pay, fees and actual payment dates included.',
  loanCostUnavailable: 'Not available',
};

/** {@link LoanWidgetMessages} in `zh-CN` and `en`; part of `WIDGET_MESSAGES`. @internal */
export const LOAN_WIDGET_MESSAGES: Readonly<Record<Locale, LoanWidgetMessages>> = Object.freeze({
  'zh-CN': ZH_CN,
  en: EN,
});
