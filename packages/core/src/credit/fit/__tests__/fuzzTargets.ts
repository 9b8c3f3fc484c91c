import fc from 'fast-check';
import type { FuzzTarget } from '../../../testing';
import { binCharacteristic } from '../binCharacteristic';
import { crossValidate } from '../crossValidate';
import { oddsGradeBands } from '../defaultGradeBands';
import { fitScorecard } from '../fitScorecard';
import { logisticRegression } from '../logisticRegression';

const cell = fc.oneof(
  { weight: 30, arbitrary: fc.integer({ min: 0, max: 9 }) },
  { weight: 3, arbitrary: fc.constantFrom(null, '', Number.NaN, undefined) },
  { weight: 1, arbitrary: fc.constantFrom('a', Number.POSITIVE_INFINITY) },
);
const outcome = fc.oneof(
  { weight: 30, arbitrary: fc.constantFrom('good', 'bad') },
  { weight: 1, arbitrary: fc.constantFrom('maybe', null) },
);

/** Small tables close to valid: a target, two or three columns, the odd bad cell. */
const rows = fc.array(
  fc.record({
    status: outcome,
    x: cell,
    y: fc.integer({ min: 0, max: 5 }),
    z: fc.constantFrom('east', 'west', 'north'),
  }),
  { minLength: 8, maxLength: 40 },
);
/** Mostly valid, now and then out of range, so both the deep paths and the refusals run. */
const mostly = <T>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<unknown>) =>
  fc.oneof({ weight: 40, arbitrary: valid }, { weight: 1, arbitrary: invalid });
const binning = fc.record(
  {
    maxBins: mostly(fc.integer({ min: 1, max: 6 }), fc.constant(0)),
    minBinShare: mostly(fc.double({ min: 0, max: 0.3, noNaN: true }), fc.constant(-0.1)),
    minBinEvents: fc.integer({ min: 0, max: 3 }),
    minBinNonEvents: fc.integer({ min: 0, max: 3 }),
    trend: mostly(
      fc.constantFrom('ascending', 'descending', 'peak', 'valley', 'auto', 'none'),
      fc.constant('sideways'),
    ),
    splits: fc.array(fc.integer({ min: -2, max: 12 }), { maxLength: 2 }),
    special: fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 2 }),
    pseudoCount: fc.constantFrom(0.5, 1e-6, 1e6),
  },
  { requiredKeys: [] },
);
const fitOptions = fc.record(
  {
    target: fc.oneof({ weight: 8, arbitrary: fc.constant('status') }, fc.constantFrom('x', 'missing')),
    bad: fc.oneof({ weight: 8, arbitrary: fc.constant('bad') }, fc.constantFrom('good', 1)),
    characteristics: fc.option(
      mostly(
        fc.constantFrom(['x', 'y'], ['y', { id: 'z', type: 'categorical' }, { id: 'x', force: true }]),
        fc.constant(['x', 'x']),
      ),
      { nil: undefined },
    ),
    binning,
    selection: fc.record(
      { minInformationValue: mostly(fc.constantFrom(0, 0.02), fc.constant(5)), dropReversed: fc.boolean() },
      { requiredKeys: [] },
    ),
    regression: fc.record(
      {
        l2: mostly(fc.constantFrom(0, 1), fc.constant(-1)),
        adjustBins: fc.boolean(),
        adjustmentPenalty: fc.constantFrom(30, 1e-3, 1e9),
        maxIterations: mostly(fc.integer({ min: 1, max: 5 }), fc.constant(0)),
      },
      { requiredKeys: [] },
    ),
    scaling: fc.record(
      {
        pdo: mostly(fc.constantFrom(20, 1e6, 1e-3), fc.constant(0)),
        baseOdds: mostly(fc.constantFrom(50, 1e12, 1e-9), fc.constant(0)),
        baseScore: fc.constantFrom(600, 1e9, -1e9),
        interceptPlacement: fc.constantFrom('spread', 'separate'),
        integerPoints: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['target', 'bad'] },
);
const values = fc.oneof(
  fc.array(cell, { minLength: 1, maxLength: 40 }),
  fc.array(fc.double(), { maxLength: 40 }).map((xs) => Float64Array.from(xs)),
);
const outcomes = fc.oneof(
  fc.array(fc.constantFrom(0, 1), { minLength: 8, maxLength: 40 }),
  fc.array(fc.boolean(), { maxLength: 40 }),
  fc.array(fc.constantFrom(0, 1), { maxLength: 40 }).map((xs) => Uint8Array.from(xs)),
);
const columns = fc.array(
  fc.oneof(
    fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 1, maxLength: 40 }),
    fc.array(fc.double(), { maxLength: 40 }).map((xs) => Float64Array.from(xs)),
  ),
  { maxLength: 3 },
);

