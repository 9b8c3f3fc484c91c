import { describe, it } from 'vitest';
import { type FuzzTarget, fuzzTotality } from '../../testing';
import { SURPLUS_FUZZ_TARGETS } from './fuzzTargets';

describe('surplus fuzz harness', () => {
  it.each(Object.keys(SURPLUS_FUZZ_TARGETS))(
    '%s returns a result or throws a HezuoError on hostile input (1000 runs)',
    async (name) => {
      await fuzzTotality([SURPLUS_FUZZ_TARGETS[name] as FuzzTarget], { numRuns: 1000 });
    },
  );
});
