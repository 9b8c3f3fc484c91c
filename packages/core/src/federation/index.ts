/**
 * 农合联 — federations of farmers' co-ops (DESIGN §3.1, §3.2): the tree of regional and industry
 * federations, roll-ups of member co-ops' figures, and the yearly evaluation by member co-ops.
 *
 * @module
 */
export {
  DEFAULT_FEDERATION_RATING_BANDS,
  type EvaluationQuestion,
  EvaluationQuestionSchema,
  type EvaluationResponse,
  EvaluationResponseSchema,
  evaluateFederation,
  type FederationEvaluation,
  type FederationEvaluationInput,
  FederationEvaluationInputSchema,
  type QuestionAverage,
  type RatingBand,
  RatingBandSchema,
} from './evaluation';
export {
  FEDERATION_LEVEL_LABELS,
  FEDERATION_LEVELS,
  FEDERATION_TYPE_LABELS,
  FEDERATION_TYPES,
  type Federation,
  type FederationLevel,
  FederationSchema,
  type FederationType,
} from './federation';
export {
  type FederationFigures,
  type FederationRollUp,
  type MemberCooperativeStat,
  MemberCooperativeStatSchema,
  MemberCooperativeStatsSchema,
  rollUpFederation,
} from './rollUp';
export {
  buildFederationTree,
  FederationListSchema,
  type FederationNode,
  type FederationTree,
  FederationTreeSchema,
} from './tree';
