import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cyclicGraphArb, fullyHeldAcyclicArb, type GraphLists } from './__tests__/arbitraries';
import { bp, entities, sharesById, thrown } from './__tests__/helpers';
import { DEFAULT_ULTIMATE_OWNER_KINDS } from './entity';
import { buildHoldingGraph } from './graph';
import { lookThrough } from './lookThrough';

const RUNS = { numRuns: 1000 };

/** The seed's Shandong chain: farmers → co-ops → township union → service centre. */
const shandong = buildHoldingGraph(
  entities({
    F1: 'farmer',
    F2: 'farmer',
    F3: 'farmer',
    C1: 'cooperative',
    C2: 'cooperative',
    E: 'enterprise',
    U: 'cooperativeUnion',
    S: 'state',
    P: 'staff',
    SC: 'serviceCenter',
  }),
  [
    bp('F1', 'C1', 6000),
    bp('F2', 'C1', 4000),
    bp('F3', 'C2', 10_000),
    bp('C1', 'U', 5000),
    bp('C2', 'U', 3000),
    bp('E', 'U', 2000),
    bp('U', 'SC', 7000),
    bp('S', 'SC', 2000),
    bp('P', 'SC', 1000),
  ],
);

/**
 * The brief's cross-holding: F1, F2 hold co-op A 60/40; A holds 80 % of union U; co-op B holds
 * 20 % of U; U holds 10 % of B; F3 holds the other 90 % of B. Stakes written all three ways.
 */
const crossHolding = buildHoldingGraph(
  entities({
    F1: 'farmer',
    F2: 'farmer',
    F3: 'farmer',
    A: 'cooperative',
    B: 'cooperative',
    U: 'cooperativeUnion',
  }),
  [
    { holderId: 'F1', heldId: 'A', stake: 0.6 },
    { holderId: 'F2', heldId: 'A', stake: '0.4' },
    { holderId: 'A', heldId: 'U', stake: { bp: 8000 } },
    { holderId: 'B', heldId: 'U', stake: { numerator: 1, denominator: 5 } },
    { holderId: 'U', heldId: 'B', stake: 0.1 },
    { holderId: 'F3', heldId: 'B', stake: '0.9' },
  ],
);

