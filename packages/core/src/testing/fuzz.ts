import fc from 'fast-check';
import { isHezuoError } from '../errors/HezuoError';
import { hostileValue } from './hostileValues';

/** One function under test: how many arguments it takes and how to call it. */
export interface FuzzTarget {
  /** A name for reports, usually the export's name. */
  readonly name: string;
  /** How many arguments to generate. */
  readonly arity: number;
  /** Calls the function with generated arguments; may return a promise. */
  call(...args: unknown[]): unknown;
  /**
   * Extra arbitraries per argument position that are closer to valid input, mixed in with the
   * hostile values so the fuzzer also reaches deeper code paths.
   */
  readonly nearlyValid?: readonly fc.Arbitrary<unknown>[];
}

/** Options for {@link fuzzTotality}. */
export interface FuzzOptions {
  /** Runs per target; 1000 unless told. */
  readonly numRuns?: number;
  /** Seed, for a reproducible run. */
  readonly seed?: number;
}

/** The path to the first NaN inside a value, or `undefined` when there is none. */
export function findNaN(value: unknown, path = '$', seen = new Set<unknown>()): string | undefined {
  if (typeof value === 'number') return Number.isNaN(value) ? path : undefined;
  if (typeof value !== 'object' || value === null || seen.has(value)) return undefined;
  seen.add(value);
  if (value instanceof Map) {
    for (const [k, v] of value) {
      const found = findNaN(v, `${path}.get(${String(k)})`, seen);
      if (found) return found;
    }
    return undefined;
  }
  for (const key of Object.keys(value)) {
    const found = findNaN((value as Record<string, unknown>)[key], `${path}.${key}`, seen);
    if (found) return found;
  }
  return undefined;
}

function describeFailure(target: string, args: unknown[], what: string): Error {
  return new Error(`${target}: ${what} for arguments ${fc.stringify(args).slice(0, 500)}`);
}

async function checkOne(target: FuzzTarget, args: unknown[]): Promise<void> {
  let result: unknown;
  try {
    result = target.call(...args);
    if (result instanceof Promise) result = await result;
  } catch (error) {
    if (isHezuoError(error)) return;
    throw describeFailure(
      target.name,
      args,
      `threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)} instead of a HezuoError`,
    );
  }
  if (typeof result === 'number' && !Number.isFinite(result)) {
    throw describeFailure(target.name, args, `returned ${result}`);
  }
  const nan = findNaN(result);
  if (nan) throw describeFailure(target.name, args, `returned NaN at ${nan}`);
}

/**
 * Asserts that each target is total over hostile input: every call returns a result with no
 * NaN anywhere in it, or throws a `HezuoError`. Never a `TypeError`, `RangeError`, stack
 * overflow or NaN. Runs each target `numRuns` times (1000 by default).
 *
 * @example
 * ```ts
 * await fuzzTotality([{ name: 'allocate', arity: 2, call: (t, w) => allocate(t as number, w as number[]) }]);
 * ```
 */
export async function fuzzTotality(targets: readonly FuzzTarget[], options: FuzzOptions = {}): Promise<void> {
  for (const target of targets) {
    const argument = (position: number): fc.Arbitrary<unknown> => {
      const near = target.nearlyValid?.[position];
      return near ? fc.oneof(hostileValue(), near) : hostileValue();
    };
    const args = fc.tuple(...Array.from({ length: target.arity }, (_, i) => argument(i)));
    await fc.assert(
      fc.asyncProperty(args, (generated) => checkOne(target, generated)),
      { numRuns: options.numRuns ?? 1000, ...(options.seed === undefined ? {} : { seed: options.seed }) },
    );
  }
}
