import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fullyHeldAcyclicArb } from './__tests__/arbitraries';
import { bp, entities, thrown } from './__tests__/helpers';
import {
  checkOwnershipConstraints,
  GUANGDONG_STAFF_COINVESTMENT_CONSTRAINT,
  type OwnershipConstraint,
  OwnershipConstraintSchema,
  SHANDONG_OWNERSHIP_CONSTRAINTS,
} from './constraints';
import { buildHoldingGraph } from './graph';

const label = { 'zh-CN': '测试', en: 'test' };

/** Two townships on the Shandong model: one at the exact bounds, one just below them. */
function townships(unionCoopBp: number, centreUnionBp: number) {
  return buildHoldingGraph(
    entities({
      F1: 'farmer',
      F2: 'farmer',
      F3: 'farmer',
      C1: 'cooperative',
      C2: 'cooperative',
      E: 'enterprise',
      S: 'state',
      U: 'cooperativeUnion',
      SC: 'serviceCenter',
    }),
    [
      bp('F1', 'C1', 6000),
      bp('F2', 'C1', 4000),
      bp('F3', 'C2', 10_000),
      bp('C1', 'U', unionCoopBp - 3000),
      bp('C2', 'U', 3000),
      bp('E', 'U', 10_000 - unionCoopBp),
      bp('U', 'SC', centreUnionBp),
      bp('S', 'SC', 10_000 - centreUnionBp),
    ],
  );
}

