import type { CountyInsurancePolicy } from './county';
import { dayNumber, isoDate } from './days';
import type { HouseholdDraft } from './draft';
import { portableLn } from './portableMath';
import { logistic, type Random } from './random';

/**
 * The season's winter-wheat policy of a household, if it takes one (larger and better farms
 * more often): 450 yuan insured per mu at 6 %, the centre paying 35 % (an eastern province), the
 * province 25 %, the county 10 % and the farmer 30 %. A household hit by the season's shock
 * reports a loss far more often (hail in May, drought in April) than one that was not.
 *
 * A household with a trusteeship contract still `completed` (its balance unpaid) takes none: the
 * finance plugin checks an insured area against such contracts, and its wheat land would not fit.
 * @internal
 */
export function seasonPolicy(
  random: Random,
  h: HouseholdDraft,
  year: number,
  wheatPriceFen: number,
  openContract: boolean,
): CountyInsurancePolicy | null {
  if (h.wheatTenths === 0 || openContract) return null;
  if (!random.chance(logistic(-0.6 + 0.5 * portableLn(h.landTenths / 70) + 0.3 * h.skill))) return null;
  const outputValuePerMuFen = Math.max(60_000, Math.round(h.wheatYield) * wheatPriceFen);
  let loss: CountyInsurancePolicy['loss'] = null;
  if (random.chance(0.06 + (h.seasonShock ? 0.3 : 0))) {
    const hail = random.chance(0.6);
    const damagedTenths = Math.max(1, Math.round(h.wheatTenths * (0.3 + 0.7 * random.next())));
    loss = {
      reportedOn: isoDate(dayNumber(year, hail ? 5 : 4, random.int(5, 28))),
      peril: hail ? 'hail' : 'drought',
      growthStage: hail ? 'headingToFilling' : 'jointingToHeading',
      lossRate: (random.int(10, 95) / 100).toFixed(2),
      damagedAreaMu: damagedTenths / 10,
    };
  }
  return {
    id: `IP-${h.id}-${year}`,
    memberId: h.id,
    crop: 'wheat',
    startDate: isoDate(dayNumber(year, 3, 1)),
    endDate: isoDate(dayNumber(year, 6, 20)),
    premium: {
      sumInsuredPerMuFen: 45_000,
      premiumRate: '0.06',
      areaMu: h.wheatTenths / 10,
      outputValuePerMuFen,
    },
    subsidy: { kind: 'crop', region: 'east', provinceShare: '0.25', countyShare: '0.1' },
    loss,
  };
}