describe('lookThrough: acyclic chains (exact)', () => {
  it('multiplies along paths and sums over them: the Shandong service centre', () => {
    const result = lookThrough(shandong, 'SC');
    // By hand: F1 = .7 × .5 × .6, F2 = .7 × .5 × .4, F3 = .7 × .3 × 1, E = .7 × .2, S = .2, P = .1.
    expect(result.owners).toEqual([
      {
        entityId: 'F1',
        kind: 'farmer',
        group: 'farmers',
        share: 0.21,
        basisPoints: 2100,
        fraction: '21/100',
      },
      {
        entityId: 'F3',
        kind: 'farmer',
        group: 'farmers',
        share: 0.21,
        basisPoints: 2100,
        fraction: '21/100',
      },
      { entityId: 'S', kind: 'state', group: 'state', share: 0.2, basisPoints: 2000, fraction: '1/5' },
      {
        entityId: 'E',
        kind: 'enterprise',
        group: 'enterprises',
        share: 0.14,
        basisPoints: 1400,
        fraction: '7/50',
      },
      { entityId: 'F2', kind: 'farmer', group: 'farmers', share: 0.14, basisPoints: 1400, fraction: '7/50' },
      { entityId: 'P', kind: 'staff', group: 'staff', share: 0.1, basisPoints: 1000, fraction: '1/10' },
    ]);
    // 0.8 × 0.7 = 0.56 exactly, not 0.5599999999999999.
    expect(result.groups).toEqual([
      { group: 'farmers', share: 0.56, basisPoints: 5600, fraction: '14/25' },
      { group: 'collectives', share: 0, basisPoints: 0, fraction: '0/1' },
      { group: 'state', share: 0.2, basisPoints: 2000, fraction: '1/5' },
      { group: 'enterprises', share: 0.14, basisPoints: 1400, fraction: '7/50' },
      { group: 'staff', share: 0.1, basisPoints: 1000, fraction: '1/10' },
      { group: 'other', share: 0, basisPoints: 0, fraction: '0/1' },
    ]);
    expect(result.untraced).toEqual({ share: 0, basisPoints: 0, fraction: '0/1', entities: [] });
    expect(result.circular).toEqual({ share: 0, basisPoints: 0, fraction: '0/1' });
    // U holds 70 %: control. C1 holds exactly 50 % of U: not more than half, so the chain stops.
    expect(result.control).toEqual({
      holderId: 'U',
      kind: 'cooperativeUnion',
      share: 0.7,
      basisPoints: 7000,
      fraction: '7/10',
    });
    expect(result.controlChain).toEqual(['U']);
    expect(result).toMatchObject({
      entityId: 'SC',
      exact: true,
      method: 'propagation',
      iterations: 0,
      upstream: { entities: 10, holdings: 9 },
    });
  });

  it('visits only the upstream of the entity asked about', () => {
    const result = lookThrough(shandong, 'C1');
    expect(sharesById(result.owners)).toEqual({ F1: 0.6, F2: 0.4 });
    expect(result.upstream).toEqual({ entities: 3, holdings: 2 });
    expect(result.controlChain).toEqual(['F1']);
  });

  it('reports what is not traced, and where', () => {
    const graph = buildHoldingGraph(
      entities({ F1: 'farmer', F2: 'farmer', C: 'cooperative', U: 'cooperativeUnion' }),
      [bp('F1', 'C', 9000), bp('C', 'U', 6000), bp('F2', 'U', 3000)],
    );
    const result = lookThrough(graph, 'U');
    // C: 60 % × 90 % to F1, 60 % × 10 % untraced; U: 10 % untraced.
    expect(sharesById(result.owners)).toEqual({ F1: 0.54, F2: 0.3 });
    expect(result.untraced).toEqual({
      share: 0.16,
      basisPoints: 1600,
      fraction: '4/25',
      entities: [
        { entityId: 'U', kind: 'cooperativeUnion', share: 0.1, basisPoints: 1000, fraction: '1/10' },
        { entityId: 'C', kind: 'cooperative', share: 0.06, basisPoints: 600, fraction: '3/50' },
      ],
    });
  });

  it('an entity nobody holds has no recorded owner: all of it is untraced', () => {
    const result = lookThrough(shandong, 'F1');
    expect(result.owners).toEqual([]);
    expect(result.untraced.share).toBe(1);
    expect(result.control).toBeUndefined();
    expect(result.controlChain).toEqual([]);
  });

  it('stops at ultimate-owner kinds, and the kinds are data', () => {
    const graph = buildHoldingGraph(
      entities({ F1: 'farmer', F2: 'farmer', P: 'staff', V: 'villageCollective', X: 'enterprise' }),
      [bp('F1', 'P', 5000), bp('F2', 'P', 5000), bp('P', 'X', 4000), bp('V', 'X', 6000)],
    );
    expect(sharesById(lookThrough(graph, 'X').owners)).toEqual({ P: 0.4, V: 0.6 });
    expect(DEFAULT_ULTIMATE_OWNER_KINDS).toEqual(['farmer', 'villageCollective', 'state', 'staff']);
    const throughStaff = lookThrough(graph, 'X', { ultimateOwnerKinds: ['farmer', 'villageCollective'] });
    expect(sharesById(throughStaff.owners)).toEqual({ F1: 0.2, F2: 0.2, V: 0.6 });
    expect(throughStaff.groups.find((g) => g.group === 'collectives')?.fraction).toBe('3/5');
  });

  it('a root co-op counts as farmers unless the groups say otherwise', () => {
    const graph = buildHoldingGraph(entities({ F: 'farmer', C: 'cooperative', U: 'cooperativeUnion' }), [
      bp('F', 'U', 6000),
      bp('C', 'U', 4000),
    ]);
    expect(lookThrough(graph, 'U').groups[0]).toEqual({
      group: 'farmers',
      share: 1,
      basisPoints: 10_000,
      fraction: '1/1',
    });
    const other = lookThrough(graph, 'U', { groupOfKind: { cooperative: 'other' } });
    expect(other.groups.map((g) => g.basisPoints)).toEqual([6000, 0, 0, 0, 0, 4000]);
  });

  it('computes in doubles past exactLimit, to the same values', () => {
    const result = lookThrough(shandong, 'SC', { exactLimit: 0 });
    expect(result.exact).toBe(false);
    expect(result.owners[0]).not.toHaveProperty('fraction');
    for (const owner of result.owners) {
      const exact = lookThrough(shandong, 'SC').owners.find((o) => o.entityId === owner.entityId);
      expect(owner.share).toBeCloseTo(exact?.share ?? Number.NaN, 15);
    }
  });

  it('walks a chain 50,000 holdings deep without overflowing the stack', () => {
    const n = 50_000;
    const list = Array.from({ length: n }, (_, i) => ({ id: `c${i}`, kind: 'cooperative' as const }));
    const holdings = Array.from({ length: n - 1 }, (_, i) => bp(`c${i + 1}`, `c${i}`, 10_000));
    const graph = buildHoldingGraph(
      [...list, { id: 'f', kind: 'farmer' }],
      [...holdings, bp('f', `c${n - 1}`, 10_000)],
    );
    const result = lookThrough(graph, 'c0');
    expect(result.owners).toEqual([
      { entityId: 'f', kind: 'farmer', group: 'farmers', share: 1, basisPoints: 10_000 },
    ]);
    expect(result.controlChain).toHaveLength(n);
  });

  it('carries entity names into the owners', () => {
    const graph = buildHoldingGraph(
      [
        { id: 'F', kind: 'farmer', name: '王大明' },
        { id: 'C', kind: 'cooperative' },
      ],
      [bp('F', 'C', 10_000)],
    );
    expect(lookThrough(graph, 'C').owners[0]?.name).toBe('王大明');
  });
});

