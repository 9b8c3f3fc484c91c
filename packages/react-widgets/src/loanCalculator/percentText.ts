const PLAIN_DECIMAL = /^(\d+)(?:\.(\d+))?$/;

/** Moves the decimal point of a plain decimal text `places` to the right (left when negative), exactly. */
function shiftDecimal(text: string, places: number): string {
  const [, whole = '0', fraction = ''] = PLAIN_DECIMAL.exec(text) as RegExpExecArray;
  let digits = whole + fraction;
  let point = whole.length + places;
  if (point < 1) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  }
  digits = digits.padEnd(point, '0');
  const integer = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const decimals = digits.slice(point).replace(/0+$/, '');
  return decimals === '' ? integer : `${integer}.${decimals}`;
}

/**
 * Reads a percentage as typed (`"4.35"`, `"4.35%"`, `" 5 "`) into the decimal rate finance takes
 * (`"0.0435"`), exactly: the digits move, no float arithmetic. `undefined` for anything that is not
 * a plain non-negative number of at most 3 integer and 6 decimal digits.
 */
export function percentToRate(text: string): string | undefined {
  const plain = text
    .trim()
    .replace(/[%％]$/, '')
    .trim();
  if (!/^\d{1,3}(?:\.\d{1,6})?$/.test(plain)) return undefined;
  return shiftDecimal(plain, -2);
}

/**
 * Writes a decimal rate (`"0.0435"` or `0.0435`) as the percentage shown in a field (`"4.35"`),
 * exactly. A rate that is not a plain decimal (such as `1e-7`) gives `""`.
 */
export function rateToPercent(rate: string | number): string {
  const text = typeof rate === 'number' ? String(rate) : rate.trim();
  return PLAIN_DECIMAL.test(text) ? shiftDecimal(text, 2) : '';
}
