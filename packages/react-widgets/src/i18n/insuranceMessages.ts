import type { Locale } from '@hezuo/core';

/**
 * The texts of `InsuranceQuote`. Functions fill in values already formatted. A catalogue of its
 * own so that the widget's bundle carries its own texts only; `WIDGET_MESSAGES` holds these too.
 */
export interface InsuranceWidgetMessages {
  readonly insuranceTitle: string;
  readonly insuranceProduct: string;
  readonly insuranceProductTerms: (sumInsuredPerMu: string, rate: string) => string;
  readonly insuranceArea: string;
  readonly insuranceSubmit: string;
  readonly insuranceRequired: string;
  readonly insuranceAreaInvalid: string;
  readonly insuranceAreaOverContract: (contractedMu: string) => string;
  readonly insuranceFixErrors: (count: number) => string;
  readonly insuranceFailed: string;
  readonly insuranceQuoted: (premium: string, farmer: string) => string;
  readonly insuranceSumInsured: string;
  readonly insurancePremium: string;
  readonly insurancePremiumPerMu: string;
  readonly insuranceFarmerPays: string;
  readonly insuranceSplitCaption: string;
  readonly insurancePayer: string;
  readonly insuranceShare: string;
  readonly insuranceAmount: string;
  readonly insuranceTotal: string;
  readonly insurancePayers: Readonly<Record<'centre' | 'province' | 'county' | 'farmer', string>>;
  readonly insuranceAreaWithin: (contractedMu: string) => string;
  readonly insuranceNoContracts: string;
}

const ZH_CN: InsuranceWidgetMessages = {
  insuranceTitle: '农业保险保费测算',
  insuranceProduct: '保险产品',
  insuranceProductTerms: (sumInsuredPerMu, rate) => `每亩保险金额 ${sumInsuredPerMu}，费率 ${rate}`,
  insuranceArea: '投保面积（亩）',
  insuranceSubmit: '计算保费',
  insuranceRequired: '此项必填。',
  insuranceAreaInvalid: '请填写大于 0 的亩数，例如 12.5。',
  insuranceAreaOverContract: (contractedMu) => `投保面积超过了托管合同面积（${contractedMu} 亩）。`,
  insuranceFixErrors: (count) => `有 ${count} 项需要修改。`,
  insuranceFailed: '无法按此保险产品的条件测算保费。',
  insuranceQuoted: (premium, farmer) => `保费 ${premium}，其中农户自缴 ${farmer}。`,
  insuranceSumInsured: '保险金额',
  insurancePremium: '保费合计',
  insurancePremiumPerMu: '每亩保费',
  insuranceFarmerPays: '农户自缴',
  insuranceSplitCaption: '保费分担',
  insurancePayer: '承担方',
  insuranceShare: '比例',
  insuranceAmount: '金额',
  insuranceTotal: '合计',
  insurancePayers: { centre: '中央财政', province: '省级财政', county: '县级财政', farmer: '农户' },
  insuranceAreaWithin: (contractedMu) => `已核对托管合同：合同面积 ${contractedMu} 亩，投保面积未超出。`,
  insuranceNoContracts: '未找到该成员的托管合同，投保面积未核对。',
};

const EN: InsuranceWidgetMessages = {
  insuranceTitle: 'Crop insurance quote',
  insuranceProduct: 'Insurance product',
  insuranceProductTerms: (sumInsuredPerMu, rate) => `Sum insured ${sumInsuredPerMu} per mu, rate ${rate}`,
  insuranceArea: 'Insured area (mu)',
  insuranceSubmit: 'Calculate the premium',
  insuranceRequired: 'This field is required.',
  insuranceAreaInvalid: 'Enter an area in mu above 0, such as 12.5.',
  insuranceAreaOverContract: (contractedMu) =>
    `The insured area is larger than the land under trusteeship contract (${contractedMu} mu).`,
  insuranceFixErrors: (count) => `${count} ${count === 1 ? 'field needs' : 'fields need'} correcting.`,
  insuranceFailed: "No premium can be calculated on this insurance product's terms.",
  insuranceQuoted: (premium, farmer) => `Premium ${premium}, of which the farmer pays ${farmer}.`,
  insuranceSumInsured: 'Sum insured',
  insurancePremium: 'Total premium',
  insurancePremiumPerMu: 'Premium per mu',
  insuranceFarmerPays: 'Paid by the farmer',
  insuranceSplitCaption: 'Who pays the premium',
  insurancePayer: 'Payer',
  insuranceShare: 'Share',
  insuranceAmount: 'Amount',
  insuranceTotal: 'Total',
  insurancePayers: { centre: 'Central government', province: 'Province', county: 'County', farmer: 'Farmer' },
  insuranceAreaWithin: (contractedMu) =>
    `Checked against the trusteeship contracts: ${contractedMu} mu under contract; the insured area is within it.`,
  insuranceNoContracts: 'No trusteeship contract found for this member; the insured area was not checked.',
};

/** {@link InsuranceWidgetMessages} in `zh-CN` and `en`; part of `WIDGET_MESSAGES`. @internal */
export const INSURANCE_WIDGET_MESSAGES: Readonly<Record<Locale, InsuranceWidgetMessages>> = Object.freeze({
  'zh-CN': ZH_CN,
  en: EN,
});
