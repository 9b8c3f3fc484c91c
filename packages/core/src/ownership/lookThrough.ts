import { z } from 'zod';
import { EntityIdSchema } from '../cooperative/ids';
import { parseInput } from '../errors/fromZod';
import { type ErrorPath, HezuoError } from '../errors/HezuoError';
import {
  KIND_NUMBER,
  kindTables,
  OWNER_GROUPS,
  OWNERSHIP_ENTITY_KINDS,
  type OwnerGroup,
  type OwnershipEntityKind,
  OwnershipReadingSchema,
} from './entity';
import { computeFlow, type Flow, type FlowSettings, untracedOf } from './flow';
import {
  addFraction,
  compareFraction,
  formatFraction,
  fractionBasisPoints,
  fractionToNumber,
  numberBasisPoints,
  type Rational,
  UNITS_PER_ONE,
  ZERO,
} from './fraction';
import {
  edgeFraction,
  type GraphInternals,
  type HoldingGraph,
  HoldingGraphSchema,
  internalsOf,
  shownId,
} from './graph';
import { orderByShare } from './orderShares';

/** Default tolerance of the iteration through cycles: 1e-12 of the entity's equity. */
export const DEFAULT_LOOK_THROUGH_TOLERANCE = 1e-12;

/** Default cap on iterations through one cycle (one strongly connected component). */
export const DEFAULT_LOOK_THROUGH_MAX_ITERATIONS = 10_000;

/**
 * Default size (in holdings) of an acyclic upstream subgraph up to which look-through is also
 * computed exactly, with fractions; past it, or with a cycle, shares are doubles only.
 */
export const DEFAULT_EXACT_LIMIT = 10_000;

/** Options of {@link lookThrough}: the reading of the graph, and the numerics. */
export const LookThroughOptionsSchema = z.strictObject({
  ...OwnershipReadingSchema.shape,
  /** Tolerance of the iteration through cycles (absolute, in shares of 1); default 1e-12. */
  tolerance: z.number().min(1e-15).max(1e-3).optional(),
  /** Most iterations through one cycle before NOT_CONVERGED; default 10,000. */
  maxIterations: z.number().int().min(1).max(10_000_000).optional(),
  /** Largest acyclic upstream (in holdings) computed exactly too; default 10,000; 0 turns it off. */
  exactLimit: z.number().int().min(0).max(1_000_000).optional(),
});

/** See {@link LookThroughOptionsSchema}. */
export type LookThroughOptions = z.input<typeof LookThroughOptionsSchema>;

/**
 * A share of an entity's equity: as a number from 0 to 1, in basis points rounded half-up for
 * display (so the basis points of several shares need not add up to 10,000), and as an exact
 * fraction `"n/d"` in lowest terms when it was computed exactly.
 */
export interface ShareFigure {
  /** The share, 0..1. */
  readonly share: number;
  /** The share in basis points (1 bp = 0.01 %), rounded half-up. */
  readonly basisPoints: number;
  /** The exact share, `"n/d"`, when it was computed exactly. */
  readonly fraction?: string;
}

/** An ultimate owner (最终权益人) and its look-through share. */
export interface UltimateOwnerShare extends ShareFigure {
  /** The owner. */
  readonly entityId: string;
  /** Its kind. */
  readonly kind: OwnershipEntityKind;
  /** Its group. */
  readonly group: OwnerGroup;
  /** Its name, if the graph has one. */
  readonly name?: string;
}

/** The look-through share of one owner group. */
export interface OwnerGroupShare extends ShareFigure {
  /** The group. */
  readonly group: OwnerGroup;
}

/** An entity on the way up whose holders hold less than 100 % of it, and the part lost there. */
export interface UntracedEntityShare extends ShareFigure {
  /** The entity. */
  readonly entityId: string;
  /** Its kind. */
  readonly kind: OwnershipEntityKind;
}

/** The part of the equity traced to no ultimate owner, and where it is lost. */
export interface UntracedShare extends ShareFigure {
  /** Each entity whose holders hold less than 100 % of it, with the part lost there. */
  readonly entities: readonly UntracedEntityShare[];
}

/** A direct holder with more than 50 % (控股). */
export interface DirectControl extends ShareFigure {
  /** The holder. */
  readonly holderId: string;
  /** Its kind. */
  readonly kind: OwnershipEntityKind;
}

