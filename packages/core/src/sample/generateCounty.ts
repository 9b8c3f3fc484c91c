import { parseInput } from '../errors/fromZod';
import type {
  County,
  CountyDelivery,
  CountyFeePayment,
  CountyInputPurchase,
  CountyInstallment,
  CountyInsurancePolicy,
  CountyLoan,
  CountyTrusteeshipContract,
  Household,
} from './county';
import { type CountyOptions, CountyOptionsSchema } from './countyOptions';
import { transactionTotalsByYear } from './countyTransactions';
import { isoDate } from './days';
import { cooperativeDistributions } from './distributions';
import type { CooperativeDraft, HouseholdDraft } from './draft';
import { GAOMI_REGION_CODE } from './gaomi';
import { buildTownshipHouseholds } from './households';
import { IdentityMint } from './identities';
import { seasonPolicy } from './insurance';
import { drawDefault } from './latentDefault';
import { borrowsInYear, historyLoan, seasonLoan } from './loans';
import { householdDeliveries, householdPurchases, yearPrices } from './marketing';
import { cooperativeMeetings } from './meetings';
import { randomStream } from './random';
import {
  buildFederation,
  buildServiceCenters,
  buildTownships,
  buildUnions,
  cooperativeRecords,
  householdsPerTownship,
  planCooperatives,
  townshipRecords,
} from './structure';
import { householdContract, isTrusteeshipAdopter } from './trusteeshipHistory';

/** Six decimals are plenty for a trait or a probability, and keep the JSON short. */
function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** A household as the county lists it. */
function householdRecord(h: HouseholdDraft): Household {
  return {
    id: h.id,
    party: {
      kind: 'naturalPerson',
      id: h.id,
      name: h.name,
      residentId: h.residentId,
      farmer: true,
      regionCode: h.township.regionCode,
    },
    birthDate: h.birthDate,
    sex: h.sex,
    workingMembers: h.workingMembers,
    townshipId: h.township.id,
    village: h.village,
    cooperativeId: h.cooperative.id,
    joinedOn: isoDate(h.joinedDay),
    shareCapitalFen: h.shareCapitalFen,
    reserveShareFen: h.reserveShareFen,
    landMu: h.landTenths / 10,
    plots: h.plots,
    honours: h.honours,
    adverseRecords: h.adverseRecords,
    latent: {
      farmSkill: round6(h.skill),
      financialDiscipline: round6(h.discipline),
      shockExposure: round6(h.exposure),
      seasonShock: h.seasonShock,
      probabilityBad: round6(h.probabilityBad),
      defaulted: h.defaulted,
    },
  };
}

/**
 * 样本县 — generates a county from a seed: the ten townships of 高密市 (Gaomi, Shandong) with
 * their villages, a grassroots supply-and-marketing co-op (基层社) and farmer cooperatives
 * (农民专业合作社) in each, unions (联合社), the county federation (农合联), a service centre
 * (为农服务中心) per township, and member households with a head (synthetic resident ID with a
 * correct check character), land in plots near their village, share capital, and
 * `historyYears` years of history: deliveries, input purchases, member meetings, surplus
 * distributions, full-trusteeship contracts with their fees, and production loans with their
 * repayments. Then the season: every household draws a production loan, some insure their
 * wheat, and some default.
 *
 * Defaults follow a latent process. Each household has hidden traits (farming skill,
 * financial discipline, exposure to shocks) and a bad year now and then; the history is a noisy
 * function of them (paying on time, coming to meetings, buying inputs and delivering through the
 * co-op), and default in the season is a Bernoulli draw with probability
 * `logistic(intercept − 1.15·discipline − 0.5·skill + 0.55·exposure + 1.7·seasonShock + age)`.
 * About one household in nine defaults; a scorecard fitted on `countyCreditRows` finds the
 * traits through the history, not perfectly (the season's shock is not in it).
 *
 * Deterministic and pure: the same options give a deep-equal county on every platform (a seeded
 * sfc32 generator, no clock, no `Math.random`, and no `Math.exp` or `Math.log`, whose last bits
 * differ between engines). Money is integer fen and every sum of parts is exact; every date lies
 * between the first co-op's founding and the end of the season.
 *
 * @param options - see {@link CountyOptionsSchema}: `seed` (required), `households` (3,000),
 *   `year` (2026), `historyYears` (3)
 * @throws HezuoError `INVALID_INPUT` (path `options`, field) for bad options
 *
 * @example
 * ```ts
 * const county = generateCounty({ seed: 2026 });
 * county.households.length; // 3000
 * county.households[0].party.residentId; // a valid 18-character resident ID starting 370785
 * ```
 */
