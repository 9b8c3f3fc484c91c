/**
 * Rounding of reported quantities. Arithmetic runs on unrounded numbers; results are rounded
 * once, when reported. `toPrecision(12)` first strips binary noise (15.450000000000001), so a
 * decimal half rounds up as written.
 */

/**
 * `value` rounded half-up to `digits` decimals (0.01 kg for `digits` 2).
 * @internal
 */
export function roundTo(value: number, digits: number): number {
  const scale = 10 ** digits;
  let scaled = value * scale;
  // Only a value within noise of a half needs the (slow) decimal view to round as written.
  if (Math.abs(scaled - Math.floor(scaled) - 0.5) < 1e-6) scaled = Number(scaled.toPrecision(12));
  const rounded = Math.round(scaled) / scale;
  return rounded === 0 ? 0 : rounded; // no −0 in results
}

/**
 * `value` rounded up to `digits` decimals, after snapping to 1e-6 so a solver's 1e-8 noise
 * (1,000.00000001 kg) does not add a step.
 * @internal
 */
export function ceilTo(value: number, digits: number): number {
  const snapped = Math.round(value * 1e6) / 1e6;
  const scale = 10 ** digits;
  let scaled = snapped * scale;
  // Only a value within noise of a whole step needs the (slow) decimal view.
  const fraction = scaled - Math.floor(scaled);
  if (fraction < 1e-6 || fraction > 1 - 1e-6) scaled = Number(scaled.toPrecision(12));
  const rounded = Math.ceil(scaled) / scale;
  return rounded === 0 ? 0 : rounded;
}

/**
 * A decimal for text: at most `digits` decimals, trailing zeros dropped (0.5 → "0.5", 20.4 → "20.4").
 * @internal
 */
export function decimalText(value: number, digits = 2): string {
  return String(roundTo(value, digits));
}

/**
 * A fraction as a percentage for text (0.33 → "33%", 0.325 → "32.5%").
 * @internal
 */
export function percentText(fraction: number): string {
  return `${decimalText(fraction * 100, 1)}%`;
}
