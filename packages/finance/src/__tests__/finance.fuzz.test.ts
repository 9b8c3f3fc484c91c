import { type FuzzTarget, fuzzTotality } from '@hezuo/core/testing';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as finance from '../index';
import { FINANCE_FUZZ_TARGETS } from './fuzzTargets';

describe('finance is total over hostile input', () => {
  it('covers every function export of @hezuo/finance', () => {
    const functions = Object.entries(finance)
      .filter(([, value]) => typeof value === 'function' && !(value instanceof z.ZodType))
      .map(([name]) => name);
    expect(functions.filter((name) => !(name in FINANCE_FUZZ_TARGETS))).toEqual([]);
  });

  it.each(Object.keys(FINANCE_FUZZ_TARGETS))(
    '%s returns a result without NaN or throws a HezuoError',
    async (name) => {
      await fuzzTotality([FINANCE_FUZZ_TARGETS[name] as FuzzTarget], { numRuns: 300 });
    },
  );
});
