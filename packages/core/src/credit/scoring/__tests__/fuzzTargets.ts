import fc from 'fast-check';
import type { FuzzTarget } from '../../../testing';
import { nearlyValidModel } from '../../model/__tests__/fuzzTargets';
import type { ScorecardModelInput } from '../../model/scorecardModel';
import { type CategoryCodes, type ScoreColumns, scoreColumns, scoreRows, scoreStream } from '../batch';
import { type CompiledScorecard, compileModel } from '../compileModel';
import { type ScoreRow, score } from '../score';
import { scoreBatch } from '../scoreBatch';
import { INDICATOR_MODEL } from './fixtures';

const compiled = compileModel(INDICATOR_MODEL);
const modelOrCompiled = fc.oneof(fc.constant<unknown>(compiled), nearlyValidModel);
const cell = fc.oneof(
  fc.double(),
  fc.integer({ min: -10, max: 100 }),
  fc.constantFrom<unknown>('east', 'north', 'south', null, undefined, -1, 45, 0.95, true, {}),
);
const row = fc.record({ age: cell, areaMu: cell, onTimeShare: cell, village: cell }, { requiredKeys: [] });
const options = fc.oneof(
  fc.record(
    { reasons: fc.boolean(), onError: fc.constantFrom('stop', 'skip', 'retry') },
    { requiredKeys: [] },
  ),
  fc.constant(undefined),
);
const columns = fc.integer({ min: 0, max: 8 }).chain((n) =>
  fc.record(
    {
      age: fc.float64Array({ minLength: n, maxLength: n }),
      areaMu: fc.float64Array({ minLength: n, maxLength: n }),
      onTimeShare: fc.float64Array({ minLength: n, maxLength: n }),
      village: fc.int32Array({ minLength: n, maxLength: n, min: -2, max: 4 }),
    },
    { requiredKeys: ['age', 'onTimeShare', 'village'] },
  ),
);
const codes = fc.constantFrom<unknown>(
  { village: ['east', 'north', 'south'] },
  { village: [] },
  {},
  { village: [1] },
);

/** Every input-taking export of credit/scoring. */
export const SCORING_FUZZ_TARGETS: Record<string, FuzzTarget> = {
  compileModel: {
    name: 'compileModel',
    arity: 1,
    // The compiled scorer holds typed arrays and a Map; fuzzTotality checks what is plain data.
    call: (m) => compileModel(m as ScorecardModelInput).model,
    nearlyValid: [nearlyValidModel],
  },
  score: {
    name: 'score',
    arity: 3,
    call: (m, r, o) => score(m as CompiledScorecard, r as ScoreRow, o as never),
    nearlyValid: [modelOrCompiled, row, options],
  },
  scoreRows: {
    name: 'scoreRows',
    arity: 3,
    call: (m, r, o) => scoreRows(m as CompiledScorecard, r as ScoreRow[], o as never),
    nearlyValid: [modelOrCompiled, fc.array(row, { maxLength: 5 }), options],
  },
  scoreBatch: {
    name: 'scoreBatch',
    arity: 3,
    call: (m, r, o) => {
      const batch = scoreBatch(m as CompiledScorecard, r as ScoreRow[], o as never);
      return {
        scores: Array.from(batch.scores),
        results: Array.from({ length: batch.length }, (_, i) => batch.result(i)),
      };
    },
    nearlyValid: [modelOrCompiled, fc.array(row, { maxLength: 5 }), options],
  },
  // Built by scoreBatch only; its methods take an index from the caller.
  ScoredBatch: {
    name: 'ScoredBatch',
    arity: 1,
    call: (i) => {
      const batch = scoreBatch(compiled, [{ age: 40, areaMu: 10, onTimeShare: 0.9, village: 'east' }]);
      return [batch.grade(i as number), batch.result(i as number).score];
    },
    nearlyValid: [fc.oneof(fc.integer({ min: -2, max: 3 }), fc.double())],
  },
  scoreColumns: {
    name: 'scoreColumns',
    arity: 3,
    call: (m, c, k) =>
      Array.from(scoreColumns(m as CompiledScorecard, c as ScoreColumns, k as CategoryCodes)),
    nearlyValid: [modelOrCompiled, columns, codes],
  },
  scoreStream: {
    name: 'scoreStream',
    arity: 3,
    call: async (m, s, o) => {
      const out: unknown[] = [];
      for await (const item of scoreStream(m as CompiledScorecard, s as ScoreRow[], o as never))
        out.push(item);
      return out;
    },
    nearlyValid: [modelOrCompiled, fc.array(row, { maxLength: 5 }), options],
  },
};
