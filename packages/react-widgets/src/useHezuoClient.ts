import type { HezuoCore } from '@hezuo/core';
import { useContext } from 'react';
import { HezuoContext } from './hezuoContext';

/**
 * The Hezuo client given to the nearest {@link HezuoProvider}, or `undefined` when there is
 * none. Narrow it to your plugins' client type where you created it.
 */
export function useHezuoClient(): HezuoCore | undefined {
  return useContext(HezuoContext).client;
}
