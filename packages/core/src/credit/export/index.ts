/**
 * Scorecard export (评分卡部署): the same model as one SQL `SELECT` (PostgreSQL, Spark SQL) and
 * as a PMML 4.4 `Scorecard`, each scoring exactly as the library does (DESIGN §3.6, deploy).
 *
 * @module
 */
export { exportPmml, PMML_NAMESPACE, type PmmlExportOptions, PmmlExportOptionsSchema } from './exportPmml';
export { exportSql, type SqlExportOptions, SqlExportOptionsSchema } from './exportSql';
export type { SqlDialectName } from './sqlDialect';
