import { allocate } from '../money/allocate';
import type {
  CountyCooperative,
  CountyFederation,
  CountyServiceCenter,
  CountyUnion,
  SamplePoint,
  Township,
} from './county';
import { dayNumber, isoDate, parseDay } from './days';
import type { CooperativeDraft, TownshipDraft } from './draft';
import {
  COOPERATIVE_STEMS,
  GAOMI_REGION_CODE,
  GAOMI_TOWNSHIPS,
  SURNAMES,
  VILLAGE_PREFIXES,
  VILLAGE_SUFFIXES,
} from './gaomi';
import type { IdentityMint } from './identities';
import type { Random } from './random';

/**
 * Degrees of latitude per km, and of longitude per km at Gaomi's latitude (36.4° N:
 * 1 / (111.2 × cos 36.4°)), written out so that no engine's cosine enters a county.
 */
const LAT_PER_KM = 1 / 111.2;
const LNG_PER_KM = 0.011172661269023514;

/** Rounds a coordinate to 6 decimals (about 0.1 m). */
function coordinate(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** A GCJ-02 point. @internal */
export function point(lng: number, lat: number): SamplePoint {
  return { lng: coordinate(lng), lat: coordinate(lat), datum: 'GCJ-02' };
}

/** A point within `radiusKm` of a centre, uniform over the disc. @internal */
export function pointNear(random: Random, lng: number, lat: number, radiusKm: number): SamplePoint {
  // By rejection from the square: uniform over the disc, with no sine or cosine.
  for (;;) {
    const x = 2 * random.next() - 1;
    const y = 2 * random.next() - 1;
    if (x * x + y * y > 1) continue;
    return point(lng + radiusKm * x * LNG_PER_KM, lat + radiusKm * y * LAT_PER_KM);
  }
}

/** Relative rural population of the townships: subdistricts farm less. */
function townshipWeight(kind: 'town' | 'subdistrict'): number {
  return kind === 'town' ? 1.1 : 0.6;
}

/** The county's townships with their villages and their centres' yearly trusteeship fees. @internal */
export function buildTownships(random: Random, historyYears: number): TownshipDraft[] {
  const surnameWeights = SURNAMES.map(([, w]) => w);
  return GAOMI_TOWNSHIPS.map((seed, index) => {
    const reachKm = seed.terrain === 'hill' ? 5.5 : 3.5;
    const names = new Set<string>();
    const villages: { name: string; lng: number; lat: number }[] = [];
    const count = seed.kind === 'town' ? random.int(9, 14) : random.int(5, 8);
    while (villages.length < count) {
      const surname = (SURNAMES[random.weighted(surnameWeights)] as readonly [string, number])[0];
      const prefix = random.chance(0.3) ? random.pick(VILLAGE_PREFIXES) : '';
      const name = `${prefix}${surname}${random.pick(VILLAGE_SUFFIXES)}`;
      if (names.has(name)) continue;
      names.add(name);
      const at = pointNear(random, seed.lng, seed.lat, reachKm);
      villages.push({ name, lng: at.lng, lat: at.lat });
    }
    // 380-420 yuan per mu for a summer-maize season under full trusteeship, rising a little each year.
    const base = random.int(380, 400) * 100;
    const fees = Array.from({ length: historyYears }, (_, k) => base + k * 500 + random.int(0, 4) * 100);
    return {
      index,
      id: `T${String(index + 1).padStart(2, '0')}`,
      seed,
      regionCode: `${GAOMI_REGION_CODE}${seed.code}`,
      villages,
      trusteeshipFeePerMuFen: fees,
    };
  });
}

/** Households per township, by rural population, exact to the household. @internal */
export function householdsPerTownship(townships: readonly TownshipDraft[], households: number): number[] {
  return allocate(
    households,
    townships.map((t) => townshipWeight(t.seed.kind)),
  );
}

/** A random day in a year (days 1–28 of any month, so later month arithmetic keeps the day). @internal */
export function dayInYear(random: Random, year: number): number {
  return dayNumber(year, random.int(1, 12), random.int(1, 28));
}

/**
 * Plans each township's cooperatives: one grassroots supply-and-marketing co-op (基层社) and one
 * farmer cooperative per 150 households or so (at most 6), a quarter of them carrot growers.
 * @internal
 */
export function planCooperatives(
  random: Random,
  mint: IdentityMint,
  townships: readonly TownshipDraft[],
  counts: readonly number[],
  year: number,
): CooperativeDraft[] {
  const cooperatives: CooperativeDraft[] = [];
  const usedStems = new Set<string>();
  for (const township of townships) {
    const households = counts[township.index] as number;
    const farmerCoops = Math.max(1, Math.min(6, Math.round(households / 150)));
    const tNo = String(township.index + 1).padStart(2, '0');
    cooperatives.push({
      index: cooperatives.length,
      id: `C${tNo}00`,
      township,
      kind: 'grassrootsCooperative',
      industry: 'supplyAndMarketing',
      crops: ['wheat', 'maize'],
      name: `高密市${township.seed.name}供销合作社`,
      nameEn: `${township.seed.nameEn} Supply and Marketing Cooperative`,
      // Grassroots co-ops are registered as collective enterprises (91).
      uscc: mint.uscc('91', township.regionCode),
      foundedDay: dayInYear(random, year - random.int(8, 12)),
      members: [],
      founders: 0,
      unionId: null,
      serviceCenterId: null,
    });
    for (let k = 1; k <= farmerCoops; k++) {
      let stem = random.pick(COOPERATIVE_STEMS);
      // Names stay unique within the county; a stem repeats only once every stem is taken.
      for (let tries = 0; usedStems.has(`${township.index}:${stem[0]}`) && tries < 20; tries++)
        stem = random.pick(COOPERATIVE_STEMS);
      usedStems.add(`${township.index}:${stem[0]}`);
      const carrot = random.chance(0.25);
      cooperatives.push({
        index: cooperatives.length,
        id: `C${tNo}${String(k).padStart(2, '0')}`,
        township,
        kind: 'cooperative',
        industry: carrot ? 'carrot' : 'grain',
        crops: carrot ? ['carrot', 'wheat', 'maize'] : ['wheat', 'maize'],
        name: `高密市${township.seed.name}${stem[0]}${carrot ? '红萝卜种植' : '粮食种植'}专业合作社`,
        nameEn: `${township.seed.nameEn} ${stem[1]} ${carrot ? 'Carrot' : 'Grain'} Growers' Cooperative`,
        uscc: mint.uscc('93', township.regionCode),
        foundedDay: dayInYear(random, year - random.int(3, 11)),
        members: [],
        founders: 0,
        unionId: null,
        serviceCenterId: null,
      });
    }
  }
  return cooperatives;
}

/** The cooperatives as the county lists them. @internal */
export function cooperativeRecords(cooperatives: readonly CooperativeDraft[]): CountyCooperative[] {
  return cooperatives.map((c) => ({
    cooperative: {
      kind: c.kind,
      id: c.id,
      name: c.name,
      uscc: c.uscc,
      regionCode: c.township.regionCode,
      foundedOn: isoDate(c.foundedDay),
    },
    nameEn: c.nameEn,
    townshipId: c.township.id,
    industry: c.industry,
    crops: c.crops,
    unionId: c.unionId,
    serviceCenterId: c.serviceCenterId,
    founderIds: c.members.slice(0, c.founders).map((h) => h.id),
  }));
}

/** The townships as the county lists them. @internal */
export function townshipRecords(townships: readonly TownshipDraft[]): Township[] {
  return townships.map((t) => ({
    id: t.id,
    name: t.seed.name,
    nameEn: t.seed.nameEn,
    kind: t.seed.kind,
    regionCode: t.regionCode,
    centre: point(t.seed.lng, t.seed.lat),
    terrain: t.seed.terrain,
    villages: t.villages.map((v) => v.name),
  }));
}

/** One service centre per township, run by its grassroots co-op, a few hundred metres from the seat. @internal */
export function buildServiceCenters(
  random: Random,
  townships: readonly TownshipDraft[],
  cooperatives: readonly CooperativeDraft[],
): CountyServiceCenter[] {
  return townships.map((t) => {
    const runner = cooperatives.find(
      (c) => c.township === t && c.kind === 'grassrootsCooperative',
    ) as CooperativeDraft;
    const id = `SC${String(t.index + 1).padStart(2, '0')}`;
    runner.serviceCenterId = id;
    return {
      center: {
        id,
        name: `${t.seed.name}为农服务中心`,
        location: pointNear(random, t.seed.lng, t.seed.lat, 0.5),
        terrain: t.seed.terrain,
        cooperativeId: runner.id,
      },
      nameEn: `${t.seed.nameEn} Farmers' Service Centre`,
      townshipId: t.id,
    };
  });
}

/**
 * Unions of grain and carrot co-ops (联合社): two in three farmer co-ops join one, about six
 * co-ops per union, at least three each (Art. 56); founded after its last member.
 * @internal
 */
export function buildUnions(
  random: Random,
  mint: IdentityMint,
  cooperatives: readonly CooperativeDraft[],
  year: number,
): CountyUnion[] {
  const farmer = cooperatives.filter((c) => c.kind === 'cooperative');
  const unionCount = Math.max(1, Math.floor(farmer.length / 6));
  const members: CooperativeDraft[][] = Array.from({ length: unionCount }, () => []);
  let joined = 0;
  farmer.forEach((c, i) => {
    if (i % 3 === 2) return;
    (members[joined % unionCount] as CooperativeDraft[]).push(c);
    joined++;
  });
  // Early enough in the last history year for the federation to be founded after it.
  const latest = dayNumber(year - 1, 6, 30);
  const stems = ['东北乡', '胶河', '北部平原', '南山', '五龙河', '墨水河'];
  const stemsEn = ['Dongbeixiang', 'Jiaohe', 'Northern Plain', 'Nanshan', 'Wulonghe', 'Moshuihe'];
  return members.map((group, u) => {
    const id = `U${String(u + 1).padStart(2, '0')}`;
    for (const c of group) c.unionId = id;
    const after = Math.max(...group.map((c) => c.foundedDay)) + random.int(60, 400);
    return {
      cooperative: {
        kind: 'cooperativeUnion' as const,
        id,
        name: `高密市${stems[u % stems.length]}${u >= stems.length ? u + 1 : ''}种植专业合作社联合社`,
        uscc: mint.uscc('93', GAOMI_REGION_CODE),
        regionCode: GAOMI_REGION_CODE,
        foundedOn: isoDate(Math.min(after, latest)),
      },
      nameEn: `Gaomi ${stemsEn[u % stemsEn.length]}${u >= stems.length ? ` ${u + 1}` : ''} Growers' Cooperative Union`,
      memberCooperativeIds: group.map((c) => c.id),
    };
  });
}

/** The county federation (农合联): every union, every grassroots co-op, and the co-ops in no union. @internal */
export function buildFederation(
  random: Random,
  mint: IdentityMint,
  cooperatives: readonly CooperativeDraft[],
  unions: readonly CountyUnion[],
  year: number,
): CountyFederation {
  const lastUnion = unions
    .map((u) => u.cooperative.foundedOn)
    .sort()
    .at(-1) as string;
  const founded = Math.min(parseDay(lastUnion) + random.int(30, 200), dayNumber(year - 1, 12, 15));
  const memberIds = [
    ...unions.map((u) => u.cooperative.id),
    ...cooperatives.filter((c) => c.unionId === null).map((c) => c.id),
  ].sort();
  return {
    federation: {
      kind: 'federation',
      id: `F${GAOMI_REGION_CODE}`,
      name: '高密市农民合作经济组织联合会',
      level: 'county',
      type: 'regional',
      regionCode: GAOMI_REGION_CODE,
    },
    nameEn: "Gaomi Federation of Farmers' Cooperative Organisations",
    uscc: mint.uscc('51', GAOMI_REGION_CODE),
    foundedOn: isoDate(founded),
    memberIds,
  };
}
