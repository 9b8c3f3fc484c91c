import * as z from 'zod/mini';
import { parseInput } from '../errors/fromZod';
import { DEFAULT_LOCALE, type Locale, LocaleSchema } from '../i18n/locale';
import { type Fen, SignedFenSchema } from './fen';

/** Options for {@link formatFen}. */
export interface FormatFenOptions {
  /** `zh-CN` (default) or `en`. */
  readonly locale?: Locale;
  /** `currency` (default) adds the yuan sign or name; `decimal` prints the number of yuan only. */
  readonly style?: 'currency' | 'decimal';
  /** How the currency is shown with `style: 'currency'`: `symbol` (default), `narrowSymbol`, `code` or `name`. */
  readonly currencyDisplay?: 'symbol' | 'narrowSymbol' | 'code' | 'name';
}

const FormatFenOptionsSchema = z.strictObject({
  locale: z.optional(LocaleSchema),
  style: z.optional(z.enum(['currency', 'decimal'])),
  currencyDisplay: z.optional(z.enum(['symbol', 'narrowSymbol', 'code', 'name'])),
});

const formatters = new Map<string, Intl.NumberFormat>();

/** One cached formatter per option set: building an `Intl.NumberFormat` is the slow part. */
function formatterFor(
  locale: Locale,
  style: 'currency' | 'decimal',
  currencyDisplay: NonNullable<FormatFenOptions['currencyDisplay']>,
): Intl.NumberFormat {
  const key = `${locale}|${style}|${currencyDisplay}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, {
      style,
      ...(style === 'currency' ? { currency: 'CNY', currencyDisplay } : {}),
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * The exact decimal yuan text of an amount in fen: `123456` → `"1234.56"`, `-5` → `"-0.05"`.
 * No floating point is involved.
 */
export function fenToYuanString(amount: Fen): string {
  const fen = parseInput(SignedFenSchema, amount, { code: 'INVALID_AMOUNT', path: ['amount'] });
  const sign = fen < 0 ? '-' : '';
  const magnitude = Math.abs(fen);
  const yuan = Math.trunc(magnitude / 100);
  const cents = magnitude - yuan * 100;
  return `${sign}${yuan}.${cents < 10 ? '0' : ''}${cents}`;
}

const YUAN_PATTERN = /^(-?)(\d{1,14})(?:\.(\d{1,2}))?$/;

/**
 * Reads a yuan amount written as text (`"1234.5"`, `"-0.05"`, at most two decimals) into fen,
 * exactly. Use it at the edges where amounts arrive as text (CSV files, forms).
 */
export function yuanToFen(yuan: string): Fen {
  const text = parseInput(
    z
      .string()
      .check(z.regex(YUAN_PATTERN, { error: 'must be yuan with at most two decimals, such as 1234.56' })),
    yuan,
    { code: 'INVALID_AMOUNT', path: ['yuan'] },
  );
  const [, sign, whole = '0', fraction = ''] = YUAN_PATTERN.exec(text) as RegExpExecArray;
  const fen = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return parseInput(SignedFenSchema, sign === '-' ? -fen : fen, { code: 'INVALID_AMOUNT', path: ['yuan'] });
}

/**
 * Formats an amount in fen for people, through a cached `Intl.NumberFormat`.
 * The value is passed to `Intl` as exact decimal text, so even the largest safe amounts
 * print to the fen.
 *
 * @example
 * ```ts
 * formatFen(123456);                    // "¥1,234.56"
 * formatFen(123456, { locale: 'en' });  // "CN¥1,234.56"
 * ```
 */
export function formatFen(amount: Fen, options: FormatFenOptions = {}): string {
  const text = fenToYuanString(amount);
  const {
    locale = DEFAULT_LOCALE,
    style = 'currency',
    currencyDisplay = 'symbol',
  } = parseInput(FormatFenOptionsSchema, options, { path: ['options'] });
  // Intl accepts exact decimal strings (Intl.NumberFormat v3); the cast covers older lib typings.
  return formatterFor(locale, style, currencyDisplay).format(text as unknown as number);
}