export function generateCounty(options: CountyOptions): County {
  const {
    seed,
    households: count,
    year,
    historyYears,
  } = parseInput(CountyOptionsSchema, options, {
    path: ['options'],
  });
  const stream = (name: string) => randomStream(seed, name);
  const structure = stream('structure');
  const mint = new IdentityMint(stream('identity'), GAOMI_REGION_CODE);

  const townships = buildTownships(structure, historyYears);
  const counts = householdsPerTownship(townships, count);
  const cooperatives = planCooperatives(structure, mint, townships, counts, year);
  const serviceCenters = buildServiceCenters(structure, townships, cooperatives);

  const context = {
    streams: {
      people: stream('people'),
      traits: stream('traits'),
      land: stream('land'),
      membership: stream('membership'),
    },
    mint,
    year,
    historyYears,
    width: Math.max(5, String(count).length),
  };
  const drafts: HouseholdDraft[] = [];
  for (const township of townships) {
    const own = cooperatives.filter((c) => c.township === township);
    const center = serviceCenters[township.index]?.center.id as string;
    drafts.push(
      ...buildTownshipHouseholds(
        context,
        township,
        own,
        counts[township.index] as number,
        center,
        drafts.length,
      ),
    );
  }
  const unions = buildUnions(structure, mint, cooperatives, year);
  const federation = buildFederation(structure, mint, cooperatives, unions, year);

  const outcome = stream('outcome');
  for (const h of drafts) drawDefault(outcome, h);

  const prices = yearPrices(stream('prices'), historyYears);
  const marketing = stream('marketing');
  const trusteeship = stream('trusteeship');
  const finance = stream('finance');
  const deliveries: CountyDelivery[] = [];
  const inputPurchases: CountyInputPurchase[] = [];
  const trusteeshipContracts: CountyTrusteeshipContract[] = [];
  const feePayments: CountyFeePayment[] = [];
  const loans: CountyLoan[] = [];
  const installments: CountyInstallment[] = [];
  for (const h of drafts) {
    const center = serviceCenters[h.township.index]?.center as { id: string; cooperativeId: string };
    const adopter = isTrusteeshipAdopter(trusteeship, h);
    let cutOff = false;
    for (let k = 0; k < historyYears; k++) {
      const y = year - historyYears + k;
      deliveries.push(...householdDeliveries(marketing, h, y, k, prices[k] as (typeof prices)[number]));
      inputPurchases.push(...householdPurchases(marketing, h, y, k));
      if (adopter && trusteeship.chance(0.85)) {
        const fee = h.township.trusteeshipFeePerMuFen[k] as number;
        const contract = householdContract(trusteeship, h, y, k, fee, center);
        if (contract) {
          trusteeshipContracts.push(contract.contract);
          feePayments.push(...contract.fees);
        }
      }
      // After a default the bank lends no more.
      if (!cutOff && borrowsInYear(finance, h)) {
        const loan = historyLoan(finance, h, y, k);
        loans.push(loan.loan);
        installments.push(...loan.installments);
        cutOff = loan.defaulted;
      }
    }
    const season = seasonLoan(finance, h, year);
    loans.push(season.loan);
    installments.push(...season.installments);
  }

  const meetingStream = stream('meetings');
  const meetings = cooperatives.flatMap((c) => cooperativeMeetings(meetingStream, c, year, historyYears));

  const members = drafts.map((h) => ({
    id: h.id,
    cooperativeId: h.cooperative.id,
    joinedOn: isoDate(h.joinedDay),
  }));
  const totals = transactionTotalsByYear({
    households: members,
    deliveries,
    inputPurchases,
    trusteeshipContracts,
    feePayments,
  });
  const surplus = stream('surplus');
  const surplusDistributions = cooperatives.flatMap((c: CooperativeDraft) =>
    cooperativeDistributions(surplus, c, totals, year, historyYears),
  );

  const insurance = stream('insurance');
  const wheatPrice = (prices[historyYears - 1] as (typeof prices)[number]).wheat;
  const open = new Set(trusteeshipContracts.filter((c) => c.status === 'completed').map((c) => c.memberId));
  const insurancePolicies = drafts
    .map((h) => seasonPolicy(insurance, h, year, wheatPrice, open.has(h.id)))
    .filter((p): p is CountyInsurancePolicy => p !== null);

  return {
    specVersion: 1,
    seed,
    year,
    historyYears,
    asOf: `${year}-01-01`,
    outcomeThrough: `${year}-12-31`,
    region: {
      code: GAOMI_REGION_CODE,
      name: '高密市',
      nameEn: 'Gaomi',
      province: '山东省',
      provinceEn: 'Shandong',
      subsidyRegion: 'east',
    },
    federation,
    unions,
    townships: townshipRecords(townships),
    cooperatives: cooperativeRecords(cooperatives),
    serviceCenters,
    households: drafts.map(householdRecord),
    deliveries,
    inputPurchases,
    trusteeshipContracts,
    feePayments,
    loans,
    installments,
    meetings,
    surplusDistributions,
    insurancePolicies,
  };
}
