import fc from 'fast-check';
import type { FuzzTarget } from '../../../testing';
import { nearlyValidModel } from '../../model/__tests__/fuzzTargets';
import type { ScorecardModelInput } from '../../model/scorecardModel';
import { INDICATOR_MODEL } from '../../scoring/__tests__/fixtures';
import { compileModel } from '../../scoring/compileModel';
import { exportPmml, type PmmlExportOptions } from '../exportPmml';
import { exportSql, type SqlExportOptions } from '../exportSql';

const modelOrCompiled = fc.oneof(fc.constant<unknown>(compileModel(INDICATOR_MODEL)), nearlyValidModel);
/** Names that need quoting or escaping, and some a target cannot hold. */
const name = fc.oneof(
  fc.constantFrom(
    'id',
    'points_age',
    'Score',
    'a"b',
    'a`b',
    "it's",
    'é'.repeat(40),
    '\u0000',
    '\uD800',
    'age',
  ),
  fc.string({ maxLength: 70 }),
);
const sqlOptions = fc.record(
  {
    dialect: fc.constantFrom('postgres', 'spark', 'mysql'),
    table: fc.oneof(name, fc.array(name, { maxLength: 4 })),
    columns: fc.dictionary(fc.constantFrom('age', 'village', 'nope'), name),
    keyColumns: fc.array(name, { maxLength: 3 }),
    includePoints: fc.boolean(),
    includeGrade: fc.boolean(),
    scoreColumn: name,
  },
  { requiredKeys: ['dialect', 'table'] },
);
const pmmlOptions = fc.record(
  { includeGrade: fc.boolean(), scoreField: name, gradeField: name, reasonFieldPrefix: name },
  { requiredKeys: [] },
);

/** Every input-taking export of credit/export. */
export const EXPORT_FUZZ_TARGETS: Record<string, FuzzTarget> = {
  exportSql: {
    name: 'exportSql',
    arity: 2,
    call: (m, o) => exportSql(m as ScorecardModelInput, o as SqlExportOptions),
    nearlyValid: [modelOrCompiled, sqlOptions],
  },
  exportPmml: {
    name: 'exportPmml',
    arity: 2,
    call: (m, o) => exportPmml(m as ScorecardModelInput, o as PmmlExportOptions),
    nearlyValid: [modelOrCompiled, pmmlOptions],
  },
};
