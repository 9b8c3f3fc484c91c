import { HezuoError } from '@hezuo/core';
import { type FullQuote, type FullQuoteInput, quoteFullTrusteeship } from './fullQuote';
import { type MenuQuote, type MenuQuoteInput, quoteMenuTrusteeship } from './menuQuote';

/** A trusteeship quote of either kind. */
export type TrusteeshipQuote = MenuQuote | FullQuote;

/** A trusteeship quote request of either kind. */
export type TrusteeshipQuoteInput = MenuQuoteInput | FullQuoteInput;

/**
 * Quotes trusteeship of either kind by the request's `kind`: {@link quoteMenuTrusteeship} for
 * `menu` (半托管), {@link quoteFullTrusteeship} for `full` (全托管).
 *
 * @throws HezuoError `INVALID_INPUT` (path `quote`, `kind`) for any other kind, and what the
 * quote of that kind throws
 */
export function quoteTrusteeship(input: MenuQuoteInput): MenuQuote;
export function quoteTrusteeship(input: FullQuoteInput): FullQuote;
export function quoteTrusteeship(input: TrusteeshipQuoteInput): TrusteeshipQuote;
export function quoteTrusteeship(input: TrusteeshipQuoteInput): TrusteeshipQuote {
  const kind = typeof input === 'object' && input !== null ? (input as { kind?: unknown }).kind : undefined;
  if (kind === 'menu') return quoteMenuTrusteeship(input as MenuQuoteInput);
  if (kind === 'full') return quoteFullTrusteeship(input as FullQuoteInput);
  throw new HezuoError('INVALID_INPUT', 'a quote is of kind "menu" (半托管) or "full" (全托管)', {
    path: ['quote', 'kind'],
  });
}
