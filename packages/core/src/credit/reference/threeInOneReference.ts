import { PRACTICE_GRADE_BANDS } from '../grades/gradeBands';
import type { ScorecardModelInput } from '../model/scorecardModel';

type Text = { readonly 'zh-CN': string; readonly en: string };
const t = (zh: string, en: string): Text => ({ 'zh-CN': zh, en });

/** Numeric bins from cut points: `[−∞, c0), [c0, c1), …, [cn, +∞)` with their points. */
function bands(cuts: readonly number[], points: readonly number[]) {
  return points.map((p, i) => ({
    lower: i === 0 ? null : (cuts[i - 1] as number),
    upper: i === points.length - 1 ? null : (cuts[i] as number),
    points: p,
  }));
}

/** 万元 (ten thousand yuan) in fen. */
const WAN = 1_000_000;

/**
 * The three-in-one reference scorecard (三位一体信用评分参考表): a 100-point indicator sheet for
 * cooperative members, drawing on the production, marketing and credit legs of the model
 * (DESIGN §3.6), plus a public-record adjustment (honours add up to 3; adverse records
 * subtract). Grades as practised: AAA ≥ 80, AA ≥ 70, A ≥ 60, below 60 not rated.
 *
 * It is a **reference that banks copy and adjust, not a validated model**: the bands and
 * points follow county rating practice and have not been fitted to repayment outcomes. Each
 * indicator that a member has no record for (no loans yet, no trusteeship contract, or the
 * plugin not installed) gets its stated neutral points: absence of evidence is not bad
 * evidence. `core.membershipYears` rejects a non-member: the sheet rates members.
 *
 * Groups and maxima: household and membership 20 (`core.headAge` 6, `core.membershipYears` 7,
 * `core.meetingAttendance` 7); production 25 (`trusteeship.contractedAreaMu` 8,
 * `trusteeship.contractStanding` 5, `trusteeship.feeOnTimeShare` 6,
 * `agriInput.purchaseSeasons` 6); marketing 20 (`core.yearlyTransactionFen` 8,
 * `core.transactionYears` 6, `core.patronageRefundFen` 6); equity 10 (`core.equityFen` 10);
 * credit record 25 (`finance.onTimeShare` 10, `finance.maxDaysOverdue` 8,
 * `finance.defaults3y` 7); public record ± (`public.honours` +3, `public.adverseRecords` −10
 * each, down to −20), supplied by the caller.
 */
