import { HezuoError } from '../errors/HezuoError';
import type { KindTables } from './entity';
import {
  addFraction,
  compareFraction,
  fractionToNumber,
  multiplyFraction,
  ONE,
  type Rational,
  subtractFraction,
  UNITS_PER_ONE,
  ZERO,
} from './fraction';
import { edgeFraction, type GraphInternals, shownId, sumEdges } from './graph';

/**
 * How a look-through is computed.
 * @internal
 */
export interface FlowSettings {
  readonly tables: KindTables;
  readonly tolerance: number;
  readonly maxIterations: number;
  readonly exactLimit: number;
}

/**
 * The look-through flow into one entity over its upstream subgraph. Local node 0 is the entity
 * itself; `x[i]` is the sum over every path from node i down to the entity of the product of
 * the stakes (node 0 counts the empty path, plus any cycle back to itself).
 * @internal
 */
export interface Flow {
  /** Global entity number of each local node, in visit order. */
  readonly nodes: Int32Array;
  /** 1 when the node's holders were followed (not an ultimate owner, or the entity itself). */
  readonly expanded: Uint8Array;
  readonly x: Float64Array;
  /** Exact flows, when the upstream is acyclic and small enough. */
  readonly exact: readonly Rational[] | undefined;
  /** Holdings in the upstream subgraph. */
  readonly edges: number;
  /** Iterations spent on cycles (0 when there are none). */
  readonly iterations: number;
  /** Whether the upstream has a cycle. */
  readonly cyclic: boolean;
}

/**
 * The upstream subgraph renumbered locally (views into the graph's scratch arrays, valid until
 * the next walk): node i's holdings are the local edges
 * `edgeStart[i]` … `edgeEnd[i] − 1`, each with the holder's local number, the stake as a double
 * and its position in the graph's index (for the exact stake). Kept contiguous so the passes
 * over it read memory in order.
 */
interface Upstream {
  readonly nodes: Int32Array;
  readonly expanded: Uint8Array;
  readonly edgeStart: Int32Array;
  readonly edgeEnd: Int32Array;
  readonly holder: Int32Array;
  readonly value: Float64Array;
  readonly position: Int32Array;
  readonly edges: number;
}

/** One strongly connected component of several entities: its members and where they sit. */
interface Component {
  /** Its number. */
  readonly c: number;
  /** Where its members start in the members list. */
  readonly from: number;
  /** Its members (local nodes). */
  readonly members: Int32Array;
  /** The component of each local node. */
  readonly comp: Int32Array;
  /** The position of each local node in the members list. */
  readonly memberAt: Int32Array;
}

/** Sweeps over which the convergence rate of a cycle is estimated (the largest ratio counts). */
const RATE_WINDOW = 16;

/**
 * Computes the flow into entity `t` (DESIGN §3.3: multiply along paths, sum over paths, cycles
 * by iteration). Visits only `t`'s upstream: a breadth-first walk over holders, not past
 * ultimate owners. Strongly connected components (Tarjan) are solved in topological order:
 * an acyclic part in one pass, each cycle by Jacobi iteration of x = s + Mx.
 * @internal
 */
export function computeFlow(g: GraphInternals, t: number, settings: FlowSettings): Flow {
  const up = collectUpstream(g, t, settings.tables);
  const { nodes, expanded, edgeStart, edgeEnd, holder, value, edges } = up;
  const count = nodes.length;
  const { comp, members, memberAt, compOffsets, compCount } = components(up);
  const cyclic = compCount < count;

  const x = new Float64Array(count);
  const acc = new Float64Array(count);
  acc[0] = 1;
  let iterations = 0;
  for (let c = compCount - 1; c >= 0; c--) {
    const from = compOffsets[c] as number;
    const to = compOffsets[c + 1] as number;
    if (to - from > 1) {
      const component = { c, from, members: members.subarray(from, to), comp, memberAt };
      iterations += solveCycle(g, up, component, acc, x, settings);
    } else {
      const v = members[from] as number;
      x[v] = acc[v] as number;
    }
    // Push the solved flow to holders outside the component.
    for (let i = from; i < to; i++) {
      const v = members[i] as number;
      const xv = x[v] as number;
      if (xv === 0) continue;
      for (let k = edgeStart[v] as number, end = edgeEnd[v] as number; k < end; k++) {
        const w = holder[k] as number;
        if (comp[w] !== c) acc[w] = (acc[w] as number) + (value[k] as number) * xv;
      }
    }
  }

  let exact: Rational[] | undefined;
  if (!cyclic && edges <= settings.exactLimit) {
    // Acyclic: one component per node, already in topological order.
    const accR = new Array<Rational>(count).fill(ZERO);
    accR[0] = ONE;
    exact = new Array<Rational>(count);
    for (let c = count - 1; c >= 0; c--) {
      const v = members[c] as number;
      const xv = accR[v] as Rational;
      exact[v] = xv;
      if (xv.n === 0n) continue;
      for (let k = edgeStart[v] as number, end = edgeEnd[v] as number; k < end; k++) {
        const w = holder[k] as number;
        accR[w] = addFraction(
          accR[w] as Rational,
          multiplyFraction(edgeFraction(g, up.position[k] as number), xv),
        );
      }
    }
  }
  return { nodes, expanded, x, exact, edges, iterations, cyclic };
}

