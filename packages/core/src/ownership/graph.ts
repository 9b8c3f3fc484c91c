import { z } from 'zod';
import { parseInput } from '../errors/fromZod';
import { HezuoError } from '../errors/HezuoError';
import { hasOnlyKeys, isEntityId, isRecord } from '../governance/fastInput';
import { IdIndex } from '../internal/idIndex';
import { redactText } from '../logging/redact';
import { divideRounded } from '../money/rounding';
import { KIND_NUMBER, type OwnershipEntity, OwnershipEntitySchema } from './entity';
import {
  addFraction,
  compareFraction,
  type FractionInput,
  formatFraction,
  fractionOf,
  ONE,
  type Rational,
  UNITS_PER_ONE,
  unitsOf,
  ZERO,
} from './fraction';
import { type Holding, type HoldingInput, HoldingSchema } from './holding';

/** Most entities or holdings one graph may have; typed-array indexes stay 32-bit. */
const MAX_GRAPH_SIZE = 10_000_000;

/** Schema of {@link buildHoldingGraph}'s entity list. */
export const OwnershipEntitiesSchema = z.array(OwnershipEntitySchema).max(MAX_GRAPH_SIZE);

/** Schema of {@link buildHoldingGraph}'s holding list. */
export const HoldingsSchema = z.array(HoldingSchema).max(MAX_GRAPH_SIZE);

/**
 * A checked holding graph, made by {@link buildHoldingGraph}. Its lists are frozen copies of
 * the input; the indexes that make queries fast are kept out of reach, so a graph cannot be
 * edited into an unchecked state. Build a new graph to change it.
 */
export interface HoldingGraph {
  /** The entities, in input order. */
  readonly entities: readonly OwnershipEntity[];
  /** The holdings, in input order. */
  readonly holdings: readonly Holding[];
}

/**
 * The graph's indexes: entities numbered in input order; holdings grouped by the entity held
 * (compressed sparse rows), so the holders of an entity are one contiguous run.
 * @internal
 */
export interface GraphInternals {
  readonly ids: readonly string[];
  readonly kinds: Uint8Array;
  readonly index: IdIndex;
  /** Holders of entity e are at positions `inOffsets[e]` … `inOffsets[e + 1] − 1`. */
  readonly inOffsets: Int32Array;
  readonly inHolder: Int32Array;
  readonly inValue: Float64Array;
  /** The stake in whole 10^-12 units, or −1 when it is not a whole number of them. */
  readonly inUnits: Float64Array;
  /** The holding's index in the input list. */
  readonly inHolding: Int32Array;
  /** 1 when the entity's holders hold exactly 100 % of it. */
  readonly full: Uint8Array;
  readonly stakes: readonly FractionInput[];
  readonly exactCache: (Rational | undefined)[];
  /** Each entity's rank in id order, made on first need. */
  idRank?: Int32Array;
  /**
   * Per-query scratch, reused so a query allocates only for what it visits: a visit mark per
   * entity (kept all zero between queries), a queue, and the local edge list.
   */
  readonly scratch: {
    readonly seen: Int32Array;
    readonly queue: Int32Array;
    readonly offsets: Int32Array;
    readonly edgeHolder: Int32Array;
    readonly edgeValue: Float64Array;
    readonly edgePosition: Int32Array;
  };
  /** Names by entity number, or `undefined` when no entity has one. */
  readonly names: readonly (string | undefined)[] | undefined;
}

const INTERNALS = new WeakMap<object, GraphInternals>();

/** Schema of {@link HoldingGraph}: only a graph {@link buildHoldingGraph} returned passes. */
export const HoldingGraphSchema = z.custom<HoldingGraph>(
  (value) => typeof value === 'object' && value !== null && INTERNALS.has(value),
  { error: 'a holding graph must come from buildHoldingGraph' },
);

/** The indexes of a checked graph. @internal */
export function internalsOf(graph: HoldingGraph): GraphInternals {
  return INTERNALS.get(graph) as GraphInternals;
}

/** The exact stake at CSR position `k`. @internal */
export function edgeFraction(g: GraphInternals, k: number): Rational {
  const holding = g.inHolding[k] as number;
  let cached = g.exactCache[holding];
  if (!cached) {
    cached = fractionOf(g.stakes[holding] as FractionInput);
    g.exactCache[holding] = cached;
  }
  return cached;
}

