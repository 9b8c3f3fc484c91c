import { HezuoError } from '../../errors/HezuoError';

/** Runs `fn` and returns the HezuoError it throws; fails the test if it throws nothing or something else. */
export function errorOf(fn: () => unknown): HezuoError {
  try {
    fn();
  } catch (error) {
    if (error instanceof HezuoError) return error;
    throw error;
  }
  throw new Error('expected a HezuoError, but nothing was thrown');
}

/** Ids `${prefix}1` … `${prefix}${count}`. */
export function ids(count: number, prefix = 'm'): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}${i + 1}`);
}