const regressionOptions = fc.record(
  {
    l2: mostly(fc.constantFrom(0, 0.5), fc.constant(-1)),
    maxIterations: mostly(fc.integer({ min: 1, max: 5 }), fc.constant(0)),
  },
  { requiredKeys: [] },
);

/** Every input-taking export of credit/fit (some twice, with arguments that fit together). */
export const FIT_FUZZ_TARGETS: Record<string, FuzzTarget> = {
  binCharacteristic: {
    name: 'binCharacteristic',
    arity: 3,
    call: (v, o, opts) => binCharacteristic(v as never, o as never, opts as never),
    nearlyValid: [values, outcomes, binning],
  },
  'binCharacteristic (values as long as the outcomes)': {
    name: 'binCharacteristic (paired)',
    arity: 2,
    call: (pair, opts) => {
      const p = pair as { v?: unknown; o?: unknown } | null | undefined;
      return binCharacteristic(p?.v as never, p?.o as never, opts as never);
    },
    nearlyValid: [
      fc.integer({ min: 4, max: 60 }).chain((n) =>
        fc.record({
          v: fc.array(cell, { minLength: n, maxLength: n }),
          o: fc.array(fc.constantFrom(0, 1), { minLength: n, maxLength: n }),
        }),
      ),
      binning,
    ],
  },
  logisticRegression: {
    name: 'logisticRegression',
    arity: 3,
    call: (x, y, opts) => logisticRegression(x as never, y as never, opts as never),
    nearlyValid: [columns, outcomes, regressionOptions],
  },
  'logisticRegression (columns as long as the outcomes)': {
    name: 'logisticRegression (paired)',
    arity: 2,
    call: (pair, opts) => {
      const p = pair as { x?: unknown; y?: unknown } | null | undefined;
      return logisticRegression(p?.x as never, p?.y as never, opts as never);
    },
    nearlyValid: [
      fc.integer({ min: 4, max: 40 }).chain((n) =>
        fc.record({
          x: fc.array(
            fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: n, maxLength: n }),
            {
              maxLength: 3,
            },
          ),
          y: fc.array(fc.constantFrom(0, 1), { minLength: n, maxLength: n }),
        }),
      ),
      regressionOptions,
    ],
  },
  fitScorecard: {
    name: 'fitScorecard',
    arity: 2,
    call: (r, o) => fitScorecard(r as never, o as never),
    nearlyValid: [rows, fitOptions],
  },
  crossValidate: {
    name: 'crossValidate',
    arity: 2,
    call: (r, o) => crossValidate(r as never, o as never),
    nearlyValid: [rows, fitOptions.map((o) => ({ ...o, folds: 2, seed: 3, bootstrap: { samples: 5 } }))],
  },
  oddsGradeBands: {
    name: 'oddsGradeBands',
    arity: 2,
    call: (b, p) => oddsGradeBands(b as number, p as number),
    nearlyValid: [fc.constantFrom(600, 1e9, -1), fc.constantFrom(20, 0, 1e6)],
  },
};
