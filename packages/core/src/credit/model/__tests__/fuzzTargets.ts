import fc from 'fast-check';
import type { FuzzTarget } from '../../../testing';
import { INDICATOR_MODEL, LOGISTIC_MODEL } from '../../scoring/__tests__/fixtures';
import { modelHash } from '../modelHash';
import { scaleLogisticPoints } from '../scaleLogisticPoints';
import type { ScorecardModelInput } from '../scorecardModel';

/** Models near the valid ones: the examples, with one field broken or a bin moved. */
export const nearlyValidModel: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(INDICATOR_MODEL, LOGISTIC_MODEL),
  fc
    .record({
      base: fc.constantFrom(INDICATOR_MODEL, LOGISTIC_MODEL),
      lower: fc.oneof(fc.double(), fc.constant(null)),
      points: fc.double(),
      top: fc.integer({ min: -2, max: 80 }),
    })
    .map(({ base, lower, points, top }) => ({
      ...base,
      reasons: { top },
      characteristics: base.characteristics.map((c, i) =>
        i === 0 && c.type === 'numeric'
          ? { ...c, bins: c.bins.map((b, k) => (k === 1 ? { ...b, lower, points } : b)) }
          : c,
      ),
    })),
);

/** Every input-taking export of credit/model. */
export const MODEL_FUZZ_TARGETS: Record<string, FuzzTarget> = {
  modelHash: {
    name: 'modelHash',
    arity: 1,
    call: (m) => modelHash(m as ScorecardModelInput),
    nearlyValid: [nearlyValidModel],
  },
  scaleLogisticPoints: {
    name: 'scaleLogisticPoints',
    arity: 1,
    call: (m) => scaleLogisticPoints(m as ScorecardModelInput),
    nearlyValid: [nearlyValidModel],
  },
};
