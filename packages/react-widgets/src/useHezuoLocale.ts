import type { Locale } from '@hezuo/core';
import { useContext } from 'react';
import { HezuoContext } from './hezuoContext';

/**
 * The locale of the nearest {@link HezuoProvider}; `zh-CN` without one.
 *
 * @example
 * ```tsx
 * const locale = useHezuoLocale(); // "zh-CN" | "en"
 * ```
 */
export function useHezuoLocale(): Locale {
  return useContext(HezuoContext).locale;
}
