import type { Locale } from '@hezuo/core';
import { COMMON_WIDGET_MESSAGES, type CommonWidgetMessages } from './commonMessages';
import { INSURANCE_WIDGET_MESSAGES, type InsuranceWidgetMessages } from './insuranceMessages';
import { LOAN_WIDGET_MESSAGES, type LoanWidgetMessages } from './loanMessages';
import { PLANNER_WIDGET_MESSAGES, type PlannerWidgetMessages } from './plannerMessages';
import { TRUSTEESHIP_WIDGET_MESSAGES, type TrusteeshipWidgetMessages } from './trusteeshipMessages';

/** Every text the widgets show, in one language. Functions fill in values already formatted. */
export interface WidgetMessages
  extends CommonWidgetMessages,
    TrusteeshipWidgetMessages,
    LoanWidgetMessages,
    InsuranceWidgetMessages,
    PlannerWidgetMessages {
  readonly creditTitle: string;
  readonly creditScore: string;
  readonly creditGrade: string;
  readonly creditUnrated: string;
  readonly creditProbabilityBad: string;
  readonly creditReasonsTitle: string;
  readonly creditNoReasons: string;
  readonly creditPointsLost: (points: string) => string;
  readonly creditModel: (id: string, version: string) => string;
  readonly statementTitle: (memberId: string) => string;
  readonly statementItem: string;
  readonly statementAmount: string;
  readonly statementDistributed: string;
  readonly statementCapitalAfter: string;
  readonly statementReserveShareAfter: string;
  readonly applicationTitle: string;
  readonly applicationName: string;
  readonly applicationResidentId: string;
  readonly applicationResidentIdHint: string;
  readonly applicationPhone: string;
  readonly applicationSubmit: string;
  readonly applicationRequired: string;
  readonly applicationNameTooLong: string;
  readonly applicationInvalidResidentId: string;
  readonly applicationInvalidPhone: string;
  readonly applicationFixErrors: (count: number) => string;
  readonly applicationSubmitted: (maskedId: string) => string;
}

const ZH_CN: WidgetMessages = {
  ...COMMON_WIDGET_MESSAGES['zh-CN'],
  ...TRUSTEESHIP_WIDGET_MESSAGES['zh-CN'],
  ...LOAN_WIDGET_MESSAGES['zh-CN'],
  ...INSURANCE_WIDGET_MESSAGES['zh-CN'],
  ...PLANNER_WIDGET_MESSAGES['zh-CN'],
  creditTitle: '信用评级',
  creditScore: '信用分',
  creditGrade: '等级',
  creditUnrated: '暂不评级',
  creditProbabilityBad: '违约概率',
  creditReasonsTitle: '分数未更高的主要原因',
  creditNoReasons: '各项均得满分。',
  creditPointsLost: (points) => `少得 ${points} 分`,
  creditModel: (id, version) => `评分模型 ${id}（版本 ${version}）`,
  statementTitle: (memberId) => `盈余分配明细（成员 ${memberId}）`,
  statementItem: '项目',
  statementAmount: '金额',
  statementDistributed: '合计分配（返还 + 分红）',
  statementCapitalAfter: '分配后出资额',
  statementReserveShareAfter: '分配后公积金份额',
  applicationTitle: '入社申请',
  applicationName: '姓名',
  applicationResidentId: '居民身份证号码',
  applicationResidentIdHint: '18 位，末位可为 X；离开此栏后只显示首尾各 4 位。',
  applicationPhone: '手机号码',
  applicationSubmit: '提交申请',
  applicationRequired: '此项必填。',
  applicationNameTooLong: '姓名最多 50 个字。',
  applicationInvalidResidentId: '身份证号码无效，请核对。',
  applicationInvalidPhone: '手机号码应为以 1 开头的 11 位数字。',
  applicationFixErrors: (count) => `有 ${count} 项需要修改。`,
  applicationSubmitted: (maskedId) => `申请已提交（身份证 ${maskedId}）。`,
};

const EN: WidgetMessages = {
  ...COMMON_WIDGET_MESSAGES.en,
  ...TRUSTEESHIP_WIDGET_MESSAGES.en,
  ...LOAN_WIDGET_MESSAGES.en,
  ...INSURANCE_WIDGET_MESSAGES.en,
  ...PLANNER_WIDGET_MESSAGES.en,
  creditTitle: 'Credit rating',
  creditScore: 'Score',
  creditGrade: 'Grade',
  creditUnrated: 'Not rated',
  creditProbabilityBad: 'Probability of default',
  creditReasonsTitle: 'Main reasons the score is not higher',
  creditNoReasons: 'Every characteristic scored its maximum.',
  creditPointsLost: (points) => `${points} points lost`,
  creditModel: (id, version) => `Scorecard ${id} (version ${version})`,
  statementTitle: (memberId) => `Surplus distribution statement (member ${memberId})`,
  statementItem: 'Item',
  statementAmount: 'Amount',
  statementDistributed: 'Total distributed (refund + dividend)',
  statementCapitalAfter: 'Capital after distribution',
  statementReserveShareAfter: 'Reserve share after distribution',
  applicationTitle: 'Membership application',
  applicationName: 'Full name',
  applicationResidentId: 'Resident ID number',
  applicationResidentIdHint:
    '18 characters, the last may be X; only the first and last 4 show once you leave the field.',
  applicationPhone: 'Mobile phone number',
  applicationSubmit: 'Submit application',
  applicationRequired: 'This field is required.',
  applicationNameTooLong: 'A name has at most 50 characters.',
  applicationInvalidResidentId: 'This resident ID number is not valid; please check it.',
  applicationInvalidPhone: 'A mobile number has 11 digits and starts with 1.',
  applicationFixErrors: (count) => `${count} ${count === 1 ? 'field needs' : 'fields need'} correcting.`,
  applicationSubmitted: (maskedId) => `Application submitted (resident ID ${maskedId}).`,
};

/** The widgets' message catalogues: `zh-CN` and `en`. Every user-facing text comes from here. */
export const WIDGET_MESSAGES: Readonly<Record<Locale, WidgetMessages>> = Object.freeze({
  'zh-CN': ZH_CN,
  en: EN,
});
