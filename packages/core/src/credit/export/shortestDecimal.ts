/**
 * @internal The shortest decimal text that reads back as exactly `x` (ECMAScript's
 * Number::toString, e.g. `0.1`, `1e-7`, `1.5e+21`). SQL and PMML parse it with a correctly
 * rounded reader (strtod, Java's `Double.parseDouble`), so an export carries every point and
 * bound bit for bit. `-0` keeps its sign.
 */
export function shortestDecimal(x: number): string {
  return Object.is(x, -0) ? '-0' : String(x);
}
