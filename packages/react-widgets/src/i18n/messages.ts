import type { Locale } from '@hezuo/core';

/** Every text the widgets show, in one language. Functions fill in values already formatted. */
export interface WidgetMessages {
  readonly widgetError: string;
  readonly widgetErrorField: (field: string) => string;
  readonly unknownWidget: (name: string) => string;
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
  readonly plannerTitle: string;
  readonly plannerCrop: string;
  readonly plannerTargetYield: string;
  readonly plannerArea: string;
  readonly plannerSoilTest: string;
  readonly plannerSoil: (nutrient: string) => string;
  readonly plannerSubmit: string;
  readonly plannerInvalid: (field: string) => string;
  readonly plannerNeedTitle: string;
  readonly plannerNutrient: string;
  readonly plannerKgPerMu: string;
  readonly plannerKgForPlot: string;
  readonly plannerBagsTitle: string;
  readonly plannerProduct: string;
  readonly plannerBags: string;
  readonly plannerCost: string;
  readonly plannerTotal: string;
  readonly plannerReasons: string;
  readonly plannerNoProducts: string;
}

const ZH_CN: WidgetMessages = {
  widgetError: '此组件无法显示：输入的数据有误。',
  widgetErrorField: (field) => `有误的字段：${field}`,
  unknownWidget: (name) => `没有名为“${name}”的组件。`,
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
  plannerTitle: '测土配方施肥',
  plannerCrop: '作物',
  plannerTargetYield: '目标产量（公斤/亩）',
  plannerArea: '地块面积（亩）',
  plannerSoilTest: '土壤测试（毫克/公斤）',
  plannerSoil: (nutrient) => `有效${nutrient}`,
  plannerSubmit: '计算施肥方案',
  plannerInvalid: (field) => `无法计算：请检查“${field}”。`,
  plannerNeedTitle: '需施养分',
  plannerNutrient: '养分',
  plannerKgPerMu: '公斤/亩',
  plannerKgForPlot: '全地块（公斤）',
  plannerBagsTitle: '最低成本配肥（整袋）',
  plannerProduct: '肥料',
  plannerBags: '袋数',
  plannerCost: '金额',
  plannerTotal: '合计',
  plannerReasons: '说明',
  plannerNoProducts: '无需购买肥料。',
};

const EN: WidgetMessages = {
  widgetError: 'This widget cannot be shown: its data is not valid.',
  widgetErrorField: (field) => `Field in error: ${field}`,
  unknownWidget: (name) => `There is no widget named "${name}".`,
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
  plannerTitle: 'Soil-test fertiliser planner',
  plannerCrop: 'Crop',
  plannerTargetYield: 'Target yield (kg per mu)',
  plannerArea: 'Plot area (mu)',
  plannerSoilTest: 'Soil test (mg/kg)',
  plannerSoil: (nutrient) => `Available ${nutrient}`,
  plannerSubmit: 'Plan fertiliser',
  plannerInvalid: (field) => `Cannot plan: please check "${field}".`,
  plannerNeedTitle: 'Nutrient to apply',
  plannerNutrient: 'Nutrient',
  plannerKgPerMu: 'kg per mu',
  plannerKgForPlot: 'Whole plot (kg)',
  plannerBagsTitle: 'Least-cost blend (whole bags)',
  plannerProduct: 'Fertiliser',
  plannerBags: 'Bags',
  plannerCost: 'Cost',
  plannerTotal: 'Total',
  plannerReasons: 'Notes',
  plannerNoProducts: 'No fertiliser needs buying.',
};

/** The widgets' message catalogues: `zh-CN` and `en`. Every user-facing text comes from here. */
export const WIDGET_MESSAGES: Readonly<Record<Locale, WidgetMessages>> = Object.freeze({
  'zh-CN': ZH_CN,
  en: EN,
});