/** The exact sum of the stakes at CSR positions `from` … `to − 1` that `take` accepts. @internal */
export function sumEdges(
  g: GraphInternals,
  from: number,
  to: number,
  take: (k: number) => boolean,
): Rational {
  let units = 0;
  let whole = true;
  for (let k = from; k < to && whole; k++) {
    if (!take(k)) continue;
    const u = g.inUnits[k] as number;
    if (u < 0) whole = false;
    else units += u; // whole units: exact while the sum stays below 2^53
  }
  if (whole && units <= Number.MAX_SAFE_INTEGER) return unitsToFraction(units);
  let sum = ZERO;
  for (let k = from; k < to; k++) if (take(k)) sum = addFraction(sum, edgeFraction(g, k));
  return sum;
}

/** Whole 10^-12 units as a fraction. @internal */
export function unitsToFraction(units: number): Rational {
  return units === 0 ? ZERO : { n: BigInt(units), d: BigInt(UNITS_PER_ONE) };
}

/** An id as it may appear in an error: identifier-shaped ids are masked. @internal */
export function shownId(id: string): string {
  return redactText(id);
}

/**
 * A fraction as a percentage for messages: two decimals, or up to four when two would hide
 * a difference (100.0001 % is not shown as 100.00 %). @internal
 */
export function percentText(value: Rational): string {
  const millionths = divideRounded(value.n * 1_000_000n, value.d, 'halfUp');
  return `${(Number(millionths) / 10_000).toFixed(4).replace(/0{1,2}$/, '')} %`;
}

function holdingRule(message: string, path: (string | number)[], details: Record<string, unknown>): never {
  throw new HezuoError('HOLDING_RULE', message, { path, details });
}

/**
 * Builds and checks a holding graph (持股关系图) between entities of any kind: farmers,
 * cooperatives, unions, service centres, enterprises, village collectives, the state, staff
 * platforms (DESIGN §3.3). Checks, in this order: every id known, no entity listed twice, no
 * self-holding, nobody holding a farmer (a natural person is not equity), no holder→held pair
 * listed twice, and the stakes in each entity summing to at most 100 % — exactly, as
 * fractions, so three stakes of 1/3 make 100 % and 33.34 % + 66.67 % does not pass.
 *
 * The graph indexes holdings by the entity held in typed arrays (compressed sparse rows), so
 * {@link lookThrough} visits only the upstream of the entity it is asked about.
 *
 * @param entities - every entity, each id once
 * @param holdings - the direct holdings between them
 * @returns the checked {@link HoldingGraph}
 * @throws HezuoError `INVALID_INPUT` for a malformed list or an id listed twice (path
 *   `entities.…`, `holdings.…`); `HOLDING_RULE` for an unknown id, a self-holding, a held
 *   farmer, a repeated pair, or stakes above 100 % (path `holdings.i.stake` of the holding that
 *   crosses 100 %, with the entity, its total and every stake in `details`)
 *
 * @example
 * ```ts
 * const graph = buildHoldingGraph(
 *   [{ id: 'f1', kind: 'farmer' }, { id: 'coop', kind: 'cooperative' }],
 *   [{ holderId: 'f1', heldId: 'coop', stake: { bp: 10_000 } }],
 * );
 * ```
 */