describe('lookThrough: cross-holdings (iteration)', () => {
  it('solves the brief cycle: U = 50/49 flow; F1 24/49, F2 16/49, F3 9/49', () => {
    // x_U = 1 + 0.1 x_B, x_B = 0.2 x_U → x_U = 1/0.98; F1 = .6 × .8 x_U, F2 = .4 × .8 x_U, F3 = .9 × .2 x_U.
    const result = lookThrough(crossHolding, 'U');
    const shares = sharesById(result.owners);
    expect(Object.keys(shares)).toEqual(['F1', 'F2', 'F3']);
    expect(Math.abs((shares.F1 ?? 0) - 24 / 49)).toBeLessThan(1e-12);
    expect(Math.abs((shares.F2 ?? 0) - 16 / 49)).toBeLessThan(1e-12);
    expect(Math.abs((shares.F3 ?? 0) - 9 / 49)).toBeLessThan(1e-12);
    expect(Math.abs(result.circular.share - 0.02)).toBeLessThan(1e-12);
    expect(result.circular.basisPoints).toBe(200);
    expect(result.owners.map((o) => o.basisPoints)).toEqual([4898, 3265, 1837]);
    expect(result).toMatchObject({ exact: false, method: 'iteration', untraced: { basisPoints: 0 } });
    expect(result.iterations).toBeGreaterThan(0);
    expect(result.iterations).toBeLessThan(100);
    expect(result.control?.holderId).toBe('A');
    expect(result.owners[0]).not.toHaveProperty('fraction');
  });

  it('from the other side of the cycle: B = F3 45/49, F1 12/245, F2 8/245', () => {
    const shares = sharesById(lookThrough(crossHolding, 'B').owners);
    expect(Math.abs((shares.F3 ?? 0) - 45 / 49)).toBeLessThan(1e-12);
    expect(Math.abs((shares.F1 ?? 0) - 12 / 245)).toBeLessThan(1e-12);
    expect(Math.abs((shares.F2 ?? 0) - 8 / 245)).toBeLessThan(1e-12);
  });

  it('an acyclic part of a graph with a cycle stays exact', () => {
    expect(lookThrough(crossHolding, 'A')).toMatchObject({ exact: true, method: 'propagation' });
  });

  it('refuses at once a cycle with no outside owner (A holds 100 % of B, B 100 % of A)', () => {
    const graph = buildHoldingGraph(entities({ A: 'cooperative', B: 'cooperative', X: 'enterprise' }), [
      bp('A', 'B', 10_000),
      bp('B', 'A', 10_000),
      bp('A', 'X', 5000),
    ]);
    for (const id of ['A', 'X']) {
      try {
        lookThrough(graph, id);
        expect.unreachable();
      } catch (error) {
        expect(error).toMatchObject({
          code: 'NOT_CONVERGED',
          details: { reason: 'closedCycle', size: 2 },
        });
      }
    }
  });

  it('stops after maxIterations on a cycle that leaks very slowly, and converges given room', () => {
    // A and B each hold 99.99 % of the other; F holds the last 0.01 % of each.
    const graph = buildHoldingGraph(entities({ F: 'farmer', A: 'cooperative', B: 'cooperative' }), [
      bp('A', 'B', 9999),
      bp('B', 'A', 9999),
      bp('F', 'A', 1),
      bp('F', 'B', 1),
    ]);
    expect(thrown(() => lookThrough(graph, 'A'))).toEqual({ code: 'NOT_CONVERGED', path: [] });
    try {
      lookThrough(graph, 'A', { maxIterations: 50 });
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ details: { reason: 'maxIterations', maxIterations: 50 } });
    }
    const result = lookThrough(graph, 'A', { maxIterations: 2_000_000 });
    expect(Math.abs((result.owners[0]?.share ?? 0) - 1)).toBeLessThan(1e-9);
  });
});

