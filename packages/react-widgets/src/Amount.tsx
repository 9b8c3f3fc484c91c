import { type Fen, type Locale, LocaleSchema, parseInput, SignedFenSchema } from '@hezuo/core';
import type { ReactElement } from 'react';
import { z } from 'zod';
import { useFormatFen } from './useFormatFen';

/** Props of {@link Amount}. */
export interface AmountProps {
  /** The amount in fen (分): a safe integer, may be negative. */
  readonly fen: Fen;
  /** Overrides the provider's locale for this amount. */
  readonly locale?: Locale;
  /** Extra classes, added after `hz-amount`. */
  readonly className?: string;
}

/** Schema of {@link AmountProps}. */
export const AmountPropsSchema = z.strictObject({
  fen: SignedFenSchema,
  locale: z.optional(LocaleSchema),
  className: z.string().max(1_000).optional(),
});

const AmountOptionsSchema = AmountPropsSchema.omit({ fen: true });

/**
 * An amount of money, formatted for the locale:
 * `<span class="hz-amount" data-negative="false" data-zero="false">¥1,234.56</span>`.
 * Style it with `@hezuo/react-widgets/styles.css` or your own rules on `.hz-amount` and its
 * `data-negative` / `data-zero` attributes.
 *
 * An invalid amount is never shown as something plausible: core's `HezuoError`
 * (`INVALID_AMOUNT`, path `fen`) is thrown while rendering and propagates to the nearest
 * error boundary, as does `INVALID_INPUT` for a bad `locale` or `className`.
 *
 * @example
 * ```tsx
 * <Amount fen={123456} />             // ¥1,234.56
 * <Amount fen={-500} locale="en" />   // -CN¥5.00
 * ```
 */
export function Amount({ fen, locale, className }: AmountProps): ReactElement {
  const format = useFormatFen();
  const amount = parseInput(SignedFenSchema, fen, { code: 'INVALID_AMOUNT', path: ['fen'] });
  const options = parseInput(AmountOptionsSchema, { locale, className });
  const text = format(amount, options.locale === undefined ? {} : { locale: options.locale });
  return (
    <span
      className={options.className ? `hz-amount ${options.className}` : 'hz-amount'}
      data-negative={amount < 0}
      data-zero={amount === 0}
    >
      {text}
    </span>
  );
}
