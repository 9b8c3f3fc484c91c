import type { LocalizedText } from '@hezuo/core';
import type * as z from 'zod/mini';
import { NUTRIENT_LABELS } from '../nutrients';
import { decimalText, percentText } from '../quantityRounding';
import type { CropNutrientEntry } from './cropNutrientTable';
import { PLOUGH_LAYER_FACTOR, type SoilSupplyMethodSchema } from './recommendationInput';
import type { NutrientRecommendation, TargetYield } from './recommendFertilizer';

type Method = z.output<typeof SoilSupplyMethodSchema>;
type Step = NutrientRecommendation;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The target yield in plain language.
 * @internal
 */
export function targetYieldReason(target: TargetYield, crop: CropNutrientEntry): LocalizedText {
  const y = decimalText(target.kgPerMu);
  if (target.basis === 'given' || target.recentAverageKgPerMu === null || target.factor === null) {
    return {
      'zh-CN': `${crop.name['zh-CN']}目标产量 ${y} 公斤/亩（给定）。`,
      en: `Target yield of ${crop.name.en}: ${y} kg/mu (given).`,
    };
  }
  const average = decimalText(target.recentAverageKgPerMu);
  return {
    'zh-CN': `${crop.name['zh-CN']}目标产量 ${y} 公斤/亩：近年平均 ${average} 公斤/亩 × ${target.factor}。`,
    en: `Target yield of ${crop.name.en}: ${y} kg/mu, the recent average of ${average} kg/mu × ${target.factor}.`,
  };
}

function supplyBasis(step: Step, method: Method, crop: CropNutrientEntry): LocalizedText {
  const n = step.nutrient;
  switch (method.kind) {
    case 'soilTest': {
      const test = decimalText(method.soilTestMgPerKg[n]);
      const layer = method.ploughLayerFactor ?? PLOUGH_LAYER_FACTOR;
      const c = method.correction[n];
      return {
        'zh-CN': `测定值 ${test} 毫克/公斤 × ${layer} × 校正系数 ${c}`,
        en: `test ${test} mg/kg × ${layer} × correction ${c}`,
      };
    }
    case 'nutrientBalance': {
      const stock = decimalText(method.soilNutrientKgPerMu[n]);
      const share = percentText(method.soilUtilisation[n]);
      return {
        'zh-CN': `土壤养分 ${stock} 公斤/亩 × 利用率 ${share}`,
        en: `soil stock ${stock} kg/mu × ${share} used`,
      };
    }
    case 'yieldDifference': {
      const blank = decimalText(method.blankYieldKgPerMu);
      const uptake = decimalText(crop.uptakePer100Kg[n]);
      return {
        'zh-CN': `空白区产量 ${blank} 公斤/亩 × ${uptake} 公斤/百公斤`,
        en: `blank-plot yield ${blank} kg/mu × ${uptake} kg per 100 kg`,
      };
    }
  }
}

/**
 * One nutrient's steps in plain language: uptake, soil supply and its basis, deficit,
 * utilisation, legume adjustment, product and plot totals.
 * @internal
 */
export function nutrientReason(
  step: Step,
  context: { readonly crop: CropNutrientEntry; readonly method: Method; readonly areaMu: number },
): LocalizedText {
  const { crop, method, areaMu } = context;
  const label = NUTRIENT_LABELS[step.nutrient];
  const basis = supplyBasis(step, method, crop);
  const uptake = decimalText(step.cropUptakeKgPerMu);
  const supply = decimalText(step.soilSupplyKgPerMu);
  const head = {
    'zh-CN': `${label['zh-CN']}：目标产量需吸收 ${uptake} 公斤/亩，土壤供应 ${supply} 公斤/亩（${basis['zh-CN']}）`,
    en: `${capitalise(label.en)}: the target yield takes up ${uptake} kg/mu; the soil supplies ${supply} kg/mu (${basis.en})`,
  };
  if (step.deficitKgPerMu <= 0 || step.nutrientKgPerMu === 0) {
    return {
      'zh-CN': `${head['zh-CN']}，土壤供应已足，本季不施。`,
      en: `${head.en}, which is enough: none this season.`,
    };
  }
  const deficit = decimalText(step.deficitKgPerMu);
  const utilisation = percentText(step.utilisation);
  const fertilizer = decimalText(step.fertilizerNutrientKgPerMu);
  let zh = `${head['zh-CN']}，缺口 ${deficit} 公斤/亩；按当季利用率 ${utilisation} 需施纯养分 ${fertilizer} 公斤/亩`;
  let en = `${head.en}; the gap of ${deficit} kg/mu at ${utilisation} current-season utilisation needs ${fertilizer} kg/mu of nutrient`;
  if (step.legumeFactor < 1) {
    const fixed = percentText(1 - step.legumeFactor);
    const dose = decimalText(step.nutrientKgPerMu);
    zh += `；${crop.name['zh-CN']}约 ${fixed} 的氮来自根瘤固氮，实施 ${dose} 公斤/亩`;
    en += `; ${crop.name.en} fixes about ${fixed} of its nitrogen, so apply ${dose} kg/mu`;
  }
  if (step.product) {
    const kg = decimalText(step.product.kgPerMu);
    zh += `，折${step.product.name['zh-CN']} ${kg} 公斤/亩`;
    en += `, that is ${kg} kg/mu of ${step.product.name.en}`;
  }
  if (areaMu !== 1) {
    const area = decimalText(areaMu);
    const total = decimalText(step.product ? step.product.kgForPlot : step.nutrientKgForPlot);
    const what = step.product ? { 'zh-CN': step.product.name['zh-CN'], en: step.product.name.en } : null;
    zh += `；${area} 亩共 ${total} 公斤${what ? what['zh-CN'] : '纯养分'}`;
    en += `; ${total} kg ${what ? `of ${what.en}` : 'of nutrient'} for ${area} mu`;
  }
  return { 'zh-CN': `${zh}。`, en: `${en}.` };
}