export function buildHoldingGraph(
  entities: readonly OwnershipEntity[],
  holdings: readonly HoldingInput[],
): HoldingGraph {
  const validEntities = parseInput(OwnershipEntitiesSchema, entities, { path: ['entities'] });
  const validHoldings = parseHoldings(holdings);
  const n = validEntities.length;
  const m = validHoldings.length;

  const index = new IdIndex();
  const ids = new Array<string>(n);
  const kinds = new Uint8Array(n);
  for (let e = 0; e < n; e++) {
    const entity = validEntities[e] as OwnershipEntity;
    if (!index.add(entity.id, e)) {
      throw new HezuoError('INVALID_INPUT', `entity ${shownId(entity.id)} is listed twice`, {
        path: ['entities', e, 'id'],
        details: { id: shownId(entity.id), reason: 'duplicate' },
      });
    }
    ids[e] = entity.id;
    kinds[e] = KIND_NUMBER.get(entity.kind) as number;
  }
  const farmer = KIND_NUMBER.get('farmer') as number;

  const holderOf = new Int32Array(m);
  const heldOf = new Int32Array(m);
  const inOffsets = new Int32Array(n + 1);
  for (let i = 0; i < m; i++) {
    const h = validHoldings[i] as Holding;
    const holder = index.get(h.holderId);
    if (holder === undefined)
      holdingRule(`no entity ${shownId(h.holderId)} in the graph`, ['holdings', i, 'holderId'], {
        id: shownId(h.holderId),
      });
    const held = index.get(h.heldId);
    if (held === undefined)
      holdingRule(`no entity ${shownId(h.heldId)} in the graph`, ['holdings', i, 'heldId'], {
        id: shownId(h.heldId),
      });
    if (holder === held)
      holdingRule(`entity ${shownId(h.heldId)} may not hold itself`, ['holdings', i, 'heldId'], {
        id: shownId(h.heldId),
        reason: 'selfHolding',
      });
    if (kinds[held] === farmer)
      holdingRule(
        `farmer ${shownId(h.heldId)} is a natural person and cannot be held`,
        ['holdings', i, 'heldId'],
        { id: shownId(h.heldId), reason: 'heldFarmer' },
      );
    holderOf[i] = holder;
    heldOf[i] = held;
    inOffsets[held + 1] = (inOffsets[held + 1] as number) + 1;
  }
  for (let e = 0; e < n; e++) inOffsets[e + 1] = (inOffsets[e + 1] as number) + (inOffsets[e] as number);

  // Counting sort by the entity held, stable: each run keeps input order.
  const inHolder = new Int32Array(m);
  const inHolding = new Int32Array(m);
  const inValue = new Float64Array(m);
  const inUnits = new Float64Array(m);
  const stakes = new Array<FractionInput>(m);
  const exactCache = new Array<Rational | undefined>(m);
  const fill = inOffsets.slice(0, n);
  for (let i = 0; i < m; i++) {
    const held = heldOf[i] as number;
    const k = fill[held] as number;
    fill[held] = k + 1;
    const stake = (validHoldings[i] as Holding).stake as FractionInput;
    stakes[i] = stake;
    inHolder[k] = holderOf[i] as number;
    inHolding[k] = i;
    inUnits[k] = stakeUnits(stake);
    inValue[k] = stakeValue(stake);
  }

  const g: GraphInternals = {
    ids,
    kinds,
    index,
    inOffsets,
    inHolder,
    inValue,
    inUnits,
    inHolding,
    full: new Uint8Array(n),
    stakes,
    exactCache,
    scratch: {
      seen: new Int32Array(n),
      queue: new Int32Array(n),
      offsets: new Int32Array(n + 1),
      edgeHolder: new Int32Array(m),
      edgeValue: new Float64Array(m),
      edgePosition: new Int32Array(m),
    },
    names: validEntities.some((e) => e.name !== undefined) ? validEntities.map((e) => e.name) : undefined,
  };
  checkRuns(g, validHoldings);

  const graph: HoldingGraph = Object.freeze({
    entities: Object.freeze(validEntities.map((e) => Object.freeze(e))),
    holdings: Object.freeze(validHoldings.map((h) => Object.freeze(h))),
  });
  INTERNALS.set(graph, g);
  return graph;
}

const PLAIN_UNIT_DECIMAL = /^(?:0|1)(?:\.(\d{1,12}))?$/;

/**
 * The stake in whole 10^-12 units without bigints for the common forms (basis points, and
 * decimals of at most 12 places written plainly); the exact path for the rest.
 */
function stakeUnits(stake: FractionInput): number {
  if (typeof stake === 'object') {
    if ('bp' in stake) return stake.bp * 100_000_000;
    return unitsOf(fractionOf(stake));
  }
  const text = typeof stake === 'number' ? String(stake) : stake;
  const match = PLAIN_UNIT_DECIMAL.exec(text);
  if (!match) return unitsOf(fractionOf(stake));
  if (text.charCodeAt(0) === 49 /* '1' */) return UNITS_PER_ONE; // validated ≤ 1, so 1 or 1.000…
  return Number((match[1] ?? '').padEnd(12, '0'));
}

const HOLDING_KEYS: ReadonlySet<string> = new Set(['holderId', 'heldId', 'stake']);
const BP_KEYS: ReadonlySet<string> = new Set(['bp']);

/**
 * Validates the holdings. The common shapes (ids of printable ASCII, a stake in basis points or
 * as a plain number) are checked by hand, exactly as {@link HoldingSchema} would; anything else
 * goes through the schema, which also builds the error and its path. A province of 300,000
 * holdings validates in a fraction of the time the schema alone takes.
 */
function parseHoldings(holdings: unknown): Holding[] {
  if (!Array.isArray(holdings) || holdings.length > MAX_GRAPH_SIZE)
    return parseInput(HoldingsSchema, holdings, { path: ['holdings'] }) as Holding[];
  const out = new Array<Holding>(holdings.length);
  for (let i = 0; i < holdings.length; i++) {
    const item: unknown = holdings[i];
    out[i] = plainHolding(item) ?? (parseInput(HoldingSchema, item, { path: ['holdings', i] }) as Holding);
  }
  return out;
}

