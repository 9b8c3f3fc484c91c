import { type FuzzTarget, fuzzTotality } from '@hezuo/core/testing';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { run } from '../run';
import { captureIo } from './captureIo';

// No `-o`: a fuzzed command line must never write a file.
const word = fc.constantFrom(
  'demo',
  'help',
  'fit',
  'score',
  'monitor',
  'export',
  '--model',
  '--format',
  'sql',
  '--target',
  '--bad',
  '--key',
  'missing.csv',
  'nope',
  '--lang',
  'en',
  'zh-CN',
  '--lang=fr',
  '-h',
  '-v',
  '--x',
  '--',
  '-',
);

const TARGETS: readonly FuzzTarget[] = [
  {
    name: 'run',
    arity: 2,
    call: async (argv, io) => {
      const code = await run(argv as string[], io as never);
      if (![0, 1, 2].includes(code)) throw new Error(`exit code ${code}`);
      return code;
    },
    nearlyValid: [fc.array(word, { maxLength: 4 }), fc.constant(captureIo())],
  },
];

describe('run resolves to an exit code or throws a HezuoError, whatever its arguments', () => {
  it('is total over hostile argv and io', async () => {
    await fuzzTotality(TARGETS, { numRuns: 200 });
  });
});
