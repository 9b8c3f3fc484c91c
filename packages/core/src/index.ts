/**
 * Hezuo (合作) core: the kernel every Hezuo module stands on. Money in integer fen with exact
 * allocation, one typed error, resident-ID and credit-code checks, a typed event bus, plugins
 * merged into one typed client, and a transactional store port.
 *
 * @packageDocumentation
 */

export * from './accounts/index';
export * from './benefitSharing/index';
export * from './cooperative/index';
export * from './credit/creditLine/index';
export * from './credit/export/index';
export type {
  CreditFeatureDefinition,
  CreditFeatureInput,
  CreditFeatureRegistrar,
  CreditFeatureRegistry,
  CreditFeatureValue,
  RegisteredCreditFeature,
} from './credit/featureRegistry';
export { CreditFeatureDefinitionSchema } from './credit/featureRegistry';
export * from './credit/fit/index';
export * from './credit/grades/index';
export * from './credit/memberFeatures/index';
export * from './credit/model/index';
export * from './credit/monitoring/index';
export * from './credit/reference/index';
export * from './credit/scoring/index';
export * from './equity/index';
export { HEZUO_ERROR_CODES, type HezuoErrorCode } from './errors/codes';
export { hezuoErrorFromZod, parseInput, safeParseInput, type ZodErrorMapping } from './errors/fromZod';
export { type ErrorPath, HezuoError, type HezuoErrorOptions, isHezuoError } from './errors/HezuoError';
export {
  createEventBus,
  type EventBus,
  type HezuoEventName,
  type HezuoEvents,
  type HezuoListener,
} from './events/eventBus';
export * from './federation/index';
export * from './governance/index';
export {
  DEFAULT_LOCALE,
  LOCALES,
  type Locale,
  LocaleSchema,
  type LocalizedText,
  LocalizedTextSchema,
} from './i18n/locale';
export { type MaskOptions, maskMiddle } from './identity/mask';
export {
  convertLegacyResidentId,
  IsoDateSchema,
  isValidResidentId,
  maskResidentId,
  type ResidentIdInfo,
  type ResidentIdOptions,
  ResidentIdSchema,
  residentIdCheckCharacter,
  validateResidentId,
} from './identity/residentId';
export {
  isValidUscc,
  maskUscc,
  type UsccEntityKind,
  type UsccInfo,
  UsccSchema,
  usccCheckCharacter,
  validateUscc,
} from './identity/uscc';
export { consoleLogger, type LogFields, type Logger, LoggerSchema, silentLogger } from './logging/logger';
export { redactFields, redactingLogger, redactText } from './logging/redact';
export * from './marketing/index';
export { AllocationWeightsSchema, allocate, splitEvenly } from './money/allocate';
export {
  addFen,
  type MultiplyOptions,
  multiplyFen,
  type ScaleOptions,
  scaleFen,
  subtractFen,
  sumFen,
} from './money/arithmetic';
export { type DecimalInput, DecimalSchema, NonNegativeDecimalSchema } from './money/decimal';
export { type Fen, FenSchema, SignedFenSchema } from './money/fen';
export { type FormatFenOptions, fenToYuanString, formatFen, yuanToFen } from './money/format';
export { ROUNDING_MODES, type RoundingMode, RoundingModeSchema } from './money/rounding';
export * from './ownership/index';
export {
  definePlugin,
  type HezuoPlugin,
  HezuoPluginSchema,
  type PluginApis,
  type PluginContext,
  RESERVED_PLUGIN_NAMES,
  type UnionToIntersection,
} from './plugins/plugin';
export { type Clock, fixedClock, systemClock } from './runtime/clock';
export { type Announce, CommitWithEventsArgsSchema, commitWithEvents } from './runtime/commitWithEvents';
export { COOPERATIVE_RECORD_KINDS } from './runtime/cooperativeRecords';
export type {
  CooperativesApi,
  MeetingDecisionInput,
  SurplusDistributionInput,
} from './runtime/cooperativesApi';
export {
  createHezuo,
  type HezuoClient,
  type HezuoCore,
  type HezuoOptions,
  HezuoOptionsSchema,
} from './runtime/createHezuo';
export {
  PostMemberTransactionsHandlesSchema,
  postMemberTransactions,
} from './runtime/postMemberTransactions';
export { createMemoryStore } from './store/memoryStore';
export {
  RecordIdSchema,
  RecordKindSchema,
  type Store,
  type StoredRecord,
  type StoreTransaction,
} from './store/store';
export * from './surplus/index';