describe('lookThrough: input', () => {
  it.each<[string, () => unknown, string, (string | number)[]]>([
    [
      'a graph not built by buildHoldingGraph',
      () => lookThrough({ entities: [], holdings: [] }, 'A'),
      'INVALID_INPUT',
      ['graph'],
    ],
    ['a malformed id', () => lookThrough(shandong, ''), 'INVALID_INPUT', ['entityId']],
    ['an unknown entity', () => lookThrough(shandong, 'nobody'), 'HOLDING_RULE', ['entityId']],
    [
      'a tolerance of 0',
      () => lookThrough(shandong, 'SC', { tolerance: 0 }),
      'INVALID_INPUT',
      ['options', 'tolerance'],
    ],
    [
      'an unknown option',
      () => lookThrough(shandong, 'SC', { fast: true } as never),
      'INVALID_INPUT',
      ['options'],
    ],
    [
      'an unknown kind in ultimateOwnerKinds',
      () => lookThrough(shandong, 'SC', { ultimateOwnerKinds: ['person' as never] }),
      'INVALID_INPUT',
      ['options', 'ultimateOwnerKinds', 0],
    ],
  ])('refuses %s', (_name, call, code, path) => {
    expect(thrown(call)).toEqual({ code, path });
  });

  it('masks identifier-shaped ids in errors', () => {
    const error = (() => {
      try {
        lookThrough(shandong, '11010519491231002X');
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error?.message).not.toContain('11010519491231002X');
    expect(error?.message).toContain('1101**********002X');
  });
});

/** Dense Gaussian elimination of x = e_t + A x, the reference for the iteration. */
function referenceFlow(lists: GraphLists, target: string): Map<string, number> {
  const ids = lists.entities.map((e) => e.id);
  const n = ids.length;
  const w = n + 1; // row width: n coefficients and the right-hand side
  const at = new Map(ids.map((id, i) => [id, i]));
  const ultimate = new Set(lists.entities.filter((e) => e.kind === 'farmer').map((e) => e.id));
  const held = new Set(lists.holdings.map((h) => h.heldId));
  const expanded = (id: string): boolean => id === target || (!ultimate.has(id) && held.has(id));
  const a = new Float64Array(n * w);
  const get = (r: number, c: number): number => a[r * w + c] as number;
  for (let i = 0; i < n; i++) a[i * w + i] = 1;
  a[(at.get(target) as number) * w + n] = 1;
  for (const h of lists.holdings) {
    if (!expanded(h.heldId)) continue;
    const cell = (at.get(h.holderId) as number) * w + (at.get(h.heldId) as number);
    a[cell] = (a[cell] as number) - (h.stake as { bp: number }).bp / 10_000;
  }
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(get(r, col)) > Math.abs(get(pivot, col))) pivot = r;
    for (let c = 0; c <= n; c++) {
      const swap = get(col, c);
      a[col * w + c] = get(pivot, c);
      a[pivot * w + c] = swap;
    }
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = get(r, col) / get(col, col);
      for (let c = col; c <= n; c++) a[r * w + c] = get(r, c) - f * get(col, c);
    }
  }
  const flow = new Map<string, number>();
  ids.forEach((id, i) => {
    if (!expanded(id)) flow.set(id, get(i, n) / get(i, i));
  });
  return flow;
}