/** What {@link lookThrough} returns. */
export interface LookThroughResult {
  /** The entity looked through. */
  readonly entityId: string;
  /** Its ultimate owners, largest share first (ties by id). */
  readonly owners: readonly UltimateOwnerShare[];
  /** The owners' shares summed by group, one entry per group in {@link OWNER_GROUPS} order. */
  readonly groups: readonly OwnerGroupShare[];
  /** The part not traced to any ultimate owner; owners + untraced = 1. */
  readonly untraced: UntracedShare;
  /**
   * The part of the entity that, path by path, it holds in itself through cross-holdings
   * (1 − 1/x where x is its own flow). The owners' shares count those paths to the end, which
   * spreads this part over them in proportion; 0 without cycles.
   */
  readonly circular: ShareFigure;
  /** The direct holder with more than 50 %, if any. */
  readonly control?: DirectControl;
  /** Following the majority holder upward: the controller, its controller, … (stops at a repeat). */
  readonly controlChain: readonly string[];
  /** Whether the shares are exact (the upstream is acyclic and within `exactLimit`). */
  readonly exact: boolean;
  /** `propagation` for an acyclic upstream (one pass), `iteration` when it has a cycle. */
  readonly method: 'propagation' | 'iteration';
  /** Iterations spent on cycles, summed over them. */
  readonly iterations: number;
  /** Size of the upstream subgraph visited. */
  readonly upstream: { readonly entities: number; readonly holdings: number };
}

/** Validated options as flow settings. @internal */
export function flowSettings(options: unknown, path: ErrorPath): FlowSettings {
  const valid = parseInput(LookThroughOptionsSchema, options, { path });
  return {
    tables: kindTables(valid),
    tolerance: valid.tolerance ?? DEFAULT_LOOK_THROUGH_TOLERANCE,
    maxIterations: valid.maxIterations ?? DEFAULT_LOOK_THROUGH_MAX_ITERATIONS,
    exactLimit: valid.exactLimit ?? DEFAULT_EXACT_LIMIT,
  };
}

/** The number of an entity of the graph, or HOLDING_RULE. @internal */
export function entityNumber(g: GraphInternals, id: string, path: ErrorPath): number {
  const e = g.index.get(id);
  if (e === undefined)
    throw new HezuoError('HOLDING_RULE', `no entity ${shownId(id)} in the graph`, {
      path,
      details: { id: shownId(id) },
    });
  return e;
}

/** A share figure from a double and, when known, its exact value. @internal */
export function figure(value: number, exact?: Rational): ShareFigure {
  if (!exact) return { share: value, basisPoints: numberBasisPoints(value) };
  return {
    share: fractionToNumber(exact),
    basisPoints: fractionBasisPoints(exact),
    fraction: formatFraction(exact),
  };
}

/**
 * The direct holder with more than 50 % of entity `e`, with its exact stake.
 * @internal
 */
export function directController(
  g: GraphInternals,
  e: number,
): { holder: number; stake: Rational } | undefined {
  const half = { n: 1n, d: 2n };
  for (let k = g.inOffsets[e] as number, end = g.inOffsets[e + 1] as number; k < end; k++) {
    const units = g.inUnits[k] as number;
    const over = units >= 0 ? units > UNITS_PER_ONE / 2 : compareFraction(edgeFraction(g, k), half) > 0;
    if (over) return { holder: g.inHolder[k] as number, stake: edgeFraction(g, k) };
  }
  return undefined;
}

