import type { Locale } from '@hezuo/core';

/**
 * The texts of `FertilizerPlanner`. Functions fill in values already formatted. A catalogue of
 * its own so that the widget's bundle carries its own texts only; `WIDGET_MESSAGES` holds these too.
 */
export interface PlannerWidgetMessages {
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

const ZH_CN: PlannerWidgetMessages = {
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

const EN: PlannerWidgetMessages = {
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

/** {@link PlannerWidgetMessages} in `zh-CN` and `en`; part of `WIDGET_MESSAGES`. @internal */
export const PLANNER_WIDGET_MESSAGES: Readonly<Record<Locale, PlannerWidgetMessages>> = Object.freeze({
  'zh-CN': ZH_CN,
  en: EN,
});
