import type { BinSource } from './compileModel';

/** @internal Bin codes for values scored by a policy rather than a bin. */
export const BIN_MISSING = -1;
/** @internal */
export const BIN_SPECIAL = -2;
/** @internal */
export const BIN_UNSEEN = -3;

/** @internal The public form of a bin code. */
export function binSource(code: number): BinSource {
  if (code >= 0) return code;
  return code === BIN_MISSING ? 'missing' : code === BIN_SPECIAL ? 'special' : 'unseen';
}