describe('lookThrough: properties', () => {
  it('fully held acyclic graphs: the ultimate owners of any entity hold exactly 100 %', () => {
    fc.assert(
      fc.property(fullyHeldAcyclicArb, fc.nat(), (lists, pick) => {
        const graph = buildHoldingGraph(lists.entities, lists.holdings);
        const inner = lists.entities.filter((e) => e.kind !== 'farmer');
        const target = inner[pick % inner.length]?.id as string;
        const result = lookThrough(graph, target);
        const sum = result.owners.reduce((s, o) => s + o.share, 0);
        expect(Math.abs(sum - 1)).toBeLessThan(1e-12);
        expect(result.exact).toBe(true);
        expect(result.groups[0]?.fraction).toBe('1/1');
        expect(result.untraced.share).toBe(0);
        expect(result.owners.every((o) => o.kind === 'farmer')).toBe(true);
        // Doubles alone agree with the exact pass.
        const doubles = sharesById(lookThrough(graph, target, { exactLimit: 0 }).owners);
        for (const owner of result.owners)
          expect(Math.abs((doubles[owner.entityId] ?? 0) - owner.share)).toBeLessThan(1e-12);
      }),
      RUNS,
    );
  });

  it('graphs with cycles (stakes below 100 % in every entity) converge to the linear solution', () => {
    fc.assert(
      fc.property(cyclicGraphArb(), fc.nat(), (lists, pick) => {
        const graph = buildHoldingGraph(lists.entities, lists.holdings);
        const inner = lists.entities.filter((e) => e.kind !== 'farmer');
        const target = inner[pick % inner.length]?.id as string;
        const result = lookThrough(graph, target);
        const owners = result.owners.reduce((s, o) => s + o.share, 0);
        expect(Math.abs(owners + result.untraced.share - 1)).toBeLessThan(1e-9);
        const reference = referenceFlow(lists, target);
        const shares = sharesById(result.owners);
        for (const [id, value] of reference) {
          if (id === target) continue;
          expect(Math.abs((shares[id] ?? 0) - value)).toBeLessThan(1e-9);
        }
        expect(result.circular.share).toBeGreaterThanOrEqual(0);
        expect(result.circular.share).toBeLessThan(1);
      }),
      RUNS,
    );
  });

  it('the basis points shown are the shares rounded half-up', () => {
    fc.assert(
      fc.property(cyclicGraphArb(), fc.nat(), (lists, pick) => {
        const graph = buildHoldingGraph(lists.entities, lists.holdings);
        const target = lists.entities[pick % lists.entities.length]?.id as string;
        for (const owner of lookThrough(graph, target).owners)
          expect(Math.abs(owner.basisPoints - owner.share * 10_000)).toBeLessThanOrEqual(0.5 + 1e-9);
      }),
      RUNS,
    );
  });
});
