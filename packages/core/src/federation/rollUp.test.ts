import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validFederationsArb } from './__tests__/arbitraries';
import { federation, thrown } from './__tests__/helpers';
import { type FederationFigures, type MemberCooperativeStat, rollUpFederation } from './rollUp';
import { buildFederationTree, type FederationTree } from './tree';

const RUNS = { numRuns: 1000 };

const tree = buildFederationTree([
  federation({ id: 'county', level: 'county' }),
  federation({ id: 'town-a', level: 'township', parentId: 'county' }),
  federation({ id: 'town-b', level: 'township', parentId: 'county' }),
  federation({ id: 'fruit', level: 'county', type: 'industry', parentId: 'county' }),
]);

const stat = (cooperativeId: string, federationId: string, n: number): MemberCooperativeStat => ({
  cooperativeId,
  federationId,
  memberCount: n,
  capitalFen: n * 1_000_000,
  transactionAmountFen: n * 3_333_333,
});

const figures = (cooperatives: number, n: number): FederationFigures => ({
  cooperatives,
  memberCount: n,
  capitalFen: n * 1_000_000,
  transactionAmountFen: n * 3_333_333,
});

describe('rollUpFederation', () => {
  it('gives every federation its own and total figures, a co-op in two federations counted once', () => {
    const stats = [
      stat('orchard', 'town-a', 120),
      stat('grain', 'town-a', 35),
      stat('veg', 'town-b', 8),
      stat('orchard', 'fruit', 120), // the orchard co-op is also in the county's fruit federation
      stat('union', 'county', 5), // a county-wide union reports to the county directly
    ];
    expect(rollUpFederation(tree, stats)).toEqual([
      {
        federationId: 'county',
        level: 'county',
        type: 'regional',
        depth: 0,
        own: figures(1, 5),
        total: figures(4, 120 + 35 + 8 + 5),
      },
      {
        federationId: 'town-a',
        parentId: 'county',
        level: 'township',
        type: 'regional',
        depth: 1,
        own: figures(2, 155),
        total: figures(2, 155),
      },
      {
        federationId: 'town-b',
        parentId: 'county',
        level: 'township',
        type: 'regional',
        depth: 1,
        own: figures(1, 8),
        total: figures(1, 8),
      },
      {
        federationId: 'fruit',
        parentId: 'county',
        level: 'county',
        type: 'industry',
        depth: 1,
        own: figures(1, 120),
        total: figures(1, 120),
      },
    ]);
  });

  it('gives zeros to federations without members', () => {
    expect(rollUpFederation(tree, []).map((r) => r.total)).toEqual(Array(4).fill(figures(0, 0)));
  });

  it.each<[string, FederationTree, MemberCooperativeStat[], string, (string | number)[]]>([
    [
      'an unknown federation',
      tree,
      [stat('a', 'nowhere', 1)],
      'INVALID_INPUT',
      ['memberStats', 0, 'federationId'],
    ],
    [
      'a co-op listed twice for one federation',
      tree,
      [stat('a', 'town-a', 1), stat('a', 'town-a', 1)],
      'INVALID_INPUT',
      ['memberStats', 1, 'cooperativeId'],
    ],
    [
      'a co-op whose figures disagree between federations',
      tree,
      [stat('a', 'town-a', 1), { ...stat('a', 'fruit', 1), capitalFen: 1 }],
      'INVALID_INPUT',
      ['memberStats', 1, 'capitalFen'],
    ],
    [
      'a negative member count',
      tree,
      [stat('a', 'town-a', -1)],
      'INVALID_INPUT',
      ['memberStats', 0, 'memberCount'],
    ],
    [
      'fractional fen',
      tree,
      [{ ...stat('a', 'town-a', 1), capitalFen: 0.5 }],
      'INVALID_INPUT',
      ['memberStats', 0, 'capitalFen'],
    ],
    [
      'a tree whose links were edited into a bad shape',
      {
        federations: [...tree.federations, federation({ id: 'x', level: 'township', parentId: 'fruit' })],
        roots: [],
      },
      [],
      'INVALID_INPUT',
      ['tree', 'federations', 4, 'parentId'],
    ],
    ['no tree', null as unknown as FederationTree, [], 'INVALID_INPUT', ['tree']],
    [
      'capital past 2^53 fen',
      tree,
      [
        { ...stat('a', 'town-a', 1), capitalFen: Number.MAX_SAFE_INTEGER },
        { ...stat('b', 'town-b', 1), capitalFen: 1 },
      ],
      'AMOUNT_OVERFLOW',
      [],
    ],
  ])('refuses %s', (_name, t, stats, code, path) => {
    expect(thrown(() => rollUpFederation(t, stats))).toEqual({ code, path });
  });

  it('property: totals are own figures plus distinct co-ops below; a root sums every co-op in its tree once', () => {
    const scenario = validFederationsArb
      .filter((list) => list.length > 0)
      .chain((list) =>
        fc.tuple(
          fc.constant(list),
          fc.array(
            fc.record({
              coop: fc.nat({ max: 15 }),
              federation: fc.nat({ max: list.length - 1 }),
            }),
            { maxLength: 40 },
          ),
        ),
      );
    fc.assert(
      fc.property(scenario, ([list, memberships]) => {
        const unique = new Map<string, MemberCooperativeStat>();
        for (const m of memberships) {
          const s = stat(`c${m.coop}`, (list[m.federation] as { id: string }).id, m.coop * 7 + 1);
          unique.set(`${s.cooperativeId}|${s.federationId}`, s);
        }
        const stats = [...unique.values()];
        const built = buildFederationTree(list);
        const result = rollUpFederation(built, stats);
        const byId = new Map(result.map((r) => [r.federationId, r]));
        const parentOf = new Map(list.map((f) => [f.id, f.parentId]));
        const under = (fid: string, ancestor: string): boolean => {
          for (let at: string | undefined = fid; at !== undefined; at = parentOf.get(at))
            if (at === ancestor) return true;
          return false;
        };
        for (const r of result) {
          const coops = new Set(
            stats.filter((s) => under(s.federationId, r.federationId)).map((s) => s.cooperativeId),
          );
          const n = [...coops].reduce((sum, c) => sum + Number(c.slice(1)) * 7 + 1, 0);
          expect(r.total).toEqual(figures(coops.size, n));
          const own = new Set(
            stats.filter((s) => s.federationId === r.federationId).map((s) => s.cooperativeId),
          );
          expect(r.own.cooperatives).toBe(own.size);
          expect(r.total.memberCount).toBeGreaterThanOrEqual(r.own.memberCount);
        }
        expect(byId.size).toBe(list.length);
      }),
      RUNS,
    );
  });
});
