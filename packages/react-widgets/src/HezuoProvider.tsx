import { DEFAULT_LOCALE, type HezuoCore, type Locale, LocaleSchema, parseInput } from '@hezuo/core';
import { type ReactElement, type ReactNode, useMemo } from 'react';
import { z } from 'zod';
import { HezuoContext, type HezuoContextValue } from './hezuoContext';

/** Props of {@link HezuoProvider}. */
export interface HezuoProviderProps {
  /** The locale widgets speak: `zh-CN` (default) or `en`. When omitted, the client's locale is used. */
  readonly locale?: Locale;
  /** A Hezuo client for widgets that read records or call plugins. */
  readonly client?: HezuoCore;
  /** The widgets. */
  readonly children?: ReactNode;
}

/** Schema of {@link HezuoProviderProps} (the client is checked to look like a Hezuo client). */
export const HezuoProviderPropsSchema = z.object({
  locale: z.optional(LocaleSchema),
  client: z
    .custom<HezuoCore>(
      (value) =>
        typeof value === 'object' &&
        value !== null &&
        typeof (value as { hasPlugin?: unknown }).hasPlugin === 'function' &&
        LocaleSchema.safeParse((value as { locale?: unknown }).locale).success,
      { error: 'must be a client made by createHezuo' },
    )
    .optional(),
  children: z.unknown(),
});

/**
 * Gives the widgets below it a locale and, optionally, a Hezuo client. Widgets also work
 * without a provider (in `zh-CN`, with no client). Safe to render on the server: it touches
 * no DOM.
 *
 * The locale is `locale` when given, else the client's locale, else `zh-CN`.
 *
 * @throws HezuoError `INVALID_INPUT` (path `props`, `locale` or `client`) while rendering, for a
 * bad prop: it propagates to the nearest error boundary
 *
 * @example
 * ```tsx
 * <HezuoProvider locale="en" client={hz}>
 *   <Amount fen={123456} />
 * </HezuoProvider>
 * ```
 */
export function HezuoProvider(props: HezuoProviderProps): ReactElement {
  const { locale, client, children } = parseInput(HezuoProviderPropsSchema, props, { path: ['props'] });
  const resolved: Locale = locale ?? client?.locale ?? DEFAULT_LOCALE;
  const value = useMemo<HezuoContextValue>(() => ({ locale: resolved, client }), [resolved, client]);
  return <HezuoContext.Provider value={value}>{children as ReactNode}</HezuoContext.Provider>;
}
