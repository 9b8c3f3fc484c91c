import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type FuzzTarget, fuzzTotality } from '../../testing';
import * as ownership from '../index';
import { OWNERSHIP_FUZZ_TARGETS } from './fuzzTargets';

describe('ownership fuzz harness', () => {
  it('covers every function export of the ownership area', () => {
    const functions = Object.entries(ownership)
      .filter(([, value]) => typeof value === 'function' && !(value instanceof z.ZodType))
      .map(([name]) => name);
    expect(functions.filter((name) => !(name in OWNERSHIP_FUZZ_TARGETS))).toEqual([]);
  });

  it.each(Object.keys(OWNERSHIP_FUZZ_TARGETS))(
    '%s returns a result or throws a HezuoError on hostile input (1000 runs)',
    async (name) => {
      await fuzzTotality([OWNERSHIP_FUZZ_TARGETS[name] as FuzzTarget], { numRuns: 1000 });
    },
  );
});
