import {
  type CreditFeatureDefinition,
  type CreditFeatureInput,
  CreditFeatureInputSchema,
  parseInput,
  readMemberRecords,
} from '@hezuo/core';
import { sumPurchasesInYear } from './purchaseAmount';
import { AGRI_INPUT_PURCHASE_KIND, AgriInputPurchaseRecordSchema } from './purchaseRecord';

/** The id of the input purchase amount credit characteristic: `agriInput.purchaseAmountFen`. */
export const PURCHASE_AMOUNT_FEATURE_ID = 'agriInput.purchaseAmountFen';

/**
 * Reads a member's input purchases from the store and sums the last twelve months (see
 * {@link sumPurchasesInYear}). Only the member's own records are read and validated.
 *
 * @throws HezuoError `INVALID_INPUT` (path `input`, field) for a bad member id, date or store;
 * `INVALID_RECORD` (path `agriInput.purchase`, id, field) for a malformed stored purchase of the member
 */
export async function computePurchaseAmount(input: CreditFeatureInput): Promise<number> {
  const { memberId, asOf, store } = parseInput(CreditFeatureInputSchema, input, { path: ['input'] });
  const purchases = await readMemberRecords(
    store,
    AGRI_INPUT_PURCHASE_KIND,
    AgriInputPurchaseRecordSchema,
    memberId,
  );
  return sumPurchasesInYear(purchases, memberId, asOf);
}

/**
 * The credit characteristic of the amount spent on inputs through the cooperative in the last
 * twelve months (近 12 个月通过合作社购买农资金额), in fen: the size of the farm's production
 * and of its tie with the cooperative, beside the regularity `agriInput.purchaseSeasons` measures.
 */
export const purchaseAmountFeature: CreditFeatureDefinition = Object.freeze({
  id: PURCHASE_AMOUNT_FEATURE_ID,
  type: 'numeric',
  unit: 'fen',
  label: Object.freeze({
    'zh-CN': '近 12 个月通过合作社购买农资金额',
    en: 'Inputs bought through the co-op in the last 12 months',
  }),
  description: Object.freeze({
    'zh-CN':
      '评估日前 12 个月内（上年同日次日至评估日，含评估日）成员在合作社购买农资的金额合计，单位为分。安装本插件即表示合作社经营农资门市，成员未购买记为 0，而非空值。',
    en: "The sum, in fen, of the member's input purchases from the cooperative in the twelve months up to the as-of date (from the day after the same date a year earlier, to the as-of date inclusive). With this plugin installed the cooperative runs an input shop, so a member who bought nothing counts 0, not empty.",
  }),
  compute: computePurchaseAmount,
});