/** The upstream of `t`: every entity with a path down to it, not walking past ultimate owners. */
function collectUpstream(g: GraphInternals, t: number, tables: KindTables): Upstream {
  // seen[e] is e's local number + 1 while this walk runs, 0 otherwise (reset before returning).
  const { seen, queue, offsets, edgeHolder, edgeValue, edgePosition } = g.scratch;
  const { inOffsets, inHolder, inValue, kinds } = g;
  const ultimate = tables.ultimate;
  seen[t] = 1;
  queue[0] = t;
  let count = 1;
  let edges = 0;
  for (let q = 0; q < count; q++) {
    const v = queue[q] as number;
    offsets[q] = edges;
    const from = inOffsets[v] as number;
    const to = inOffsets[v + 1] as number;
    // An entity nobody holds is an ultimate owner too (unless it is the one asked about).
    if (q === 0 || (ultimate[kinds[v] as number] === 0 && to > from)) {
      for (let k = from; k < to; k++) {
        const h = inHolder[k] as number;
        let w = (seen[h] as number) - 1;
        if (w < 0) {
          w = count;
          seen[h] = ++count;
          queue[w] = h;
        }
        edgeHolder[edges] = w;
        edgeValue[edges] = inValue[k] as number;
        edgePosition[edges] = k;
        edges++;
      }
    }
  }
  offsets[count] = edges;
  const nodes = queue.slice(0, count);
  for (let i = 0; i < count; i++) seen[nodes[i] as number] = 0;
  const edgeStart = offsets.subarray(0, count);
  const edgeEnd = offsets.subarray(1, count + 1);
  const expanded = new Uint8Array(count);
  for (let i = 0; i < count; i++) expanded[i] = i === 0 || edgeEnd[i] !== edgeStart[i] ? 1 : 0;
  return {
    nodes,
    expanded,
    edgeStart,
    edgeEnd,
    holder: edgeHolder.subarray(0, edges),
    value: edgeValue.subarray(0, edges),
    position: edgePosition.subarray(0, edges),
    edges,
  };
}

/**
 * Tarjan's strongly connected components over the local subgraph (edges from an entity to its
 * holders), iteratively so deep chains cannot overflow the stack. Components come out with
 * holders' components first; `members` lists them in that order.
 */
function components(up: Upstream) {
  const { edgeStart, edgeEnd, holder } = up;
  const count = up.nodes.length;
  const index = new Int32Array(count).fill(-1);
  const low = new Int32Array(count);
  const onStack = new Uint8Array(count);
  const stack = new Int32Array(count);
  const callNode = new Int32Array(count);
  const callEdge = new Int32Array(count);
  const comp = new Int32Array(count);
  const members = new Int32Array(count);
  const memberAt = new Int32Array(count);
  const compOffsets = new Int32Array(count + 1);
  let nextIndex = 1;
  let sp = 0;
  let mp = 0;
  let compCount = 0;

  index[0] = 0;
  low[0] = 0;
  stack[sp++] = 0;
  onStack[0] = 1;
  callNode[0] = 0;
  callEdge[0] = edgeStart[0] as number;
  let cp = 1;
  while (cp > 0) {
    const v = callNode[cp - 1] as number;
    const k = callEdge[cp - 1] as number;
    if (k < (edgeEnd[v] as number)) {
      callEdge[cp - 1] = k + 1;
      const w = holder[k] as number;
      if (index[w] === -1) {
        index[w] = nextIndex;
        low[w] = nextIndex++;
        stack[sp++] = w;
        onStack[w] = 1;
        callNode[cp] = w;
        callEdge[cp] = edgeStart[w] as number;
        cp++;
      } else if (onStack[w] === 1 && (index[w] as number) < (low[v] as number)) low[v] = index[w] as number;
      continue;
    }
    cp--;
    if (low[v] === index[v]) {
      let w: number;
      do {
        w = stack[--sp] as number;
        onStack[w] = 0;
        comp[w] = compCount;
        memberAt[w] = mp;
        members[mp++] = w;
      } while (w !== v);
      compCount++;
      compOffsets[compCount] = mp;
    }
    if (cp > 0) {
      const u = callNode[cp - 1] as number;
      if ((low[v] as number) < (low[u] as number)) low[u] = low[v] as number;
    }
  }
  return { comp, members, memberAt, compOffsets, compCount };
}

/**
 * Solves one cycle (a strongly connected component of several entities) by Jacobi iteration
 * of x = s + Mx, where s is the flow already pushed in from outside. Refuses at once, with
 * NOT_CONVERGED, a closed component (every member held 100 % from inside it: the spectral
 * radius is 1 and the flow has no finite value); otherwise the radius is below 1 and the
 * iteration converges, stopping when the change of a sweep (summed over the members) times
 * r/(1 − r) — r the largest ratio of successive changes over the last 16 sweeps, an estimate of
 * the rate — is within the tolerance: an estimate of the error still left.
 * @returns the sweeps spent
 */
