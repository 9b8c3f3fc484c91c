import { HezuoError, isHezuoError } from '../errors/HezuoError';

/** The HezuoError `fn` throws; fails the test when it returns or throws something else. */
export function thrown(fn: () => unknown): { code: string; path: readonly (string | number)[] } {
  try {
    fn();
  } catch (error) {
    if (isHezuoError(error)) return { code: error.code, path: [...error.path] };
    throw error;
  }
  throw new HezuoError('INVALID_INPUT', 'expected a HezuoError, but the call returned');
}
