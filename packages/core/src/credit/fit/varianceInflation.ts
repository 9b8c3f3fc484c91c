import { cholesky, inverseDiagonal } from './cholesky';

/**
 * @internal Variance inflation factors, the diagonal of the inverse correlation matrix of the
 * columns (VIF_j = 1 / (1 − R²_j) of column j regressed on the others). `null` where it is
 * infinite: a constant column or one that is a combination of the others.
 */
export function varianceInflation(columns: readonly Float64Array[]): (number | null)[] {
  const p = columns.length;
  if (p === 0) return [];
  const n = (columns[0] as Float64Array).length;
  const centred = columns.map((x) => {
    let mean = 0;
    for (let i = 0; i < n; i++) mean += x[i] as number;
    mean /= n;
    const c = new Float64Array(n);
    let ss = 0;
    for (let i = 0; i < n; i++) {
      c[i] = (x[i] as number) - mean;
      ss += (c[i] as number) ** 2;
    }
    const sd = Math.sqrt(ss);
    if (sd > 0) for (let i = 0; i < n; i++) c[i] = (c[i] as number) / sd;
    return { c, constant: !(sd > 0) };
  });
  const live = centred.map((x, j) => (x.constant ? -1 : j)).filter((j) => j >= 0);
  const out: (number | null)[] = new Array(p).fill(null);
  if (live.length === 1) out[live[0] as number] = 1;
  if (live.length <= 1) return out;
  const q = live.length;
  const r = new Float64Array(q * q);
  for (let a = 0; a < q; a++) {
    for (let b = a; b < q; b++) {
      const xa = (centred[live[a] as number] as { c: Float64Array }).c;
      const xb = (centred[live[b] as number] as { c: Float64Array }).c;
      let s = 0;
      for (let i = 0; i < n; i++) s += (xa[i] as number) * (xb[i] as number);
      r[a * q + b] = s;
      r[b * q + a] = s;
    }
  }
  const f = cholesky(r, q);
  if (!('factor' in f)) return out;
  const d = inverseDiagonal(f.factor, q);
  live.forEach((j, a) => {
    const v = d[a] as number;
    out[j] = Number.isFinite(v) && v >= 1 - 1e-9 ? Math.max(1, v) : null;
  });
  return out;
}