export const THREE_IN_ONE_REFERENCE_MODEL: ScorecardModelInput = {
  specVersion: 1,
  id: 'hezuo.three-in-one-reference',
  version: '1.0.0',
  name: t('三位一体成员信用评分参考表', 'Three-in-one member credit reference sheet'),
  kind: 'indicator',
  characteristics: [
    {
      id: 'core.headAge',
      label: t('户主年龄', "Household head's age"),
      reasonText: t(
        '户主年龄不在主要劳动年龄段或不是自然人成员',
        'The household head is outside the main working ages, or the member is an organisation',
      ),
      type: 'numeric',
      bins: bands([18, 25, 35, 56, 66], [0, 3, 5, 6, 4, 2]),
      missing: { points: 3 },
    },
    {
      id: 'core.membershipYears',
      label: t('入社年限', 'Years of membership'),
      reasonText: t('入社年限较短', 'Few years of membership'),
      type: 'numeric',
      bins: bands([1, 3, 5], [1, 3, 5, 7]),
      missing: { reject: true },
    },
    {
      id: 'core.meetingAttendance',
      label: t('成员大会出席率', 'Member meeting attendance'),
      reasonText: t('成员大会出席较少或无会议记录', 'Seldom attends member meetings, or none on record'),
      type: 'numeric',
      bins: bands([0.25, 0.5, 0.75], [0, 3, 5, 7]),
      missing: { points: 4 },
    },
    {
      id: 'trusteeship.contractedAreaMu',
      label: t('托管经营面积', 'Area under trusteeship'),
      reasonText: t('托管经营面积较小或无托管记录', 'Small or no area under trusteeship'),
      type: 'numeric',
      bins: bands([5, 15, 50], [2, 4, 6, 8]),
      missing: { points: 4 },
    },
    {
      id: 'trusteeship.contractStanding',
      label: t('托管合同履约', 'Trusteeship contract standing'),
      reasonText: t(
        '托管合同曾被解除或无托管记录',
        'A trusteeship contract was terminated, or none on record',
      ),
      type: 'categorical',
      bins: [
        { values: ['good'], points: 5 },
        { values: ['terminated'], points: 0 },
      ],
      missing: { points: 3 },
      unseen: { reject: true },
    },
    {
      id: 'trusteeship.feeOnTimeShare',
      label: t('托管费按时缴纳', 'Trusteeship fees paid on time'),
      reasonText: t(
        '托管服务费未按时缴纳或无缴费记录',
        'Trusteeship fees not paid on time, or none on record',
      ),
      type: 'numeric',
      bins: bands([0.8, 0.95], [0, 3, 6]),
      missing: { points: 3 },
    },
    {
      id: 'agriInput.purchaseSeasons',
      label: t('农资购买连续性', 'Seasons buying inputs through the co-op'),
      reasonText: t(
        '较少通过合作社购买农资或无购买记录',
        'Seldom or never buys farm inputs through the cooperative',
      ),
      type: 'numeric',
      bins: bands([1, 3, 5], [1, 2, 4, 6]),
      missing: { points: 3 },
    },
    {
      id: 'core.yearlyTransactionFen',
      label: t('与合作社年交易额', 'Yearly transactions with the cooperative'),
      reasonText: t('与合作社交易额较小', 'Small transactions with the cooperative'),
      type: 'numeric',
      bins: bands([0.5 * WAN, 2 * WAN, 5 * WAN, 10 * WAN], [1, 3, 5, 7, 8]),
      missing: { bin: 0 },
    },
    {
      id: 'core.transactionYears',
      label: t('交易连续性', 'Years with transactions'),
      reasonText: t('与合作社交易不连续', 'Irregular transactions with the cooperative'),
      type: 'numeric',
      bins: bands([1, 2, 3], [0, 2, 4, 6]),
      missing: { bin: 0 },
    },
    {
      id: 'core.patronageRefundFen',
      label: t('按交易量返还', 'Patronage refunds received'),
      reasonText: t('获得的盈余返还较少或无分配记录', 'Small or no patronage refunds received'),
      type: 'numeric',
      bins: bands([1, 0.1 * WAN], [1, 4, 6]),
      missing: { points: 3 },
    },
    {
      id: 'core.equityFen',
      label: t('出资与公积金份额', 'Capital and reserve share'),
      reasonText: t('成员账户出资与公积金份额较少', 'Little capital and reserve share in the member account'),
      type: 'numeric',
      bins: bands([0.1 * WAN, 0.5 * WAN, 2 * WAN], [2, 4, 7, 10]),
      missing: { bin: 0 },
    },
    {
      id: 'finance.onTimeShare',
      label: t('按期还款比例', 'Installments paid on time'),
      reasonText: t(
        '有未按期偿还的贷款或无借款记录',
        'Loan installments not paid on time, or no loan record',
      ),
      type: 'numeric',
      bins: bands([0.8, 0.95, 1], [0, 5, 8, 10]),
      missing: { points: 6 },
    },
    {
      id: 'finance.maxDaysOverdue',
      label: t('最长逾期天数', 'Longest days overdue'),
      reasonText: t('曾有较长时间逾期或无借款记录', 'A long overdue period, or no loan record'),
      type: 'numeric',
      bins: bands([1, 30, 90], [8, 6, 3, 0]),
      missing: { points: 5 },
    },
    {
      id: 'finance.defaults3y',
      label: t('三年内违约贷款', 'Loans defaulted in 3 years'),
      reasonText: t(
        '三年内有违约贷款或无借款记录',
        'A loan defaulted in the last 3 years, or no loan record',
      ),
      type: 'numeric',
      bins: bands([1], [7, 0]),
      missing: { points: 4 },
    },
    {
      id: 'public.honours',
      label: t('荣誉加分', 'Honours'),
      reasonText: t('无县级以上荣誉', 'No county-level or higher honours'),
      type: 'numeric',
      bins: bands([1, 2], [0, 2, 3]),
      missing: { points: 0 },
    },
    {
      id: 'public.adverseRecords',
      label: t('不良公共记录', 'Adverse public records'),
      reasonText: t('有法院判决或欠缴费用等不良记录', 'Court judgments or fee arrears on record'),
      type: 'numeric',
      bins: bands([1, 2], [0, -10, -20]),
      missing: { points: 0 },
    },
  ],
  gradeBands: PRACTICE_GRADE_BANDS as ScorecardModelInput['gradeBands'],
  // Honours are a bonus: not having one is no reason to give a member.
  reasons: { top: 4, exclude: ['public.honours'] },
};
