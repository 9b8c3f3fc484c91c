import { describe, expect, it } from 'vitest';
import { isHezuoError } from '../../errors/HezuoError';
import { logisticRegression } from './logisticRegression';
import { erfc, twoSidedPValue } from './normalTail';

/** Rows of a 2×2 table: `x` 0/1 with the given bads and goods in each cell. */
function table(a: number, b: number, c: number, d: number): { x: Float64Array; y: Uint8Array } {
  const x: number[] = [];
  const y: number[] = [];
  const push = (xv: number, yv: number, k: number) => {
    for (let i = 0; i < k; i++) {
      x.push(xv);
      y.push(yv);
    }
  };
  push(0, 1, a);
  push(0, 0, b);
  push(1, 1, c);
  push(1, 0, d);
  return { x: Float64Array.from(x), y: Uint8Array.from(y) };
}

describe('logisticRegression', () => {
  it('matches the closed form of a 2×2 table: log odds ratio and Woolf standard error', () => {
    const { x, y } = table(30, 70, 60, 40);
    const fit = logisticRegression([x], y, { names: ['owner'] });
    expect(fit.converged).toBe(true);
    expect(fit.intercept.estimate).toBeCloseTo(Math.log(30 / 70), 9);
    expect(fit.coefficients[0]?.estimate).toBeCloseTo(Math.log(60 / 40) - Math.log(30 / 70), 9);
    expect(fit.intercept.standardError).toBeCloseTo(Math.sqrt(1 / 30 + 1 / 70), 9);
    expect(fit.coefficients[0]?.standardError).toBeCloseTo(Math.sqrt(1 / 30 + 1 / 70 + 1 / 60 + 1 / 40), 9);
    const z = (fit.coefficients[0]?.estimate as number) / (fit.coefficients[0]?.standardError as number);
    expect(fit.coefficients[0]?.z).toBeCloseTo(z, 12);
    expect(fit.coefficients[0]?.pValue).toBeCloseTo(erfc(Math.abs(z) / Math.SQRT2), 15);
    expect(fit.coefficients[0]).toMatchObject({ name: 'owner', varianceInflation: 1 });
    expect(fit.separation).toBe(false);
    // Log-likelihood of the saturated 2×2 fit.
    const ll = 30 * Math.log(0.3) + 70 * Math.log(0.7) + 60 * Math.log(0.6) + 40 * Math.log(0.4);
    expect(fit.logLikelihood).toBeCloseTo(ll, 9);
    expect(fit.deviance).toBeCloseTo(-2 * ll, 9);
  });

  it('computes p-values from the normal tail accurately', () => {
    expect(twoSidedPValue(1.959963984540054)).toBeCloseTo(0.05, 14);
    expect(twoSidedPValue(0)).toBe(1);
    expect(erfc(1)).toBeCloseTo(0.157299207050285, 14);
    expect(erfc(3) / 2.209049699858544e-5).toBeCloseTo(1, 12);
    expect(erfc(5) / 1.537459794428035e-12).toBeCloseTo(1, 12);
    expect(twoSidedPValue(60)).toBe(0);
  });

  it('shrinks coefficients with an L2 penalty, leaving the intercept free', () => {
    const { x, y } = table(30, 70, 60, 40);
    const plain = logisticRegression([x], y);
    const ridge = logisticRegression([x], y, { l2: 50 });
    expect(Math.abs(ridge.coefficients[0]?.estimate as number)).toBeLessThan(
      Math.abs(plain.coefficients[0]?.estimate as number),
    );
    expect(ridge.l2).toBe(50);
  });

  it('reports variance inflation of correlated columns as 1 / (1 − r²)', () => {
    const a = Float64Array.from({ length: 200 }, (_, i) => Math.sin(i));
    const b = Float64Array.from({ length: 200 }, (_, i) => Math.sin(i) + Math.cos(3 * i));
    const y = Uint8Array.from({ length: 200 }, (_, i) => ((i * 7919) % 13 < 5 ? 1 : 0));
    const fit = logisticRegression([a, b], y);
    const mean = (v: Float64Array) => v.reduce((s, t) => s + t, 0) / v.length;
    const ma = mean(a);
    const mb = mean(b);
    let sab = 0;
    let saa = 0;
    let sbb = 0;
    for (let i = 0; i < 200; i++) {
      sab += ((a[i] as number) - ma) * ((b[i] as number) - mb);
      saa += ((a[i] as number) - ma) ** 2;
      sbb += ((b[i] as number) - mb) ** 2;
    }
    const r2 = (sab * sab) / (saa * sbb);
    expect(fit.coefficients[0]?.varianceInflation).toBeCloseTo(1 / (1 - r2), 9);
    expect(fit.coefficients[1]?.varianceInflation).toBeCloseTo(1 / (1 - r2), 9);
  });

  it('flags separation instead of hiding it behind huge coefficients', () => {
    const x = Float64Array.of(1, 2, 3, 4, 5, 6, 7, 8);
    const y = Uint8Array.of(0, 0, 0, 0, 1, 1, 1, 1);
    const fit = logisticRegression([x], y);
    expect(fit.separation).toBe(true);
    const ridge = logisticRegression([x], y, { l2: 1 });
    expect(ridge.separation).toBe(false);
    expect(ridge.converged).toBe(true);
  });

  it('refuses bad input with a HezuoError naming the column', () => {
    const { x, y } = table(3, 7, 6, 4);
    const message = (f: () => unknown) => {
      try {
        f();
        return 'no error';
      } catch (e) {
        return isHezuoError(e) ? `${e.code} ${e.path.join('.')}: ${e.message}` : String(e);
      }
    };
    expect(
      message(() => logisticRegression([x, Float64Array.from(x, (v) => 2 * v)], y, { names: ['a', 'b'] })),
    ).toBe(
      'INVALID_INPUT columns.1: column "b" is a linear combination of the columns before it (or constant): drop one of them or set l2 above 0',
    );
    expect(message(() => logisticRegression([[1, 2, Number.NaN]], [0, 1, 0]))).toBe(
      'INVALID_INPUT columns.0.2: column "x0", row 2: NaN is not a finite number',
    );
    expect(message(() => logisticRegression([[1, 2]], [0, 1, 0]))).toBe(
      'INVALID_INPUT columns.0: column "x0" has 2 rows, outcomes 3',
    );
    expect(message(() => logisticRegression([[1, 2]], [1, 1]))).toMatch(/at least one event/);
  });
});
