import type { CountyPlot } from './county';
import { dayNumber, isoDate } from './days';
import type { CooperativeDraft, HouseholdDraft, TownshipDraft } from './draft';
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES, SURNAMES } from './gaomi';
import type { IdentityMint } from './identities';
import { portableExp, portableLn } from './portableMath';
import { logistic, type Random } from './random';
import { pointNear } from './structure';

/** The random streams households draw from. @internal */
export interface HouseholdStreams {
  readonly people: Random;
  readonly traits: Random;
  readonly land: Random;
  readonly membership: Random;
}

/** What households are built from. @internal */
export interface HouseholdContext {
  readonly streams: HouseholdStreams;
  readonly mint: IdentityMint;
  readonly year: number;
  readonly historyYears: number;
  readonly width: number;
}

const SURNAME_WEIGHTS = SURNAMES.map(([, w]) => w);
const WORKING_MEMBER_WEIGHTS = [0.25, 0.45, 0.2, 0.1];

/** `value` kept within `[min, max]` (for drawn quantities, never for input). */
function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/**
 * Splits whole tenths of a mu in proportion to small integer weights by largest remainder (ties
 * to the earlier plot), every part at least its floor share; the parts sum to the whole.
 */
function splitTenths(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => Math.floor((total * w) / sum));
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = weights
    .map((w, i) => [(total * w) % sum, i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) {
    const i = (order[k] as readonly [number, number])[1];
    parts[i] = (parts[i] as number) + 1;
  }
  return parts;
}

/** Splits a household's land into plots near its village, to 0.1 mu, summing exactly. */
function buildPlots(
  random: Random,
  id: string,
  cooperative: CooperativeDraft,
  village: { readonly name: string; readonly lng: number; readonly lat: number },
  serviceCenterId: string,
  landTenths: number,
): CountyPlot[] {
  const count = clamp(
    Math.round(landTenths / 35) + random.int(-1, 1),
    1,
    Math.min(6, Math.floor(landTenths / 10)),
  );
  const tenths = splitTenths(
    landTenths,
    Array.from({ length: count }, () => random.int(5, 15)),
  );
  return tenths.map((t, k) => ({
    id: `${id}-P${k + 1}`,
    memberId: id,
    cooperativeId: cooperative.id,
    village: village.name,
    // Carrot growers keep their first plot for carrots; the rest is winter wheat then summer maize.
    crop: cooperative.industry === 'carrot' && k === 0 && count >= 2 ? 'carrot' : 'wheat',
    registeredAreaMu: t / 10,
    location: pointNear(random, village.lng, village.lat, 0.8),
    serviceCenterId,
  }));
}

/**
 * The households of one township: founders of each cooperative first, then the other members,
 * each with a head (name, synthetic resident ID), hidden traits, land and plots.
 * @internal
 */
export function buildTownshipHouseholds(
  context: HouseholdContext,
  township: TownshipDraft,
  cooperatives: readonly CooperativeDraft[],
  count: number,
  serviceCenterId: string,
  firstIndex: number,
): HouseholdDraft[] {
  const { people, traits, land, membership } = context.streams;
  const { year } = context;
  const foundersEach = Math.min(membership.int(5, 8), Math.floor(count / cooperatives.length));
  // Grassroots co-op about a third of the members; the farmer co-ops share the rest.
  const weights = cooperatives.map((c) =>
    c.kind === 'grassrootsCooperative'
      ? 0.35
      : (0.65 * (0.6 + 0.8 * membership.next())) / (cooperatives.length - 1),
  );
  const households: HouseholdDraft[] = [];
  for (let k = 0; k < count; k++) {
    const index = firstIndex + k;
    const id = `H${String(index + 1).padStart(context.width, '0')}`;
    const founding = k < foundersEach * cooperatives.length;
    const cooperative = founding
      ? (cooperatives[Math.floor(k / foundersEach)] as CooperativeDraft)
      : (cooperatives[membership.weighted(weights)] as CooperativeDraft);
    const village = people.pick(township.villages);

    const sex = people.chance(0.82) ? 'male' : 'female';
    const surname = (SURNAMES[people.weighted(SURNAME_WEIGHTS)] as readonly [string, number])[0];
    const given = people.pick(sex === 'male' ? MALE_GIVEN_NAMES : FEMALE_GIVEN_NAMES);
    const age = clamp(Math.round(54 + 10 * people.normal()), 24, 79);
    // Born in the year that makes them `age` on 1 January of the season (birthday later in the year).
    const birthDate = isoDate(dayNumber(year - age - 1, people.int(1, 12), people.int(1, 28)));
    const workingMembers = 1 + people.weighted(age >= 68 ? [0.6, 0.35, 0.05, 0] : WORKING_MEMBER_WEIGHTS);

    const skill = traits.normal();
    const discipline = 0.3 * skill + Math.sqrt(1 - 0.09) * traits.normal();
    const exposure = traits.normal();
    const badYear = logistic(-2.6 + 0.9 * exposure);
    const shocks = Array.from({ length: context.historyYears }, () => traits.chance(badYear));
    const seasonShock = traits.chance(badYear);
    const honours = Math.min(3, traits.poisson(0.12 * portableExp(0.7 * skill + 0.3 * discipline)));
    const adverseRecords = Math.min(
      3,
      traits.poisson(0.05 * portableExp(-1.0 * discipline + 0.4 * exposure)),
    );

    let mu = portableExp(portableLn(7) + 0.15 * skill + 0.1 * (workingMembers - 2) + 0.5 * land.normal());
    if (land.chance(0.03)) mu *= 5 + 10 * land.next(); // 种粮大户: a few large growers
    const landTenths = clamp(Math.round(mu * 10), 10, 4000);
    const plots = buildPlots(land, id, cooperative, village, serviceCenterId, landTenths);
    let wheatTenths = 0;
    let carrotTenths = 0;
    for (const p of plots) {
      const t = Math.round(p.registeredAreaMu * 10);
      if (p.crop === 'carrot') carrotTenths += t;
      else wheatTenths += t;
    }
    const capitalYuan = founding
      ? 100 * land.int(20, 100)
      : 100 *
        clamp(
          Math.round(15 * Math.sqrt(landTenths / 70) * portableExp(0.25 * skill + 0.4 * land.normal())),
          5,
          1000,
        );

    const household: HouseholdDraft = {
      index,
      id,
      township,
      village: village.name,
      cooperative,
      joinedDay: cooperative.foundedDay,
      name: `${surname}${given}`,
      sex,
      birthDate,
      residentId: context.mint.residentId(birthDate, sex),
      age,
      workingMembers,
      skill,
      discipline,
      exposure,
      shocks,
      seasonShock,
      plots,
      landTenths,
      wheatTenths,
      carrotTenths,
      wheatYield: 480 * portableExp(0.07 * skill + 0.05 * land.normal()),
      maizeYield: 560 * portableExp(0.07 * skill + 0.05 * land.normal()),
      carrotYield: 4200 * portableExp(0.08 * skill + 0.06 * land.normal()),
      shareCapitalFen: capitalYuan * 100,
      reserveShareFen: 0,
      honours,
      adverseRecords,
      probabilityBad: 0,
      defaulted: false,
    };
    if (founding) cooperative.founders++;
    else {
      // Joined some time between founding and the end of the last history year.
      const first = cooperative.foundedDay + 20;
      const last = dayNumber(year - 1, 11, 30);
      household.joinedDay = first + Math.floor(membership.next() * (last - first + 1));
    }
    cooperative.members.push(household);
    households.push(household);
  }
  return households;
}
