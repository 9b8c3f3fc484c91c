import { describe, it } from 'vitest';
import { type FuzzTarget, fuzzTotality } from '../../../testing';
import { MONITORING_FUZZ_TARGETS } from './fuzzTargets';

describe('credit monitoring fuzz harness', () => {
  it.each(Object.keys(MONITORING_FUZZ_TARGETS))(
    '%s returns a result or throws a HezuoError on hostile input (1000 runs)',
    async (name) => {
      await fuzzTotality([MONITORING_FUZZ_TARGETS[name] as FuzzTarget], { numRuns: 1000 });
    },
  );
});
