import {
  type CreditFeatureDefinition,
  type CreditFeatureInput,
  CreditFeatureInputSchema,
  parseInput,
  readMemberRecords,
} from '@hezuo/core';
import { AGRI_INPUT_PURCHASE_KIND, AgriInputPurchaseRecordSchema } from './purchaseRecord';
import { countPurchaseSeasons } from './purchaseSeasons';

/** The id of the input purchase seasons credit characteristic: `agriInput.purchaseSeasons`. */
export const PURCHASE_SEASONS_FEATURE_ID = 'agriInput.purchaseSeasons';

/**
 * Reads a member's input purchases from the store and counts the seasons with a purchase (see
 * {@link countPurchaseSeasons}). Only the member's own records are read and validated, so one
 * malformed record of another member cannot block this one's assessment.
 *
 * @throws HezuoError `INVALID_INPUT` (path `input`, field) for a bad member id, date or store;
 * `INVALID_RECORD` (path `agriInput.purchase`, id, field) when one of the member's stored
 * purchases does not match {@link AgriInputPurchaseRecordSchema}
 */
export async function computePurchaseSeasons(input: CreditFeatureInput): Promise<number> {
  const { memberId, asOf, store } = parseInput(CreditFeatureInputSchema, input, { path: ['input'] });
  const purchases = await readMemberRecords(
    store,
    AGRI_INPUT_PURCHASE_KIND,
    AgriInputPurchaseRecordSchema,
    memberId,
  );
  return countPurchaseSeasons(purchases, memberId, asOf);
}

/**
 * The credit characteristic of seasons buying inputs through the cooperative (通过合作社购买农资的
 * 季数), 0 to 6 over three years. A member who comes back season after season farms steadily and
 * keeps a working tie with the cooperative: the production leg of the three-in-one model.
 */
export const purchaseSeasonsFeature: CreditFeatureDefinition = Object.freeze({
  id: PURCHASE_SEASONS_FEATURE_ID,
  type: 'numeric',
  unit: 'seasons',
  label: Object.freeze({
    'zh-CN': '通过合作社购买农资的季数',
    en: 'Seasons buying inputs through the co-op',
  }),
  description: Object.freeze({
    'zh-CN':
      '截至评估日的六个农季（半年：1–6 月为春季，7–12 月为秋季，含评估日所在农季）中，成员在合作社购买过农资的季数，0 至 6。安装本插件即表示合作社经营农资门市，成员从未购买记为 0，而非空值。',
    en: 'Of the six farming seasons up to the as-of date (half-years: January to June spring, July to December autumn, counting the one that contains the as-of date), the number in which the member bought inputs from the cooperative, 0 to 6. With this plugin installed the cooperative runs an input shop, so a member who bought nothing there counts 0, not empty.',
  }),
  compute: computePurchaseSeasons,
});
