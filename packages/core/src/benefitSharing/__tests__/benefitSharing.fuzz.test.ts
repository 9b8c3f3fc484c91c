import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type FuzzTarget, fuzzTotality } from '../../testing';
import * as benefitSharing from '../index';
import { BENEFIT_SHARING_FUZZ_TARGETS } from './fuzzTargets';

describe('benefit-sharing fuzz harness', () => {
  it('covers every function export of the benefit-sharing area', () => {
    const functions = Object.entries(benefitSharing)
      .filter(([, value]) => typeof value === 'function' && !(value instanceof z.ZodType))
      .map(([name]) => name);
    expect(functions.filter((name) => !(name in BENEFIT_SHARING_FUZZ_TARGETS))).toEqual([]);
  });

  it.each(Object.keys(BENEFIT_SHARING_FUZZ_TARGETS))(
    '%s returns a result or throws a HezuoError on hostile input (1000 runs)',
    async (name) => {
      await fuzzTotality([BENEFIT_SHARING_FUZZ_TARGETS[name] as FuzzTarget], { numRuns: 1000 });
    },
  );
});
