import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type FuzzTarget, fuzzTotality } from '../../testing';
import * as governance from '../index';
import { GOVERNANCE_FUZZ_TARGETS } from './fuzzTargets';

describe('governance fuzz harness', () => {
  it('covers every function export of the governance area', () => {
    const functions = Object.entries(governance)
      .filter(([, value]) => typeof value === 'function' && !(value instanceof z.ZodType))
      .map(([name]) => name);
    expect(functions.filter((name) => !(name in GOVERNANCE_FUZZ_TARGETS))).toEqual([]);
  });

  it.each(Object.keys(GOVERNANCE_FUZZ_TARGETS))(
    '%s returns a result or throws a HezuoError on hostile input (1000 runs)',
    async (name) => {
      await fuzzTotality([GOVERNANCE_FUZZ_TARGETS[name] as FuzzTarget], { numRuns: 1000 });
    },
  );
});
