import type { OwnershipEntity } from '../entity';
import type { HoldingInput } from '../holding';

/** A deterministic pseudo-random sequence (LCG), so every run builds the same graph. */
function lcg(seed: number): (bound: number) => number {
  let state = seed >>> 0;
  return (bound) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return Math.floor((state / 0x1_0000_0000) * bound);
  };
}

/** Splits `total` basis points into `parts` positive whole parts at random cut points. */
function partition(next: (bound: number) => number, total: number, parts: number): number[] {
  const cuts = new Set<number>();
  while (cuts.size < parts - 1) cuts.add(1 + next(total - 1));
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: number[] = [];
  let previous = 0;
  for (const cut of [...sorted, total]) {
    out.push(cut - previous);
    previous = cut;
  }
  return out;
}

/** A generated province-sized graph and the ids worth querying. */
export interface GeneratedGraph {
  readonly entities: OwnershipEntity[];
  readonly holdings: HoldingInput[];
  /** Every service centre. */
  readonly serviceCenters: string[];
  /** An enterprise held by every service centre: its upstream is nearly the whole graph. */
  readonly apex: string;
}

/**
 * A Shandong-style province: farmers hold co-ops (a tenth of the co-ops also hold 10 % of
 * another co-op, in rings of 2 to 4 and one of 50: cross-holding cycles);
 * co-ops (≥ 80 %) and enterprises or the state hold township unions; unions (≥ 70 %), the state
 * and staff platforms hold service centres; staff platforms, unions and the state hold
 * enterprises; and one apex company is held by all service centres equally.
 */
export function generateProvince(entityCount = 100_000, holdingCount = 300_000, seed = 2026): GeneratedGraph {
  const next = lcg(seed);
  const scale = entityCount / 100_000;
  const count = (x: number): number => Math.max(1, Math.round(x * scale));
  const centres = count(1000);
  const unions = count(3000);
  const coops = count(30_000);
  const staff = count(200);
  const states = count(10);
  const villages = count(2000);
  const enterprises = count(3789);
  const farmers = entityCount - centres - unions - coops - staff - states - villages - enterprises - 1;

  const entities: OwnershipEntity[] = [];
  const add = (prefix: string, kind: OwnershipEntity['kind'], n: number): string[] => {
    const ids = Array.from({ length: n }, (_, i) => `${prefix}${i}`);
    for (const id of ids) entities.push({ id, kind });
    return ids;
  };
  const farmerIds = add('f', 'farmer', farmers);
  const villageIds = add('v', 'villageCollective', villages);
  const stateIds = add('s', 'state', states);
  const staffIds = add('p', 'staff', staff);
  const coopIds = add('c', 'cooperative', coops);
  const unionIds = add('u', 'cooperativeUnion', unions);
  const centreIds = add('sc', 'serviceCenter', centres);
  const enterpriseIds = add('e', 'enterprise', enterprises);
  const apex = 'apex';
  entities.push({ id: apex, kind: 'enterprise' });

  const holdings: HoldingInput[] = [];
  const hold = (holderId: string, heldId: string, bp: number): void => {
    holdings.push({ holderId, heldId, stake: { bp } });
  };
  const pick = (ids: readonly string[]): string => ids[next(ids.length)] as string;

  // Unions: 8-12 co-ops hold 80-90 %; an enterprise or the state the rest.
  for (const union of unionIds) {
    const coopShare = 8000 + next(11) * 100;
    const members = new Set<string>();
    const size = 8 + next(5);
    while (members.size < size) members.add(pick(coopIds));
    const list = [...members];
    partition(next, coopShare, size).forEach((bp, i) => {
      hold(list[i] as string, union, bp);
    });
    hold(next(2) === 0 ? pick(enterpriseIds) : pick(stateIds), union, 10_000 - coopShare);
  }
  // Service centres: 2-3 unions hold 70-80 %; the state and a staff platform the rest.
  for (const centre of centreIds) {
    const unionShare = 7000 + next(11) * 100;
    const members = new Set<string>();
    const size = 2 + next(2);
    while (members.size < size) members.add(pick(unionIds));
    const list = [...members];
    partition(next, unionShare, size).forEach((bp, i) => {
      hold(list[i] as string, centre, bp);
    });
    const rest = 10_000 - unionShare;
    const stateShare = 1 + next(rest - 1);
    hold(pick(stateIds), centre, stateShare);
    hold(pick(staffIds), centre, rest - stateShare);
  }
  // Enterprises: a staff platform 34-60 %, a union and the state the rest.
  for (const enterprise of enterpriseIds) {
    const staffShare = 3400 + next(27) * 100;
    const unionShare = 1 + next(10_000 - staffShare - 1);
    hold(pick(staffIds), enterprise, staffShare);
    hold(pick(unionIds), enterprise, unionShare);
    hold(pick(stateIds), enterprise, 10_000 - staffShare - unionShare);
  }
  // The apex company: every service centre holds an equal part (10,000 bp / centres).
  const apexParts = partition(next, 10_000, Math.min(centres, 10_000));
  centreIds.forEach((centre, i) => {
    const bp = apexParts[i];
    if (bp !== undefined) hold(centre, apex, bp);
  });
  // Cross-holdings: a tenth of the co-ops, in rings of 2 to 4 (and one ring of 50), each holding
  // 10 % of the next co-op of its ring.
  const crossCount = Math.floor(coops / 10);
  const cross = coopIds.slice(0, crossCount);
  for (let i = cross.length - 1; i > 0; i--) {
    const j = next(i + 1);
    [cross[i], cross[j]] = [cross[j] as string, cross[i] as string];
  }
  for (let start = 0; start < cross.length; ) {
    const size = Math.min(cross.length - start, start === 0 ? 50 : 2 + next(3));
    if (size < 2) break;
    for (let i = 0; i < size; i++)
      hold(cross[start + i] as string, cross[start + ((i + 1) % size)] as string, 1000);
    start += size;
  }
  // Farmers and village collectives fill each co-op (90 % for co-ops with a co-op holder),
  // sharing out the holdings left so every co-op has at least two.
  const left = holdingCount - holdings.length;
  const crossSet = new Set(cross);
  const perCoop = Math.max(2, Math.floor(left / coops));
  let extra = left - perCoop * coops;
  for (const coop of coopIds) {
    let size = perCoop;
    if (extra > 0) {
      size++;
      extra--;
    }
    const total = crossSet.has(coop) ? 9000 : 10_000;
    const members = new Set<string>();
    if (next(5) === 0) members.add(pick(villageIds));
    while (members.size < size) members.add(pick(farmerIds));
    const list = [...members];
    partition(next, total, size).forEach((bp, i) => {
      hold(list[i] as string, coop, bp);
    });
  }
  return { entities, holdings, serviceCenters: centreIds, apex };
}
