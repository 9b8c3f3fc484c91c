import { DEFAULT_LOCALE, type HezuoCore, type Locale } from '@hezuo/core';
import { createContext } from 'react';

/** What {@link HezuoProvider} shares with the widgets below it. */
export interface HezuoContextValue {
  /** The locale widgets speak. */
  readonly locale: Locale;
  /** The Hezuo client, when the host gave one. */
  readonly client: HezuoCore | undefined;
}

/**
 * The context behind the hooks. Without a provider, widgets speak `zh-CN` and have no client.
 * @internal
 */
export const HezuoContext = createContext<HezuoContextValue>({ locale: DEFAULT_LOCALE, client: undefined });
HezuoContext.displayName = 'HezuoContext';