/**
 * Look-through ownership (穿透): the ultimate owners of an entity and their shares, found by
 * multiplying the stakes along every chain of holdings up from the entity and summing over the
 * chains (DESIGN §3.3).
 *
 * **Ultimate owners** are the entities where the walk up stops: any entity of a kind in
 * `ultimateOwnerKinds` (default farmer, village collective, state, staff platform — a staff
 * platform counts for its employees as a group), and any entity that holds but is held by
 * nobody (a co-op whose members are not in the graph). The entity asked about is always
 * looked through, whatever its kind.
 *
 * **Untraced**: an entity on the way up whose holders hold less than 100 % of it leaves the
 * rest untraced; the result reports that part, and where it is lost, so the owners' shares
 * and the untraced part add up to 1.
 *
 * **Cycles** (cross-holdings, A holds B and B holds A) are solved by iterating x = s + Mx to
 * `tolerance` (default 1e-12), at most `maxIterations` times (default 10,000); every path
 * around a cycle counts (integrated ownership), and `circular` reports how much of the entity
 * it holds in itself that way. A cycle whose members are held 100 % from inside it has no
 * outside owner and no finite answer: NOT_CONVERGED, at once.
 *
 * **Numbers.** Shares are doubles, accurate to about 1e-15 per holding on the way; an acyclic
 * upstream of at most `exactLimit` holdings (default 10,000) is also computed with exact
 * fractions, and then every share is the exact value rounded once (with `fraction` given).
 * Only the entity's upstream is visited.
 *
 * **Control** is the direct holder with more than 50 % (控股), compared exactly.
 *
 * @param graph - a graph from {@link buildHoldingGraph}
 * @param entityId - the entity to look through
 * @param options - the reading of the graph (ultimate kinds, groups) and the numerics
 * @returns a {@link LookThroughResult}
 * @throws HezuoError `INVALID_INPUT` for a graph not built by `buildHoldingGraph`, a malformed
 *   id or options; `HOLDING_RULE` for an unknown entity; `NOT_CONVERGED` for a closed
 *   cross-holding or an iteration past `maxIterations` (with the cycle in `details`)
 *
 * @example
 * ```ts
 * const result = lookThrough(graph, 'service-centre');
 * result.groups.find((g) => g.group === 'farmers')?.share; // 0.56
 * ```
 */
export function lookThrough(
  graph: HoldingGraph,
  entityId: string,
  options: LookThroughOptions = {},
): LookThroughResult {
  const validGraph = parseInput(HoldingGraphSchema, graph, { path: ['graph'] });
  const id = parseInput(EntityIdSchema, entityId, { path: ['entityId'] });
  const settings = flowSettings(options, ['options']);
  const g = internalsOf(validGraph);
  const t = entityNumber(g, id, ['entityId']);
  const flow = computeFlow(g, t, settings);
  return describeFlow(g, t, flow, settings);
}

