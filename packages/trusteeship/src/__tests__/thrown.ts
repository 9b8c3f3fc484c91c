import { HezuoError } from '@hezuo/core';

/** The HezuoError a call throws; fails the test when it returns or throws anything else. */
export function thrown(run: () => unknown): HezuoError {
  try {
    run();
  } catch (e) {
    if (e instanceof HezuoError) return e;
    throw e;
  }
  throw new Error('expected a HezuoError');
}

/** The HezuoError a promise rejects with; fails the test when it resolves or rejects otherwise. */
export async function rejected(run: () => Promise<unknown>): Promise<HezuoError> {
  try {
    await run();
  } catch (e) {
    if (e instanceof HezuoError) return e;
    throw e;
  }
  throw new Error('expected a HezuoError');
}
