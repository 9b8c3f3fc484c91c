/**
 * Credit model monitoring (模型监测): population stability, discrimination and bad rate by
 * grade, and one report that combines them (DESIGN §3.6, monitor).
 *
 * @module
 */
export {
  type BadRateByGradeInput,
  BadRateByGradeInputSchema,
  type BadRateByGradeResult,
  badRateByGrade,
  type GradeBadRate,
  GradeSampleSchema,
} from './badRateByGrade';
export {
  type CategoricalStabilityInput,
  CategoricalStabilityInputSchema,
  categoricalStability,
} from './categoricalStability';
export {
  type DiscriminationInput,
  DiscriminationInputSchema,
  type DiscriminationResult,
  discrimination,
} from './discrimination';
export {
  CharacteristicSamplesSchema,
  type CharacteristicStability,
  type MonitoringReport,
  type MonitoringReportInput,
  MonitoringReportInputSchema,
  type MonitoringSubject,
  MonitoringSubjectSchema,
  monitoringReport,
} from './monitoringReport';
export {
  BinEdgesSchema,
  DEFAULT_PSI_BINS,
  type PopulationStabilityInput,
  PopulationStabilityInputSchema,
  populationStabilityIndex,
} from './populationStabilityIndex';
export { DEFAULT_PSEUDO_COUNT, PseudoCountSchema, type StabilityBin, type StabilityResult } from './psi';
export {
  type CategoricalSample,
  CategoricalSampleSchema,
  type NumericSample,
  NumericSampleSchema,
  type OutcomeSample,
  OutcomeSampleSchema,
} from './samples';
export {
  DEFAULT_STABILITY_THRESHOLDS,
  STABILITY_VERDICT_LABELS,
  STABILITY_VERDICTS,
  type StabilityThresholds,
  type StabilityThresholdsInput,
  StabilityThresholdsSchema,
  type StabilityVerdict,
} from './stabilityVerdict';