/** A copy of a holding in a common shape, or `undefined` to leave it to the schema. */
function plainHolding(item: unknown): Holding | undefined {
  if (!isRecord(item) || !hasOnlyKeys(item, HOLDING_KEYS)) return undefined;
  if (!Object.hasOwn(item, 'holderId') || !Object.hasOwn(item, 'heldId') || !Object.hasOwn(item, 'stake'))
    return undefined;
  const { holderId, heldId, stake } = item;
  if (!isEntityId(holderId) || !isEntityId(heldId)) return undefined;
  if (typeof stake === 'number') {
    return Number.isFinite(stake) && stake > 0 && stake <= 1 ? { holderId, heldId, stake } : undefined;
  }
  if (!isRecord(stake) || !hasOnlyKeys(stake, BP_KEYS) || !Object.hasOwn(stake, 'bp')) return undefined;
  const bp = stake.bp;
  return Number.isInteger(bp) && (bp as number) >= 1 && (bp as number) <= 10_000
    ? { holderId, heldId, stake: { bp: bp as number } }
    : undefined;
}

/** The stake as the nearest double (JS number parsing and division round correctly). */
function stakeValue(stake: FractionInput): number {
  if (typeof stake === 'number') return stake;
  if (typeof stake === 'string') return Number(stake);
  if ('bp' in stake) return stake.bp / 10_000;
  return stake.numerator / stake.denominator;
}

/** Per entity held: no holder twice, and the stakes at most 100 % (exactly). Marks full entities. */
function checkRuns(g: GraphInternals, holdings: readonly Holding[]): void {
  const n = g.ids.length;
  const seenBy = new Int32Array(n).fill(-1);
  const firstAt = new Int32Array(n);
  for (let e = 0; e < n; e++) {
    const from = g.inOffsets[e] as number;
    const to = g.inOffsets[e + 1] as number;
    let units = 0;
    let whole = true;
    for (let k = from; k < to; k++) {
      const holder = g.inHolder[k] as number;
      if (seenBy[holder] === e) {
        const i = g.inHolding[k] as number;
        holdingRule(
          `${shownId(g.ids[holder] as string)} → ${shownId(g.ids[e] as string)} is listed twice`,
          ['holdings', i],
          {
            holderId: shownId(g.ids[holder] as string),
            heldId: shownId(g.ids[e] as string),
            first: firstAt[holder],
            reason: 'duplicatePair',
          },
        );
      }
      seenBy[holder] = e;
      firstAt[holder] = g.inHolding[k] as number;
      const u = g.inUnits[k] as number;
      if (u < 0) whole = false;
      else units += u;
    }
    if (from === to) continue;
    if (whole && units <= UNITS_PER_ONE) {
      if (units === UNITS_PER_ONE) g.full[e] = 1;
      continue;
    }
    // Not whole units, or over 100 %: find the holding (in input order) whose stake crosses 100 %.
    let sum = ZERO;
    for (let k = from; k < to; k++) {
      sum = addFraction(sum, edgeFraction(g, k));
      if (compareFraction(sum, ONE) > 0) rejectOverfull(g, holdings, e, k);
    }
    if (compareFraction(sum, ONE) === 0) g.full[e] = 1;
  }
}

function rejectOverfull(g: GraphInternals, holdings: readonly Holding[], e: number, crossing: number): never {
  const from = g.inOffsets[e] as number;
  const to = g.inOffsets[e + 1] as number;
  let total = ZERO;
  const listed: { holderId: string; holding: number; stake: string; percent: string }[] = [];
  for (let k = from; k < to; k++) {
    const f = edgeFraction(g, k);
    total = addFraction(total, f);
    if (listed.length < 50)
      listed.push({
        holderId: shownId(g.ids[g.inHolder[k] as number] as string),
        holding: g.inHolding[k] as number,
        stake: formatFraction(f),
        percent: percentText(f),
      });
  }
  const i = g.inHolding[crossing] as number;
  const heldId = shownId((holdings[i] as Holding).heldId);
  holdingRule(
    `the stakes in ${heldId} add up to ${percentText(total)}, above 100 %`,
    ['holdings', i, 'stake'],
    {
      heldId,
      total: formatFraction(total),
      totalPercent: percentText(total),
      stakes: listed,
      holders: to - from,
    },
  );
}
