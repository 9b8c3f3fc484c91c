import type { DecimalInput } from '@hezuo/core';

/**
 * An exact non-negative-denominator fraction `num / den`, read from a decimal input. Rates are
 * carried this way so interest and premiums are computed without binary-float error.
 * @internal
 */
export interface Ratio {
  readonly num: bigint;
  readonly den: bigint;
}

const DECIMAL = /^([+-]?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

/**
 * Reads a decimal (already validated by core's `DecimalSchema`) exactly: `0.0435` → 435/10000.
 * A number is read as the shortest decimal that prints back to it, as core does.
 * @internal
 */
export function ratioOf(value: DecimalInput): Ratio {
  const match = DECIMAL.exec(typeof value === 'number' ? String(value) : value);
  if (match === null) throw new RangeError(`not a decimal: ${String(value)}`);
  const [, sign = '', whole = '', fraction = '', exponentText = '0'] = match;
  let num = BigInt(whole + fraction);
  let scale = fraction.length - Number(exponentText);
  if (scale < 0) {
    num *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { num: sign === '-' ? -num : num, den: 10n ** BigInt(scale) };
}

/** {@link ratioOf}, or `undefined` for text that is not a decimal (for defensive refinements). @internal */
export function tryRatioOf(value: unknown): Ratio | undefined {
  if (typeof value !== 'number' && typeof value !== 'string') return undefined;
  if (typeof value === 'number' && !Number.isFinite(value)) return undefined;
  if (typeof value === 'string' && value.length > 512) return undefined;
  const match = DECIMAL.exec(typeof value === 'number' ? String(value) : value);
  if (match === null || Math.abs(Number(match[4] ?? '0')) > 400) return undefined;
  return ratioOf(value);
}

/** `a` compared with `b`: negative, zero or positive. @internal */
export function compareRatio(a: Ratio, b: Ratio): number {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left === right ? 0 : left < right ? -1 : 1;
}

/**
 * `num / den` rounded half away from zero, for a positive `den`: the one rounding rule of
 * schedules (四舍五入).
 * @internal
 */
export function divideHalfUp(num: bigint, den: bigint): bigint {
  const q = num / den;
  const r = num % den;
  if (r === 0n) return q;
  const twice = 2n * (r < 0n ? -r : r);
  if (twice < den) return q;
  return num < 0n ? q - 1n : q + 1n;
}

/** `a + b`. @internal */
export function addRatio(a: Ratio, b: Ratio): Ratio {
  return { num: a.num * b.den + b.num * a.den, den: a.den * b.den };
}

/** `a − b`. @internal */
export function subtractRatio(a: Ratio, b: Ratio): Ratio {
  return { num: a.num * b.den - b.num * a.den, den: a.den * b.den };
}

/** `a × b`. @internal */
export function multiplyRatio(a: Ratio, b: Ratio): Ratio {
  return { num: a.num * b.num, den: a.den * b.den };
}

/**
 * The exact decimal text of a ratio whose denominator is a power of ten (every sum, difference
 * and product of decimals read by {@link ratioOf}): `0.2`, `0.45`, `1`. @internal
 */
export function ratioToDecimalString(r: Ratio): string {
  let den = r.den;
  let scale = 0;
  while (den % 10n === 0n) {
    den /= 10n;
    scale++;
  }
  if (den !== 1n) throw new RangeError('the denominator is not a power of ten');
  const negative = r.num < 0n;
  let text = (negative ? -r.num : r.num).toString().padStart(scale + 1, '0');
  if (scale > 0) {
    text = `${text.slice(0, text.length - scale)}.${text.slice(text.length - scale)}`.replace(/\.?0+$/, '');
  }
  return `${negative ? '-' : ''}${text}`;
}