describe('checkOwnershipConstraints', () => {
  it('the Shandong model at its exact bounds passes: 80 %, 70 %, and 0.8 × 0.7 = 56 % to the last digit', () => {
    const report = checkOwnershipConstraints(townships(8000, 7000), SHANDONG_OWNERSHIP_CONSTRAINTS);
    expect(report).toMatchObject({ passed: 3, failed: 0, pass: true, unmatched: [] });
    expect(
      report.rows.map((r) => [r.constraintId, r.subjectId, r.measured, r.min?.fraction, r.pass]),
    ).toEqual([
      [
        'shandong-union-cooperatives',
        'U',
        { share: 0.8, basisPoints: 8000, fraction: '4/5', exact: true },
        '4/5',
        true,
      ],
      [
        'shandong-center-union',
        'SC',
        { share: 0.7, basisPoints: 7000, fraction: '7/10', exact: true },
        '7/10',
        true,
      ],
      [
        'shandong-center-farmers',
        'SC',
        { share: 0.56, basisPoints: 5600, fraction: '14/25', exact: true },
        '14/25',
        true,
      ],
    ]);
    expect(report.rows[2]).toMatchObject({
      label: SHANDONG_OWNERSHIP_CONSTRAINTS[2]?.label,
      subjectKind: 'serviceCenter',
      measure: 'lookThrough',
      holders: { group: 'farmers' },
      withinTolerance: false,
      source: 'seed: Shandong supply-and-marketing cooperative reform (DESIGN §3.3)',
    });
  });

  it('one basis point below each bound fails', () => {
    const report = checkOwnershipConstraints(townships(7999, 6999), SHANDONG_OWNERSHIP_CONSTRAINTS);
    expect(report.rows.map((r) => [r.measured.fraction, r.pass])).toEqual([
      ['7999/10000', false],
      ['6999/10000', false],
      // 0.7999 × 0.6999 = 0.55985001
      ['55985001/100000000', false],
    ]);
    expect(report).toMatchObject({ passed: 0, failed: 3, pass: false });
  });

  it('Guangdong staff co-investment: by look-through a staff platform counts through a company too', () => {
    const graph = buildHoldingGraph(entities({ P: 'staff', S: 'state', W: 'enterprise', V: 'enterprise' }), [
      bp('P', 'V', 3000),
      bp('W', 'V', 7000),
      bp('P', 'W', 1000),
      bp('S', 'W', 9000),
    ]);
    const direct = {
      ...GUANGDONG_STAFF_COINVESTMENT_CONSTRAINT,
      id: 'direct',
      subject: 'V',
      measure: 'direct' as const,
    };
    const report = checkOwnershipConstraints(graph, [GUANGDONG_STAFF_COINVESTMENT_CONSTRAINT, direct]);
    // V: 30 % + 70 % × 10 % = 37 % by look-through; W: 10 %; V directly: 30 %.
    expect(report.rows.map((r) => [r.constraintId, r.subjectId, r.measured.fraction, r.pass])).toEqual([
      ['guangdong-staff-coinvestment', 'W', '1/10', false],
      ['guangdong-staff-coinvestment', 'V', '37/100', true],
      ['direct', 'V', '3/10', false],
    ]);
  });

  it('checks upper bounds, and lists constraints that matched nothing', () => {
    const cap: OwnershipConstraint = {
      id: 'state-cap',
      label,
      subject: 'SC',
      measure: 'direct',
      holders: { group: 'state' },
      max: '0.3',
    };
    const none: OwnershipConstraint = { ...cap, id: 'none', subject: { kind: 'villageCollective' } };
    const report = checkOwnershipConstraints(townships(8000, 7000), [cap, none]);
    expect(report.rows).toHaveLength(1);
    expect(report.rows[0]).toMatchObject({
      pass: true,
      measured: { fraction: '3/10' },
      max: { fraction: '3/10' },
    });
    expect(report.rows[0]).not.toHaveProperty('min');
    expect(report.unmatched).toEqual(['none']);
    const tight = checkOwnershipConstraints(townships(8000, 6999), [cap]);
    expect(tight.rows[0]?.pass).toBe(false);
  });

  it('compares a share measured through a cycle within the tolerance, and says so', () => {
    const graph = buildHoldingGraph(
      entities({ F1: 'farmer', F2: 'farmer', A: 'cooperative', B: 'cooperative', U: 'cooperativeUnion' }),
      [
        bp('F1', 'A', 10_000),
        bp('A', 'U', 8000),
        bp('B', 'U', 2000),
        bp('U', 'B', 1000),
        bp('F2', 'B', 9000),
      ],
    );
    const all: OwnershipConstraint = {
      id: 'all-farmers',
      label,
      subject: 'U',
      measure: 'lookThrough',
      holders: { group: 'farmers' },
      min: 1,
    };
    const loose = checkOwnershipConstraints(graph, [all]).rows[0];
    expect(loose?.measured.exact).toBe(false);
    expect(loose?.pass).toBe(true);
    expect(loose?.withinTolerance).toBe((loose?.measured.share ?? 0) < 1);
    const strict = checkOwnershipConstraints(graph, [all], { comparisonTolerance: 0 }).rows[0];
    expect(strict?.pass).toBe((strict?.measured.share ?? 0) >= 1);
  });

  it('reuses one look-through for several constraints on the same subject', () => {
    const graph = townships(8000, 7000);
    const many = Array.from({ length: 5 }, (_, i) => ({ ...SHANDONG_OWNERSHIP_CONSTRAINTS[2], id: `c${i}` }));
    expect(checkOwnershipConstraints(graph, many as OwnershipConstraint[]).passed).toBe(5);
  });

  it.each<[string, unknown, (string | number)[], string]>([
    [
      'an unknown subject',
      [{ ...SHANDONG_OWNERSHIP_CONSTRAINTS[0], subject: 'X' }],
      ['constraints', 0, 'subject'],
      'HOLDING_RULE',
    ],
    [
      'min above max',
      [{ ...SHANDONG_OWNERSHIP_CONSTRAINTS[0], max: { bp: 7000 } }],
      ['constraints', 0, 'max'],
      'INVALID_INPUT',
    ],
    [
      'no bound',
      [{ id: 'x', label, subject: 'U', measure: 'direct', holders: { kind: 'cooperative' } }],
      ['constraints', 0, 'min'],
      'INVALID_INPUT',
    ],
    [
      'an id twice',
      [SHANDONG_OWNERSHIP_CONSTRAINTS[0], SHANDONG_OWNERSHIP_CONSTRAINTS[0]],
      ['constraints', 1, 'id'],
      'INVALID_INPUT',
    ],
    [
      'a label in one language',
      [{ ...SHANDONG_OWNERSHIP_CONSTRAINTS[0], label: { en: 'x' } }],
      ['constraints', 0, 'label', 'zh-CN'],
      'INVALID_INPUT',
    ],
  ])('refuses %s', (_name, constraints, path, code) => {
    expect(
      thrown(() => checkOwnershipConstraints(townships(8000, 7000), constraints as OwnershipConstraint[])),
    ).toEqual({ code, path });
  });

  it('ships its examples valid and frozen', () => {
    for (const c of [...SHANDONG_OWNERSHIP_CONSTRAINTS, GUANGDONG_STAFF_COINVESTMENT_CONSTRAINT]) {
      expect(OwnershipConstraintSchema.safeParse(c).success).toBe(true);
      expect(Object.isFrozen(c)).toBe(true);
      expect(Object.isFrozen(c.min)).toBe(true);
    }
  });

  it('property: fully held graphs of farmers meet "farmers hold 100 %" exactly, whatever the path', () => {
    fc.assert(
      fc.property(fullyHeldAcyclicArb, (lists) => {
        const graph = buildHoldingGraph(lists.entities, lists.holdings);
        const report = checkOwnershipConstraints(graph, [
          {
            id: 'all',
            label,
            subject: { kind: 'cooperative' },
            measure: 'lookThrough',
            holders: { group: 'farmers' },
            min: { bp: 10_000 },
          },
          {
            id: 'direct',
            label,
            subject: { kind: 'serviceCenter' },
            measure: 'direct',
            holders: { group: 'farmers' },
            max: 1,
          },
        ]);
        expect(report.pass).toBe(true);
        for (const row of report.rows) expect(row.measured.exact).toBe(true);
        for (const row of report.rows.filter((r) => r.constraintId === 'all'))
          expect(row.measured.fraction).toBe('1/1');
      }),
      { numRuns: 1000 },
    );
  });
});
