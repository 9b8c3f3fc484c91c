import { afterEach, describe, expect, it } from 'vitest';
import { z as classic } from 'zod';
import * as mini from 'zod/mini';
import { hezuoErrorFromZod, parseInput, safeParseInput } from './fromZod';
import { HezuoError } from './HezuoError';

const classicSchema = classic.strictObject({ amount: classic.number().int().min(0) });
const miniSchema = mini.strictObject({ amount: mini.number().check(mini.int(), mini.gte(0)) });

function thrown(work: () => unknown): HezuoError {
  try {
    work();
  } catch (error) {
    if (error instanceof HezuoError) return error;
    throw error;
  }
  throw new Error('expected a HezuoError');
}

describe('parseInput', () => {
  it.each([
    ['classic', classicSchema],
    ['mini', miniSchema],
  ] as const)('takes %s schemas and returns the parsed value', (_, schema) => {
    expect(parseInput(schema, { amount: 3 })).toEqual({ amount: 3 });
  });

  it('raises the same error for a classic and a mini schema of the same rules', () => {
    for (const bad of [{ amount: -1 }, { amount: 1.5 }, { amount: 'x' }, { amount: 1, extra: true }, null]) {
      const fromClassic = thrown(() =>
        parseInput(classicSchema, bad, { code: 'INVALID_AMOUNT', path: ['input'] }),
      );
      const fromMini = thrown(() => parseInput(miniSchema, bad, { code: 'INVALID_AMOUNT', path: ['input'] }));
      expect(fromMini.toJSON()).toEqual(fromClassic.toJSON());
      expect(fromMini.code).toBe('INVALID_AMOUNT');
    }
  });

  it('refuses what is not a zod schema', () => {
    expect(thrown(() => parseInput({ safeParse: () => ({}) } as never, 1)).message).toBe(
      'parseInput needs a zod schema',
    );
    expect(thrown(() => safeParseInput({ safeParse: () => ({}) } as never, 1)).path).toEqual(['schema']);
  });
});

describe('hezuoErrorFromZod', () => {
  it('takes the errors of both flavours', () => {
    const classicError = classicSchema.safeParse({ amount: -1 }).error;
    const miniError = mini.safeParse(miniSchema, { amount: -1 }).error;
    for (const error of [classicError, miniError]) {
      const converted = hezuoErrorFromZod(error as mini.core.$ZodError, { path: ['input'] });
      expect(converted.code).toBe('INVALID_INPUT');
      expect(converted.path).toEqual(['input', 'amount']);
      expect(converted.cause).toBe(error);
    }
  });

  it('refuses what is not a zod error', () => {
    expect(hezuoErrorFromZod(new Error('no') as never).path).toEqual(['error']);
  });
});

describe('English messages without a registered locale', () => {
  const configured = mini.config().localeError;
  afterEach(() => {
    mini.config({ localeError: configured });
  });

  it('registers English before parsing when no locale is set, as classic zod does on load', () => {
    mini.config({ localeError: undefined });
    const result = safeParseInput(miniSchema, { amount: 'x' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Invalid input: expected number, received string');
    expect(thrown(() => parseInput(miniSchema, { amount: -1 })).message).toBe(
      '✖ Too small: expected number to be >=0\n  → at amount',
    );
  });

  it('keeps a locale the host chose', () => {
    mini.config({ localeError: () => '输入无效' });
    expect(safeParseInput(miniSchema, { amount: 'x' }).error?.issues[0]?.message).toBe('输入无效');
  });
});
