import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type FuzzTarget, fuzzTotality } from '../../../testing';
import * as area from '../index';
import { FIT_FUZZ_TARGETS } from './fuzzTargets';

describe('credit/fit fuzz', () => {
  it('covers every function export of credit/fit', () => {
    const functions = Object.entries(area)
      .filter(([, value]) => typeof value === 'function' && !(value instanceof z.ZodType))
      .map(([name]) => name);
    expect(functions.filter((name) => !(name in FIT_FUZZ_TARGETS))).toEqual([]);
  });

  it.each(Object.keys(FIT_FUZZ_TARGETS))(
    '%s returns a result or throws a HezuoError on hostile input (1000 runs)',
    async (name) => {
      await fuzzTotality([FIT_FUZZ_TARGETS[name] as FuzzTarget], { numRuns: 1000 });
    },
  );
});
