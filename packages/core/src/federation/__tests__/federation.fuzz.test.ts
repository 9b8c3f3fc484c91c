import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type FuzzTarget, fuzzTotality } from '../../testing';
import * as federation from '../index';
import { FEDERATION_FUZZ_TARGETS } from './fuzzTargets';

describe('federation fuzz harness', () => {
  it('covers every function export of the federation area', () => {
    const functions = Object.entries(federation)
      .filter(([, value]) => typeof value === 'function' && !(value instanceof z.ZodType))
      .map(([name]) => name);
    expect(functions.filter((name) => !(name in FEDERATION_FUZZ_TARGETS))).toEqual([]);
  });

  it.each(Object.keys(FEDERATION_FUZZ_TARGETS))(
    '%s returns a result or throws a HezuoError on hostile input (1000 runs)',
    async (name) => {
      await fuzzTotality([FEDERATION_FUZZ_TARGETS[name] as FuzzTarget], { numRuns: 1000 });
    },
  );
});
