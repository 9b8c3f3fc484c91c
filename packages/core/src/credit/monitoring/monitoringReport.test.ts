import { describe, expect, it } from 'vitest';
import { thrown } from '../../__tests__/thrown';
import { monitoringReport } from './monitoringReport';

const repeat = (value: number, times: number): number[] => Array.from({ length: times }, () => value);

describe('monitoringReport', () => {
  const input = {
    generatedFor: { modelId: 'three-in-one-v1', asOf: '2026-06-30', baseline: '2025 development' },
    scores: {
      expected: [...repeat(55, 2), ...repeat(65, 3), ...repeat(85, 5)],
      actual: [...repeat(55, 4), ...repeat(65, 3), ...repeat(85, 3)],
      bins: [60, 80],
    },
    characteristics: {
      village: { kind: 'categorical' as const, expected: ['东村', '西村'], actual: ['西村', '东村'] },
      areaMu: { kind: 'numeric' as const, expected: [1, 2, 3, 4], actual: [1, 2, 3, 40], bins: [2.5] },
    },
    outcomes: {
      scores: [55, 65, 65, 85],
      bad: [true, true, false, false],
      grades: ['NR', 'A', 'A', 'AAA'],
      gradeOrder: ['AAA', 'AA', 'A', 'NR'],
    },
  };

  it('combines score and characteristic PSI, discrimination and bad rate by grade into plain JSON', () => {
    const r = monitoringReport(input);
    expect(r.generatedFor).toEqual(input.generatedFor);
    expect(r.thresholds).toEqual({ watch: 0.1, shift: 0.25 });
    expect(r.scoreStability.psi).toBeCloseTo(0.240795, 6);
    expect(r.characteristicStability.map((c) => [c.characteristic, c.kind, c.psi])).toEqual([
      ['areaMu', 'numeric', 0],
      ['village', 'categorical', 0],
    ]);
    expect(r.worstVerdict).toBe('watch');
    expect(r.discrimination).toMatchObject({ auc: 0.875, gini: 0.75, ks: 0.5 });
    expect(r.badRateByGrade?.grades.map((g) => g.badRate)).toEqual([0, null, 0.5, 1]);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    expect(monitoringReport(input)).toEqual(r);
  });

  it('leaves discrimination and bad rates null without outcomes', () => {
    const r = monitoringReport({ generatedFor: input.generatedFor, scores: input.scores });
    expect(r.discrimination).toBeNull();
    expect(r.badRateByGrade).toBeNull();
    expect(r.characteristicStability).toEqual([]);
  });

  it('points errors at the field', () => {
    const bad = (patch: object) => thrown(() => monitoringReport({ ...input, ...patch } as never));
    expect(bad({ generatedFor: { modelId: 'm', asOf: '2026-02-30' } }).path).toEqual([
      'generatedFor',
      'asOf',
    ]);
    expect(bad({ characteristics: { x: { kind: 'numeric', expected: [1], actual: [] } } }).path).toEqual([
      'characteristics',
      'x',
      'actual',
    ]);
    expect(bad({ outcomes: { scores: [1, 2], bad: [0, 0] } }).path).toEqual(['outcomes', 'bad']);
    expect(bad({ outcomes: { ...input.outcomes, gradeOrder: ['AAA'] } }).path).toEqual([
      'outcomes',
      'grades',
      0,
    ]);
  });
});
