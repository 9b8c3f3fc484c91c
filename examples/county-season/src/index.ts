/**
 * The demo as a library: one season of a generated county through every Hezuo package.
 *
 * @packageDocumentation
 */

export { renderReport } from './report/renderReport';
export type { ReportData } from './report/reportData';
export { type DemoOptions, DemoOptionsSchema, runDemo, seasonChecks } from './runDemo';
export { runSeason, type SeasonOptions, SeasonOptionsSchema, type SeasonResult } from './runSeason';
export { summaryLines } from './summary';
