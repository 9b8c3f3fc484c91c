import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type FuzzTarget, fuzzTotality } from '../../testing';
import * as marketing from '../index';
import { MARKETING_FUZZ_TARGETS } from './fuzzTargets';

describe('marketing fuzz harness', () => {
  it('covers every function export of the marketing ledger', () => {
    const functions = Object.entries(marketing)
      .filter(([, value]) => typeof value === 'function' && !(value instanceof z.ZodType))
      .map(([name]) => name);
    expect(functions.filter((name) => !(name in MARKETING_FUZZ_TARGETS))).toEqual([]);
  });

  it.each(Object.keys(MARKETING_FUZZ_TARGETS))(
    '%s returns a result or throws a HezuoError on hostile input (1000 runs)',
    async (name) => {
      await fuzzTotality([MARKETING_FUZZ_TARGETS[name] as FuzzTarget], { numRuns: 1000 });
    },
  );
});
