import { type Fen, formatFen, IsoDateSchema, type Locale, parseInput } from '@hezuo/core';
import { useMemo } from 'react';
import { useHezuoLocale } from '../useHezuoLocale';
import { dateFormat, numberFormat } from './intlCache';

/** Formatters bound to a locale, built on cached `Intl` formatters. */
export interface HezuoFormatters {
  /** The locale they format for. */
  readonly locale: Locale;
  /** Money in fen as currency (`¥1,234.56`); throws `INVALID_AMOUNT` for anything but a safe integer. */
  readonly fen: (amount: Fen) => string;
  /** A number with at most `maximumFractionDigits` decimals (default 2). */
  readonly number: (value: number, maximumFractionDigits?: number) => string;
  /** A share (0.123 → `12.3%`). */
  readonly percent: (share: number) => string;
  /** A calendar date `YYYY-MM-DD`, in the locale's long form (`2026年11月29日`). */
  readonly date: (isoDate: string) => string;
}

/**
 * Money, number, percent and date formatters for the provider's locale. Stable while the
 * locale stays the same.
 *
 * @example
 * ```tsx
 * const f = useHezuoFormat();
 * f.date('2026-11-29'); // "2026年11月29日" in zh-CN
 * ```
 */
export function useHezuoFormat(): HezuoFormatters {
  const locale = useHezuoLocale();
  return useMemo(() => hezuoFormatters(locale), [locale]);
}

/** The formatters of {@link useHezuoFormat}, outside React. */
export function hezuoFormatters(locale: Locale): HezuoFormatters {
  return {
    locale,
    fen: (amount) => formatFen(amount, { locale }),
    number: (value, maximumFractionDigits = 2) =>
      numberFormat(locale, { maximumFractionDigits }).format(value),
    percent: (share) => numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(share),
    date: (isoDate) => {
      const day = parseInput(IsoDateSchema, isoDate, { path: ['date'] });
      return dateFormat(locale, { dateStyle: 'long' }).format(new Date(`${day}T00:00:00Z`));
    },
  };
}
