import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partitionArb } from './__tests__/arbitraries';
import { bp, entities, thrown } from './__tests__/helpers';
import { buildHoldingGraph, HoldingGraphSchema } from './graph';
import type { HoldingInput } from './holding';
import { lookThrough } from './lookThrough';

const RUNS = { numRuns: 1000 };

const people = entities({
  F1: 'farmer',
  F2: 'farmer',
  F3: 'farmer',
  C: 'cooperative',
  D: 'cooperative',
  U: 'cooperativeUnion',
});

describe('buildHoldingGraph', () => {
  it('builds a graph with frozen copies of its lists', () => {
    const holdings = [bp('F1', 'C', 5000), { holderId: 'F2', heldId: 'C', stake: '0.5' }];
    const graph = buildHoldingGraph(people, holdings);
    expect(graph.entities).toEqual(people);
    expect(graph.holdings).toEqual(holdings);
    expect(graph.holdings).not.toBe(holdings);
    expect(Object.isFrozen(graph)).toBe(true);
    expect(Object.isFrozen(graph.holdings)).toBe(true);
    expect(Object.isFrozen(graph.holdings[0])).toBe(true);
    expect(HoldingGraphSchema.safeParse(graph).success).toBe(true);
    expect(HoldingGraphSchema.safeParse({ ...graph }).success).toBe(false);
  });

  it('accepts an empty graph and entities that hold nothing', () => {
    expect(buildHoldingGraph([], []).entities).toEqual([]);
    expect(buildHoldingGraph(people, []).holdings).toEqual([]);
  });

  it('adds stakes exactly: three thirds make 100 %, and 1/3 + 2/3 written as fractions too', () => {
    const third = { numerator: 1, denominator: 3 };
    expect(() =>
      buildHoldingGraph(people, [
        { holderId: 'F1', heldId: 'C', stake: third },
        { holderId: 'F2', heldId: 'C', stake: third },
        { holderId: 'F3', heldId: 'C', stake: third },
      ]),
    ).not.toThrow();
    // 0.1 + 0.2 is exactly 0.3 here (decimals are read exactly), so 0.1 + 0.2 + 0.7 = 100 %.
    expect(() =>
      buildHoldingGraph(people, [
        { holderId: 'F1', heldId: 'C', stake: 0.1 },
        { holderId: 'F2', heldId: 'C', stake: 0.2 },
        { holderId: 'F3', heldId: 'C', stake: 0.7 },
      ]),
    ).not.toThrow();
    // A stake finer than 12 decimals still adds exactly.
    expect(() =>
      buildHoldingGraph(people, [
        { holderId: 'F1', heldId: 'C', stake: '0.0000000000001' },
        { holderId: 'F2', heldId: 'C', stake: '0.9999999999999' },
      ]),
    ).not.toThrow();
  });

  const over: [string, HoldingInput[], (string | number)[]][] = [
    ['33.34 % + 66.67 %', [bp('F1', 'C', 3334), bp('F2', 'C', 6667)], ['holdings', 1, 'stake']],
    [
      'three thirds and a hair',
      [
        { holderId: 'F1', heldId: 'C', stake: { numerator: 1, denominator: 3 } },
        { holderId: 'F2', heldId: 'C', stake: { numerator: 1, denominator: 3 } },
        { holderId: 'F3', heldId: 'C', stake: '0.3333333333333333334' },
      ],
      ['holdings', 2, 'stake'],
    ],
    [
      'stakes crossing 100 % at the second of three (in input order)',
      [bp('F1', 'C', 6000), bp('F2', 'D', 1000), bp('F2', 'C', 5000), bp('F3', 'C', 1)],
      ['holdings', 2, 'stake'],
    ],
  ];
  it.each(over)('refuses stakes above 100 %: %s', (_name, holdings, path) => {
    expect(thrown(() => buildHoldingGraph(people, holdings))).toEqual({ code: 'HOLDING_RULE', path });
  });

  it('reports the entity, its total and every stake when stakes pass 100 %', () => {
    try {
      buildHoldingGraph(people, [bp('F1', 'C', 3334), bp('F2', 'C', 6667)]);
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({
        message: 'the stakes in C add up to 100.01 %, above 100 %',
        details: {
          heldId: 'C',
          total: '10001/10000',
          totalPercent: '100.01 %',
          stakes: [
            { holderId: 'F1', holding: 0, stake: '1667/5000', percent: '33.34 %' },
            { holderId: 'F2', holding: 1, stake: '6667/10000', percent: '66.67 %' },
          ],
        },
      });
    }
    try {
      buildHoldingGraph(people, [
        { holderId: 'F1', heldId: 'C', stake: '0.999999' },
        { holderId: 'F2', heldId: 'C', stake: '0.000002' },
      ]);
      expect.unreachable();
    } catch (error) {
      // Two decimals would show 100.00 %: more are shown when they matter.
      expect((error as Error).message).toBe('the stakes in C add up to 100.0001 %, above 100 %');
    }
  });

  it.each<[string, () => unknown, string, (string | number)[]]>([
    [
      'an unknown holder',
      () => buildHoldingGraph(people, [bp('X', 'C', 1)]),
      'HOLDING_RULE',
      ['holdings', 0, 'holderId'],
    ],
    [
      'an unknown held entity',
      () => buildHoldingGraph(people, [bp('F1', 'X', 1)]),
      'HOLDING_RULE',
      ['holdings', 0, 'heldId'],
    ],
    [
      'a self-holding',
      () => buildHoldingGraph(people, [bp('C', 'C', 1)]),
      'HOLDING_RULE',
      ['holdings', 0, 'heldId'],
    ],
    [
      'a held farmer',
      () => buildHoldingGraph(people, [bp('C', 'F1', 1)]),
      'HOLDING_RULE',
      ['holdings', 0, 'heldId'],
    ],
    [
      'a pair listed twice',
      () => buildHoldingGraph(people, [bp('F1', 'C', 1), bp('F2', 'C', 1), bp('F1', 'C', 1)]),
      'HOLDING_RULE',
      ['holdings', 2],
    ],
    [
      'an entity listed twice',
      () => buildHoldingGraph([...people, { id: 'C', kind: 'enterprise' }], []),
      'INVALID_INPUT',
      ['entities', 6, 'id'],
    ],
    [
      'an unknown kind',
      () => buildHoldingGraph([{ id: 'x', kind: 'bank' } as never], []),
      'INVALID_INPUT',
      ['entities', 0, 'kind'],
    ],
    [
      'a stake of 0',
      () => buildHoldingGraph(people, [bp('F1', 'C', 0)]),
      'INVALID_INPUT',
      ['holdings', 0, 'stake'],
    ],
    [
      'a stake above 1',
      () => buildHoldingGraph(people, [bp('F1', 'C', 10_001)]),
      'INVALID_INPUT',
      ['holdings', 0, 'stake', 'bp'],
    ],
    [
      'a fractional basis point',
      () => buildHoldingGraph(people, [bp('F1', 'C', 2500.5)]),
      'INVALID_INPUT',
      ['holdings', 0, 'stake'],
    ],
    [
      'a decimal above 1',
      () => buildHoldingGraph(people, [{ holderId: 'F1', heldId: 'C', stake: '1.0000001' }]),
      'INVALID_INPUT',
      ['holdings', 0, 'stake'],
    ],
    [
      'a negative decimal',
      () => buildHoldingGraph(people, [{ holderId: 'F1', heldId: 'C', stake: -0.5 }]),
      'INVALID_INPUT',
      ['holdings', 0, 'stake'],
    ],
    [
      'a ratio above 1',
      () =>
        buildHoldingGraph(people, [{ holderId: 'F1', heldId: 'C', stake: { numerator: 4, denominator: 3 } }]),
      'INVALID_INPUT',
      ['holdings', 0, 'stake'],
    ],
    [
      'an extra field',
      () => buildHoldingGraph(people, [{ ...bp('F1', 'C', 1), note: 'x' } as never]),
      'INVALID_INPUT',
      ['holdings', 0],
    ],
    ['not a list', () => buildHoldingGraph(people, {} as never), 'INVALID_INPUT', ['holdings']],
    [
      'a hole in the list',
      () => buildHoldingGraph(people, new Array(2) as never),
      'INVALID_INPUT',
      ['holdings', 0],
    ],
  ])('refuses %s', (_name, call, code, path) => {
    expect(thrown(call)).toEqual({ code, path });
  });

  it('masks identifier-shaped ids in errors', () => {
    try {
      buildHoldingGraph(people, [bp('11010519491231002X', 'C', 1)]);
      expect.unreachable();
    } catch (error) {
      expect(JSON.stringify(error)).not.toContain('11010519491231002X');
      expect((error as Error).message).toContain('1101**********002X');
    }
  });

  it('property: stakes into one entity are accepted exactly when they add up to at most 100 %', () => {
    const farmers = Array.from({ length: 8 }, (_, i) => ({ id: `f${i}`, kind: 'farmer' as const }));
    const all = [...farmers, { id: 'c', kind: 'cooperative' as const }];
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 6000 }), { minLength: 1, maxLength: 8 }), (points) => {
        const holdings = points.map((p, i) => bp(`f${i}`, 'c', p));
        let running = 0;
        const crossing = points.findIndex((p) => {
          running += p;
          return running > 10_000;
        });
        if (crossing < 0) expect(buildHoldingGraph(all, holdings).holdings).toHaveLength(points.length);
        else
          expect(thrown(() => buildHoldingGraph(all, holdings))).toEqual({
            code: 'HOLDING_RULE',
            path: ['holdings', crossing, 'stake'],
          });
      }),
      RUNS,
    );
  });

  it('property: a partition of exactly 100 % in any of the three forms is accepted and fully held', () => {
    const farmers = Array.from({ length: 6 }, (_, i) => ({ id: `f${i}`, kind: 'farmer' as const }));
    const all = [...farmers, { id: 'c', kind: 'cooperative' as const }];
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((n) => partitionArb(10_000, n)),
        fc.array(fc.nat({ max: 2 }), { minLength: 6, maxLength: 6 }),
        (parts, forms) => {
          const holdings = parts.map((p, i): HoldingInput => {
            const form = forms[i];
            const stake =
              form === 0 ? { bp: p } : form === 1 ? p / 10_000 : { numerator: p * 3, denominator: 30_000 };
            return { holderId: `f${i}`, heldId: 'c', stake };
          });
          const result = lookThrough(buildHoldingGraph(all, holdings), 'c');
          expect(result.untraced.fraction).toBe('0/1');
          expect(result.groups[0]?.fraction).toBe('1/1');
        },
      ),
      RUNS,
    );
  });
});
