/**
 * Hezuo (合作) React widgets: a provider for locale and client, hooks that format money in fen
 * for the locale, and styled components. Server-render safe; React 18 and 19.
 *
 * @packageDocumentation
 */

export { Amount, type AmountProps, AmountPropsSchema } from './Amount';
export { HezuoProvider, type HezuoProviderProps, HezuoProviderPropsSchema } from './HezuoProvider';
export { type FenFormatter, useFormatFen } from './useFormatFen';
export { useHezuoClient } from './useHezuoClient';
export { useHezuoLocale } from './useHezuoLocale';
