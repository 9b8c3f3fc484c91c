import { seededRandom } from '../seededRandom';

/** Columns of {@link syntheticRows}: `n0 … n14` numeric, `c0 … c4` categorical. */
export const SYNTHETIC_NUMERIC = 15;
/** Categorical columns of {@link syntheticRows}. */
export const SYNTHETIC_CATEGORICAL = 5;

/**
 * Seeded applicant-like rows with a known risk model: numeric characteristics with monotone and
 * U-shaped effects and 3 % missing, categorical ones with 6 levels, and `status` good/bad drawn
 * from the model (about 25 % bad).
 */
export function syntheticRows(count: number, seed: number): Record<string, number | string | null>[] {
  const next = seededRandom(seed);
  const normal = () => {
    // Box–Muller from two uniforms in (0, 1].
    const u = 1 - next();
    const v = next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  const rows: Record<string, number | string | null>[] = [];
  for (let i = 0; i < count; i++) {
    const row: Record<string, number | string | null> = {};
    let logit = -1.3;
    for (let k = 0; k < SYNTHETIC_NUMERIC; k++) {
      const z = normal();
      const effect = k % 4 === 3 ? 0.3 * (z * z - 1) : (k % 2 === 0 ? 0.5 : -0.45) * z;
      logit += effect / (1 + k / 15);
      row[`n${k}`] = next() < 0.03 ? null : Math.round((50 + 15 * z) * 10) / 10;
    }
    for (let k = 0; k < SYNTHETIC_CATEGORICAL; k++) {
      const level = Math.floor(next() * 6);
      logit += (level - 2.5) * 0.15;
      row[`c${k}`] = `level${level}`;
    }
    row.status = next() < 1 / (1 + Math.exp(-logit)) ? 'bad' : 'good';
    rows.push(row);
  }
  return rows;
}
