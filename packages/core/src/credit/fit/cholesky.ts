/**
 * @internal Cholesky factor `L` (row-major, lower) of a symmetric positive-definite `p × p`
 * matrix, or the index of the first column that is (numerically) a combination of the earlier
 * ones, so the caller can name it.
 */
export function cholesky(a: Float64Array, p: number): { factor: Float64Array } | { singularAt: number } {
  const l = new Float64Array(p * p);
  for (let j = 0; j < p; j++) {
    let d = a[j * p + j] as number;
    for (let k = 0; k < j; k++) d -= (l[j * p + k] as number) ** 2;
    // Relative to the diagonal, so the test does not depend on the columns' scale.
    if (!(d > 1e-10 * Math.max(1e-300, Math.abs(a[j * p + j] as number)))) return { singularAt: j };
    const root = Math.sqrt(d);
    l[j * p + j] = root;
    for (let i = j + 1; i < p; i++) {
      let s = a[i * p + j] as number;
      for (let k = 0; k < j; k++) s -= (l[i * p + k] as number) * (l[j * p + k] as number);
      l[i * p + j] = s / root;
    }
  }
  return { factor: l };
}

/** @internal Solves `L Lᵀ x = b` for a Cholesky factor `L`. */
export function choleskySolve(l: Float64Array, p: number, b: Float64Array): Float64Array {
  const y = new Float64Array(p);
  for (let i = 0; i < p; i++) {
    let s = b[i] as number;
    for (let k = 0; k < i; k++) s -= (l[i * p + k] as number) * (y[k] as number);
    y[i] = s / (l[i * p + i] as number);
  }
  const x = new Float64Array(p);
  for (let i = p - 1; i >= 0; i--) {
    let s = y[i] as number;
    for (let k = i + 1; k < p; k++) s -= (l[k * p + i] as number) * (x[k] as number);
    x[i] = s / (l[i * p + i] as number);
  }
  return x;
}

/** @internal The diagonal of `(L Lᵀ)⁻¹`, column by column. */
export function inverseDiagonal(l: Float64Array, p: number): Float64Array {
  const out = new Float64Array(p);
  const e = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    e.fill(0);
    e[j] = 1;
    out[j] = choleskySolve(l, p, e)[j] as number;
  }
  return out;
}