function solveCycle(
  g: GraphInternals,
  up: Upstream,
  component: Component,
  acc: Float64Array,
  x: Float64Array,
  settings: FlowSettings,
): number {
  const { edgeStart, edgeEnd, holder, value } = up;
  const { c, from, members: cycle, comp, memberAt } = component;
  const cycleIds = (): string[] =>
    Array.from(cycle.subarray(0, 20), (v) => shownId(g.ids[up.nodes[v] as number] as string));
  if (isClosed(g, up, component)) {
    const ids = cycleIds();
    throw new HezuoError(
      'NOT_CONVERGED',
      `the cross-holding among ${ids.join(', ')}${cycle.length > 20 ? ', …' : ''} has no outside owner: each is held 100 % from inside the cycle, so look-through has no finite value`,
      { details: { cycle: ids, size: cycle.length, reason: 'closedCycle' } },
    );
  }
  const next = new Float64Array(cycle.length);
  for (let i = 0; i < cycle.length; i++) x[cycle[i] as number] = acc[cycle[i] as number] as number;
  const ratios = new Float64Array(RATE_WINDOW);
  let previous = 0;
  let sweeps = 0;
  for (;;) {
    if (sweeps >= settings.maxIterations) {
      throw new HezuoError(
        'NOT_CONVERGED',
        `look-through did not converge within ${settings.maxIterations} iterations`,
        {
          details: {
            maxIterations: settings.maxIterations,
            tolerance: settings.tolerance,
            lastChange: previous,
            cycle: cycleIds(),
            size: cycle.length,
            reason: 'maxIterations',
          },
        },
      );
    }
    // next = s + M x, restricted to the component; next is indexed by position in `cycle`.
    for (let i = 0; i < cycle.length; i++) next[i] = acc[cycle[i] as number] as number;
    for (let i = 0; i < cycle.length; i++) {
      const v = cycle[i] as number;
      const xv = x[v] as number;
      for (let k = edgeStart[v] as number, end = edgeEnd[v] as number; k < end; k++) {
        const w = holder[k] as number;
        if (comp[w] === c) {
          const position = (memberAt[w] as number) - from;
          next[position] = (next[position] as number) + (value[k] as number) * xv;
        }
      }
    }
    // The change is measured in the 1-norm: the flow that leaves the cycle for its owners is at
    // most the flow in it, so the owners' total moves by no more than this.
    let change = 0;
    for (let i = 0; i < cycle.length; i++) {
      const v = cycle[i] as number;
      change += Math.abs((next[i] as number) - (x[v] as number));
      x[v] = next[i] as number;
    }
    sweeps++;
    if (change === 0) return sweeps;
    if (previous > 0) {
      ratios[sweeps % RATE_WINDOW] = change / previous;
      let rate = 0;
      for (let i = 0; i < RATE_WINDOW; i++) if ((ratios[i] as number) > rate) rate = ratios[i] as number;
      if (sweeps > 2 && rate < 1 && (change * rate) / (1 - rate) <= settings.tolerance) return sweeps;
    }
    previous = change;
  }
}

/** True when every member of the component is held exactly 100 % by members of it. */
function isClosed(g: GraphInternals, up: Upstream, component: Component): boolean {
  const { edgeStart, edgeEnd, holder, value, position } = up;
  const { c, members: cycle, comp } = component;
  for (let i = 0; i < cycle.length; i++) {
    const v = cycle[i] as number;
    const from = edgeStart[v] as number;
    const to = edgeEnd[v] as number;
    let approx = 0;
    for (let k = from; k < to; k++) if (comp[holder[k] as number] === c) approx += value[k] as number;
    if (approx < 1 - 1e-9) return false;
    // Close to 100 %: decide exactly.
    let units = 0;
    let whole = true;
    let sum = ZERO;
    for (let k = from; k < to; k++) {
      if (comp[holder[k] as number] !== c) continue;
      const p = position[k] as number;
      const u = g.inUnits[p] as number;
      if (u < 0) whole = false;
      units += u;
      sum = addFraction(sum, edgeFraction(g, p));
    }
    if (whole ? units < UNITS_PER_ONE : compareFraction(sum, ONE) < 0) return false;
  }
  return true;
}

/**
 * The part of node i's flow that no recorded holder takes: (1 − stakes held) × x, or
 * `undefined` when its holders hold exactly 100 % (or it is an ultimate owner).
 * @internal
 */
export function untracedOf(
  g: GraphInternals,
  flow: Flow,
  i: number,
): { value: number; exact?: Rational } | undefined {
  const e = flow.nodes[i] as number;
  if (flow.expanded[i] !== 1 || g.full[e] === 1) return undefined;
  const open = subtractFraction(
    ONE,
    sumEdges(g, g.inOffsets[e] as number, g.inOffsets[e + 1] as number, () => true),
  );
  const value = fractionToNumber(open) * (flow.x[i] as number);
  return flow.exact ? { value, exact: multiplyFraction(open, flow.exact[i] as Rational) } : { value };
}
