import { describe, it } from 'vitest';
import { type FuzzTarget, fuzzTotality } from '../../testing';
import { EQUITY_FUZZ_TARGETS } from './fuzzTargets';

describe('equity fuzz harness', () => {
  it.each(Object.keys(EQUITY_FUZZ_TARGETS))(
    '%s returns a result or throws a HezuoError on hostile input (1000 runs)',
    async (name) => {
      await fuzzTotality([EQUITY_FUZZ_TARGETS[name] as FuzzTarget], { numRuns: 1000 });
    },
  );
});
