import type { Fen, Locale } from '@hezuo/core';
import type { ComponentProps } from 'react';
import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { Amount, type AmountProps, type AmountPropsSchema } from './Amount';
import { HezuoProvider } from './HezuoProvider';
import { type FenFormatter, useFormatFen } from './useFormatFen';

describe('widget types', () => {
  it('types Amount props', () => {
    expectTypeOf<ComponentProps<typeof Amount>>().toEqualTypeOf<AmountProps>();
    expectTypeOf<AmountProps['fen']>().toEqualTypeOf<Fen>();
    expectTypeOf<AmountProps['locale']>().toEqualTypeOf<Locale | undefined>();
    expectTypeOf<AmountProps>().toExtend<z.input<typeof AmountPropsSchema>>();
  });

  it('needs an amount and a known locale', () => {
    // @ts-expect-error fen is required
    void (<Amount />);
    // @ts-expect-error not a locale
    void (<Amount fen={1} locale="fr" />);
    // @ts-expect-error not a locale
    void (<HezuoProvider locale="de" />);
  });

  it('returns a formatter from useFormatFen', () => {
    expectTypeOf(useFormatFen).returns.toEqualTypeOf<FenFormatter>();
    expectTypeOf<FenFormatter>().returns.toEqualTypeOf<string>();
  });
});