function describeFlow(g: GraphInternals, t: number, flow: Flow, settings: FlowSettings): LookThroughResult {
  const { nodes, expanded, x, exact } = flow;
  const groupValue = new Float64Array(OWNER_GROUPS.length);
  const groupExact = new Array<Rational>(OWNER_GROUPS.length).fill(ZERO);
  let ownerCount = 0;
  for (let i = 1; i < nodes.length; i++) if (expanded[i] === 0) ownerCount++;
  const unordered = new Int32Array(ownerCount);
  ownerCount = 0;
  for (let i = 1; i < nodes.length; i++) {
    if (expanded[i] === 1) continue;
    unordered[ownerCount++] = i;
    const group = settings.tables.group[g.kinds[nodes[i] as number] as number] as number;
    groupValue[group] = (groupValue[group] as number) + (x[i] as number);
    if (exact) groupExact[group] = addFraction(groupExact[group] as Rational, exact[i] as Rational);
  }
  const rank = idRanks(g);
  // Shares as shown: the exact value rounded once when there is one, else the double.
  const shown = exact ? Float64Array.from(exact, (r) => (r ? fractionToNumber(r) : 0)) : x;
  const ownerLocals = orderByShare(
    unordered,
    (i) => shown[i] as number,
    (i) => rank[nodes[i] as number] as number,
  );
  if (exact) orderTiesExactly(ownerLocals, shown, exact, (i) => rank[nodes[i] as number] as number);
  const kindNames = OWNERSHIP_ENTITY_KINDS;
  const groupNames = settings.tables.group;
  const owners = new Array<UltimateOwnerShare>(ownerLocals.length);
  for (let j = 0; j < ownerLocals.length; j++) {
    const i = ownerLocals[j] as number;
    const e = nodes[i] as number;
    const kindNumber = g.kinds[e] as number;
    const value = x[i] as number;
    const owner: { -readonly [K in keyof UltimateOwnerShare]: UltimateOwnerShare[K] } = exact
      ? {
          entityId: g.ids[e] as string,
          kind: kindNames[kindNumber] as OwnershipEntityKind,
          group: OWNER_GROUPS[groupNames[kindNumber] as number] as OwnerGroup,
          share: shown[i] as number,
          basisPoints: fractionBasisPoints(exact[i] as Rational),
          fraction: formatFraction(exact[i] as Rational),
        }
      : {
          entityId: g.ids[e] as string,
          kind: kindNames[kindNumber] as OwnershipEntityKind,
          group: OWNER_GROUPS[groupNames[kindNumber] as number] as OwnerGroup,
          share: value,
          basisPoints: numberBasisPoints(value),
        };
    const name = g.names?.[e];
    if (name !== undefined) owner.name = name;
    owners[j] = owner;
  }
  const groups = OWNER_GROUPS.map(
    (group, k): OwnerGroupShare => ({
      group,
      ...figure(groupValue[k] as number, exact ? groupExact[k] : undefined),
    }),
  );

  const untracedEntities: UntracedEntityShare[] = [];
  let untracedValue = 0;
  let untracedExact = ZERO;
  for (let i = 0; i < nodes.length; i++) {
    const part = untracedOf(g, flow, i);
    if (!part) continue;
    const e = nodes[i] as number;
    untracedValue += part.value;
    if (part.exact) untracedExact = addFraction(untracedExact, part.exact);
    untracedEntities.push({
      entityId: g.ids[e] as string,
      kind: OWNERSHIP_ENTITY_KINDS[g.kinds[e] as number] as OwnershipEntityKind,
      ...figure(part.value, part.exact),
    });
  }
  untracedEntities.sort((a, b) => b.share - a.share || compareIds(a.entityId, b.entityId));

  const self = x[0] as number;
  const controller = directController(g, t);
  return {
    entityId: g.ids[t] as string,
    owners,
    groups,
    untraced: { ...figure(untracedValue, exact ? untracedExact : undefined), entities: untracedEntities },
    circular: flow.cyclic ? figure(1 - 1 / self) : figure(0, exact ? ZERO : undefined),
    ...(controller
      ? {
          control: {
            holderId: g.ids[controller.holder] as string,
            kind: OWNERSHIP_ENTITY_KINDS[g.kinds[controller.holder] as number] as OwnershipEntityKind,
            ...figure(fractionToNumber(controller.stake), controller.stake),
          },
        }
      : {}),
    controlChain: controlChain(g, t),
    exact: exact !== undefined,
    method: flow.cyclic ? 'iteration' : 'propagation',
    iterations: flow.iterations,
    upstream: { entities: nodes.length, holdings: flow.edges },
  };
}

/**
 * Two exact shares a hair apart can round to one double; within each run of equal doubles the
 * order is settled exactly (larger first), then by id.
 */
function orderTiesExactly(
  order: Int32Array,
  shown: Float64Array,
  exact: readonly Rational[],
  rank: (i: number) => number,
): void {
  for (let start = 0; start < order.length; ) {
    let end = start + 1;
    while (end < order.length && shown[order[end] as number] === shown[order[start] as number]) end++;
    if (end - start > 1)
      order
        .subarray(start, end)
        .sort((a, b) => compareFraction(exact[b] as Rational, exact[a] as Rational) || rank(a) - rank(b));
    start = end;
  }
}

/** Majority holders upward from `t`, stopping at an entity with none or at a repeat. */
function controlChain(g: GraphInternals, t: number): string[] {
  const chain: string[] = [];
  const seen = new Set<number>([t]);
  let at = directController(g, t);
  while (at && !seen.has(at.holder)) {
    seen.add(at.holder);
    chain.push(g.ids[at.holder] as string);
    at = directController(g, at.holder);
  }
  return chain;
}

/**
 * Each entity's rank in code-unit order of ids, computed once per graph on first use: ties in
 * share are broken by id without comparing strings in the hot sort.
 */
function idRanks(g: GraphInternals): Int32Array {
  if (g.idRank) return g.idRank;
  const order = Array.from(g.ids.keys()).sort((a, b) => compareIds(g.ids[a] as string, g.ids[b] as string));
  const rank = new Int32Array(g.ids.length);
  order.forEach((e, r) => {
    rank[e] = r;
  });
  g.idRank = rank;
  return rank;
}

/** Code-unit order of ids: the same on every platform and locale. @internal */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The kind number of a kind name. @internal */
export function kindNumber(kind: OwnershipEntityKind): number {
  return KIND_NUMBER.get(kind) as number;
}
