import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validFederationsArb } from './__tests__/arbitraries';
import { federation, thrown } from './__tests__/helpers';
import { FEDERATION_LEVELS, type Federation } from './federation';
import { buildFederationTree, type FederationNode } from './tree';

const RUNS = { numRuns: 1000 };

/** The tree as nested ids, for readable expectations. */
function shape(node: FederationNode): unknown {
  return node.children.length === 0 ? node.federation.id : { [node.federation.id]: node.children.map(shape) };
}

describe('buildFederationTree', () => {
  it('builds province → city → county → township, with industry federations as leaves', () => {
    const tree = buildFederationTree([
      federation({ id: 'town-b', level: 'township', parentId: 'county', regionCode: '370781102' }),
      federation({ id: 'fruit', level: 'county', type: 'industry', parentId: 'county' }),
      federation({ id: 'county', level: 'county', parentId: 'city' }),
      federation({ id: 'town-a', level: 'township', parentId: 'county', regionCode: '370781101' }),
      federation({ id: 'province', level: 'province', regionCode: '370000' }),
      federation({ id: 'city', level: 'city', parentId: 'province', regionCode: '370700' }),
      federation({ id: 'veg', level: 'township', type: 'industry', parentId: 'city' }),
      federation({ id: 'lone-town', level: 'township' }),
    ]);
    expect(tree.roots.map(shape)).toEqual([
      { province: [{ city: [{ county: ['town-a', 'town-b', 'fruit'] }, 'veg'] }] },
      'lone-town',
    ]);
    expect(tree.federations.map((f) => f.id)).toEqual([
      'province',
      'city',
      'county',
      'town-a',
      'town-b',
      'fruit',
      'veg',
      'lone-town',
    ]);
    expect(tree.roots[0]?.children[0]?.children[0]?.children[0]?.depth).toBe(3);
  });

  it('accepts an empty list and lone roots of any level and type', () => {
    expect(buildFederationTree([])).toEqual({ federations: [], roots: [] });
    const tree = buildFederationTree([
      federation({ id: 'a', level: 'county', type: 'industry' }),
      federation({ id: 'b', level: 'city' }),
    ]);
    expect(tree.roots.map((n) => n.federation.id)).toEqual(['b', 'a']);
  });

  const chain = [
    federation({ id: 'province', level: 'province' }),
    federation({ id: 'city', level: 'city', parentId: 'province' }),
    federation({ id: 'county', level: 'county', parentId: 'city' }),
  ];
  it.each<[string, Federation[], (string | number)[]]>([
    ['a duplicate id', [...chain, federation({ id: 'city', level: 'city' })], ['federations', 3, 'id']],
    [
      'an unknown parent',
      [...chain, federation({ id: 't', level: 'township', parentId: 'nope' })],
      ['federations', 3, 'parentId'],
    ],
    [
      'a regional federation skipping a level (township under city)',
      [...chain, federation({ id: 't', level: 'township', parentId: 'city' })],
      ['federations', 3, 'parentId'],
    ],
    [
      'a regional federation under one of its own level',
      [...chain, federation({ id: 'c2', level: 'county', parentId: 'county' })],
      ['federations', 3, 'parentId'],
    ],
    [
      'a regional federation under a lower one',
      [...chain, federation({ id: 'p2', level: 'city', parentId: 'county' })],
      ['federations', 3, 'parentId'],
    ],
    [
      'a federation under an industry federation',
      [
        ...chain,
        federation({ id: 'ind', level: 'county', type: 'industry', parentId: 'county' }),
        federation({ id: 't', level: 'township', parentId: 'ind' }),
      ],
      ['federations', 4, 'parentId'],
    ],
    [
      'an industry federation under a lower-level regional one',
      [...chain, federation({ id: 'ind', level: 'city', type: 'industry', parentId: 'county' })],
      ['federations', 3, 'parentId'],
    ],
    [
      'a federation its own parent',
      [federation({ id: 'x', level: 'county', parentId: 'x' })],
      ['federations', 0, 'parentId'],
    ],
    [
      'a cycle of two',
      [
        federation({ id: 'a', level: 'township', parentId: 'b' }),
        federation({ id: 'b', level: 'county', parentId: 'a' }),
      ],
      ['federations', 1, 'parentId'],
    ],
    [
      'a bad region code',
      [federation({ id: 'a', level: 'county', regionCode: '0012' })],
      ['federations', 0, 'regionCode'],
    ],
    [
      'an unknown level',
      [federation({ id: 'a', level: 'village' as 'county' })],
      ['federations', 0, 'level'],
    ],
  ])('refuses %s with INVALID_INPUT at its path', (_name, list, path) => {
    expect(thrown(() => buildFederationTree(list))).toEqual({ code: 'INVALID_INPUT', path });
  });

  it('names the federations on a cycle', () => {
    expect(() =>
      buildFederationTree([
        federation({ id: 'a', level: 'township', parentId: 'c' }),
        federation({ id: 'b', level: 'county', parentId: 'a' }),
        federation({ id: 'c', level: 'city', parentId: 'b' }),
      ]),
    ).toThrow(/a → c → b/);
  });

  it('property: valid lists build, in any order, each parent before its children', () => {
    fc.assert(
      fc.property(validFederationsArb, (list) => {
        const tree = buildFederationTree(list);
        expect([...tree.federations].sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(
          [...list].sort((a, b) => (a.id < b.id ? -1 : 1)),
        );
        const seen = new Set<string>();
        for (const f of tree.federations) {
          if (f.parentId !== undefined) expect(seen.has(f.parentId)).toBe(true);
          seen.add(f.id);
        }
        expect(buildFederationTree([...list].reverse())).toEqual(tree);
      }),
      RUNS,
    );
  });

  it('property: any parent links either build a tree obeying the rules or fail with INVALID_INPUT', () => {
    const row = fc.record({
      level: fc.constantFrom(...FEDERATION_LEVELS),
      type: fc.constantFrom('regional' as const, 'industry' as const),
      parent: fc.option(fc.nat({ max: 7 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 8 }), (rows) => {
        const list = rows.map((r, i) =>
          federation({
            id: `f${i}`,
            level: r.level,
            type: r.type,
            ...(r.parent === undefined ? {} : { parentId: `f${r.parent}` }),
          }),
        );
        let tree: ReturnType<typeof buildFederationTree>;
        try {
          tree = buildFederationTree(list);
        } catch (error) {
          expect(error).toMatchObject({ code: 'INVALID_INPUT' });
          return;
        }
        const byId = new Map(list.map((f) => [f.id, f]));
        for (const f of tree.federations) {
          if (f.parentId === undefined) continue;
          const parent = byId.get(f.parentId) as Federation;
          const gap = FEDERATION_LEVELS.indexOf(parent.level) - FEDERATION_LEVELS.indexOf(f.level);
          expect(parent.type).toBe('regional');
          if (f.type === 'regional') expect(gap).toBe(1);
          else expect(gap).toBeGreaterThanOrEqual(0);
        }
      }),
      RUNS,
    );
  });
});
