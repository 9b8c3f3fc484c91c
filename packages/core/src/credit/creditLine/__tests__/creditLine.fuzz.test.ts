import { describe, it } from 'vitest';
import { type FuzzTarget, fuzzTotality } from '../../../testing';
import { CREDIT_LINE_FUZZ_TARGETS } from './fuzzTargets';

describe('grades and credit lines fuzz harness', () => {
  it.each(Object.keys(CREDIT_LINE_FUZZ_TARGETS))(
    '%s returns a result or throws a HezuoError on hostile input (1000 runs)',
    async (name) => {
      await fuzzTotality([CREDIT_LINE_FUZZ_TARGETS[name] as FuzzTarget], { numRuns: 1000 });
    },
  );
});
