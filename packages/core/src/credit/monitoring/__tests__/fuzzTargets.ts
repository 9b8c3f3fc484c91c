import fc from 'fast-check';
import type { FuzzTarget } from '../../../testing';
import { badRateByGrade } from '../badRateByGrade';
import { categoricalStability } from '../categoricalStability';
import { discrimination } from '../discrimination';
import { monitoringReport } from '../monitoringReport';
import { populationStabilityIndex } from '../populationStabilityIndex';

const number = fc.oneof(
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.constantFrom(0, -0, 1e308, -1e308, Number.MAX_VALUE, Number.MIN_VALUE, Number.NaN),
);
const numbers = fc.oneof(
  fc.array(number, { maxLength: 30 }),
  fc.array(number, { maxLength: 30 }).map((xs) => Float64Array.from(xs)),
);
const bins = fc.oneof(
  fc.integer({ min: -1, max: 1001 }),
  fc.array(number, { maxLength: 5 }),
  fc.constant([1, 2, 3]),
);
const labels = fc.array(fc.constantFrom('AAA', 'AA', 'A', 'NR', '', 1 as unknown as string), {
  maxLength: 30,
});
const outcomes = fc.oneof(
  fc.array(fc.boolean(), { maxLength: 30 }),
  fc.array(fc.constantFrom(0, 1, 2), { maxLength: 30 }),
  fc.array(fc.constantFrom(0, 1), { maxLength: 30 }).map((xs) => Uint8Array.from(xs)),
);
const thresholds = fc.record(
  { watch: fc.double({ min: -1, max: 1 }), shift: fc.double({ min: -1, max: 1 }) },
  { requiredKeys: [] },
);
const pseudoCount = fc.oneof(fc.double({ min: -1, max: 200 }), fc.constant(0.5));

/** The monitoring area's input-taking exports, for the fuzz harness. */
export const MONITORING_FUZZ_TARGETS: Record<string, FuzzTarget> = {
  populationStabilityIndex: {
    name: 'populationStabilityIndex',
    arity: 1,
    call: (input) => populationStabilityIndex(input as never),
    nearlyValid: [
      fc.record(
        { expected: numbers, actual: numbers, bins, pseudoCount, thresholds },
        { requiredKeys: ['expected', 'actual'] },
      ),
    ],
  },
  categoricalStability: {
    name: 'categoricalStability',
    arity: 1,
    call: (input) => categoricalStability(input as never),
    nearlyValid: [
      fc.record(
        { expected: labels, actual: labels, pseudoCount, thresholds },
        { requiredKeys: ['expected', 'actual'] },
      ),
    ],
  },
  discrimination: {
    name: 'discrimination',
    arity: 1,
    call: (input) => discrimination(input as never),
    nearlyValid: [
      fc.integer({ min: 1, max: 30 }).chain((n) =>
        fc.record({
          scores: fc.array(number, { minLength: n, maxLength: n }),
          bad: fc.array(fc.constantFrom(0, 1, true, false), { minLength: n, maxLength: n }),
        }),
      ),
    ],
  },
  badRateByGrade: {
    name: 'badRateByGrade',
    arity: 1,
    call: (input) => badRateByGrade(input as never),
    nearlyValid: [
      fc.integer({ min: 1, max: 30 }).chain((n) =>
        fc.record(
          {
            grades: fc.array(fc.constantFrom('AAA', 'AA', 'A', 'NR'), { minLength: n, maxLength: n }),
            bad: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
            gradeOrder: fc.constantFrom(['AAA', 'AA', 'A', 'NR'], ['AAA'], ['A', 'A']),
          },
          { requiredKeys: ['grades', 'bad'] },
        ),
      ),
    ],
  },
  monitoringReport: {
    name: 'monitoringReport',
    arity: 1,
    call: (input) => monitoringReport(input as never),
    nearlyValid: [
      fc.record(
        {
          generatedFor: fc.constantFrom(
            { modelId: 'm1', asOf: '2026-06-30' },
            { modelId: '', asOf: '2026-02-30' },
          ),
          scores: fc.record(
            { expected: numbers, actual: numbers, bins },
            { requiredKeys: ['expected', 'actual'] },
          ),
          characteristics: fc.dictionary(
            fc.constantFrom('areaMu', 'village', ''),
            fc.oneof(
              fc.record({ kind: fc.constant('numeric'), expected: numbers, actual: numbers }),
              fc.record({ kind: fc.constant('categorical'), expected: labels, actual: labels }),
            ),
            { maxKeys: 3 },
          ),
          outcomes: fc.record(
            {
              scores: numbers,
              bad: outcomes,
              grades: labels,
              gradeOrder: fc.constant(['AAA', 'AA', 'A', 'NR']),
            },
            { requiredKeys: ['scores', 'bad'] },
          ),
          thresholds,
        },
        { requiredKeys: ['generatedFor', 'scores'] },
      ),
    ],
  },
};
