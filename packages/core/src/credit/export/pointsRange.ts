import { HezuoError } from '../../errors/HezuoError';
import type { CompiledScorecard } from '../scoring/compileModel';

/**
 * @internal Refuses a model whose points could add up beyond double precision. The library
 * refuses such a row when it meets it; a database would raise an error for the whole query
 * (PostgreSQL) or return Infinity (Spark), so an export checks the worst case once instead.
 */
export function assertPointsFit(compiled: CompiledScorecard): void {
  let bound = Math.abs(compiled.basePoints);
  for (const c of compiled.model.characteristics) {
    let most = 0;
    for (const bin of c.bins) most = Math.max(most, Math.abs(bin.points));
    const policies = [c.missing, c.type === 'numeric' ? c.special?.policy : c.unseen];
    for (const p of policies) if (p && 'points' in p) most = Math.max(most, Math.abs(p.points));
    bound += most;
  }
  if (!Number.isFinite(bound)) {
    throw new HezuoError(
      'INVALID_INPUT',
      'the points of this model can add up beyond the range of double precision; an export cannot score it',
      { path: ['model'] },
    );
  }
}
