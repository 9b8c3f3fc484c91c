/**
 * Reads a CSV cell as a decimal number: an optional sign, digits with an optional point, and an
 * optional exponent (`42`, `-3.5`, `.5`, `1e6`). Anything else is NaN, for the caller to report:
 * the cell is not a number. `Number()` alone would also take padded text (` 42`), hexadecimal
 * (`0x2A`), `Infinity` and an empty cell (0), none of which is a number in a data file.
 *
 * @param text - the cell, not empty
 * @returns the number, or NaN when the cell is not a finite decimal
 */
export function parseDecimal(text: string): number {
  const x = Number(text);
  // NaN and the infinities (`Infinity`, or `1e999` out of range) are not values of a number column.
  if (x - x !== 0) return Number.NaN;
  // What else `Number()` accepts starts or ends with something other than a digit, a sign or a
  // point (padding, `Infinity`), or is an empty cell, or `0x`/`0o`/`0b` followed by digits.
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  const firstOk = (first >= 48 && first <= 57) || first === 43 || first === 45 || first === 46;
  const lastOk = (last >= 48 && last <= 57) || last === 46;
  if (!firstOk || !lastOk) return Number.NaN;
  if (first === 48 && text.length > 2) {
    const radix = text.charCodeAt(1) | 0x20; // lower case
    if (radix === 0x78 || radix === 0x6f || radix === 0x62) return Number.NaN; // x, o, b
  }
  return x;
}
