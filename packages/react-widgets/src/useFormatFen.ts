import { type Fen, type FormatFenOptions, formatFen } from '@hezuo/core';
import { useCallback } from 'react';
import { useHezuoLocale } from './useHezuoLocale';

/**
 * Formats an amount in fen; the bound locale applies unless `options.locale` overrides it.
 * Throws core's `HezuoError` (`INVALID_AMOUNT`) for an amount that is not a safe integer.
 */
export type FenFormatter = (amount: Fen, options?: FormatFenOptions) => string;

/**
 * A money formatter bound to the provider's locale, calling core's `formatFen`. The
 * function is stable while the locale stays the same.
 *
 * @example
 * ```tsx
 * const format = useFormatFen();
 * format(123456); // "¥1,234.56" in zh-CN, "CN¥1,234.56" in en
 * ```
 */
export function useFormatFen(): FenFormatter {
  const locale = useHezuoLocale();
  return useCallback<FenFormatter>(
    (amount, options = {}) => formatFen(amount, { locale, ...options }),
    [locale],
  );
}
