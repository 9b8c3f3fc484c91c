/**
 * Hezuo (合作) React widgets: a provider for locale and client, hooks that format money in fen
 * for the locale, and widgets — each a headless hook plus a styled component — for credit
 * ratings, surplus statements, membership applications, fertiliser planning, loan schedules and
 * crop insurance quotes, among others. Also `mount()` for plain HTML pages. Server-render safe;
 * React 18 and 19.
 *
 * @packageDocumentation
 */

export { Amount, type AmountProps, AmountPropsSchema } from './Amount';
export { CreditRatingCard } from './creditRatingCard/CreditRatingCard';
export {
  type CreditRatingCardProps,
  CreditRatingCardPropsSchema,
  ScoreResultViewSchema,
} from './creditRatingCard/creditRatingCardProps';
export {
  type CreditRatingCardState,
  type CreditReasonView,
  useCreditRatingCard,
} from './creditRatingCard/useCreditRatingCard';
export { FertilizerPlanner } from './fertilizerPlanner/FertilizerPlanner';
export {
  type FertilizerPlan,
  type FertilizerPlannerInitial,
  type FertilizerPlannerProps,
  FertilizerPlannerPropsSchema,
} from './fertilizerPlanner/fertilizerPlannerProps';
export {
  type FertilizerPlannerState,
  type PlannerField,
  type PlannerFieldBag,
  type PlannerResultView,
  useFertilizerPlanner,
} from './fertilizerPlanner/useFertilizerPlanner';
export { type HezuoFormatters, hezuoFormatters, useHezuoFormat } from './format/useHezuoFormat';
export { HezuoProvider, type HezuoProviderProps, HezuoProviderPropsSchema } from './HezuoProvider';
export type { CommonWidgetMessages } from './i18n/commonMessages';
export type { InsuranceWidgetMessages } from './i18n/insuranceMessages';
export type { LoanWidgetMessages } from './i18n/loanMessages';
export { WIDGET_MESSAGES, type WidgetMessages } from './i18n/messages';
export type { PlannerWidgetMessages } from './i18n/plannerMessages';
export type { TrusteeshipWidgetMessages } from './i18n/trusteeshipMessages';
export { useWidgetMessages } from './i18n/useWidgetMessages';
export { InsuranceQuote } from './insuranceQuote/InsuranceQuote';
export {
  type CropInsuranceProduct,
  type CropInsuranceQuote,
  type InsuranceQuoteInitial,
  type InsuranceQuoteProps,
  InsuranceQuotePropsSchema,
  type InsuredAreaCheckTerms,
  type PremiumSubsidyTerms,
} from './insuranceQuote/insuranceQuoteProps';
export type { InsuranceField } from './insuranceQuote/quoteCropInsurance';
export {
  type InsuranceFieldBag,
  type InsuranceQuoteState,
  type InsuranceResultView,
  type PremiumShareView,
  useInsuranceQuote,
} from './insuranceQuote/useInsuranceQuote';
export { LoanCalculator } from './loanCalculator/LoanCalculator';
export {
  DEFAULT_LOAN_FREQUENCIES,
  type LoanCalculatorInitial,
  type LoanCalculatorProps,
  LoanCalculatorPropsSchema,
  type LoanFrequency,
  type LoanProductFee,
} from './loanCalculator/loanCalculatorProps';
export type { LoanField } from './loanCalculator/loanForm';
export {
  type LoanCalculatorState,
  type LoanFieldBag,
  type LoanResultView,
  type LoanRowView,
  useLoanCalculator,
} from './loanCalculator/useLoanCalculator';
export { MemberStatement } from './memberStatement/MemberStatement';
export {
  type MemberStatementProps,
  MemberStatementPropsSchema,
  MemberStatementViewSchema,
} from './memberStatement/memberStatementProps';
export {
  type MemberStatementState,
  type StatementLineView,
  useMemberStatement,
} from './memberStatement/useMemberStatement';
export { MembershipApplicationForm } from './membershipApplication/MembershipApplicationForm';
export {
  type MembershipApplication,
  type MembershipApplicationFormProps,
  MembershipApplicationFormPropsSchema,
} from './membershipApplication/membershipApplicationProps';
export {
  type ApplicationField,
  type ApplicationFieldBag,
  type MembershipApplicationFormState,
  useMembershipApplicationForm,
} from './membershipApplication/useMembershipApplicationForm';
export { type MountedWidget, type MountProps, mount, type WidgetEventHandler } from './mount/mount';
export { WIDGET_NAMES, WIDGETS, type WidgetName } from './mount/widgetRegistry';
export type { CenterMapModel, MapCenter, MapPoint } from './serviceCenterFinder/centerMap';
export type { RankedCenter } from './serviceCenterFinder/centerRanking';
export { ServiceCenterFinder } from './serviceCenterFinder/ServiceCenterFinder';
export {
  type ServiceCenterFinderProps,
  ServiceCenterFinderPropsSchema,
} from './serviceCenterFinder/serviceCenterFinderProps';
export {
  type FinderCenterView,
  type ServiceCenterFinderState,
  useServiceCenterFinder,
} from './serviceCenterFinder/useServiceCenterFinder';
export type { QuoteGuaranteeView, QuoteLineView, QuoteResultView } from './trusteeshipQuote/quoteView';
export { TrusteeshipQuote } from './trusteeshipQuote/TrusteeshipQuote';
export {
  type TrusteeshipFullPackage,
  type TrusteeshipQuoteInitial,
  type TrusteeshipQuoteKind,
  type TrusteeshipQuotePlot,
  type TrusteeshipQuoteProps,
  TrusteeshipQuotePropsSchema,
} from './trusteeshipQuote/trusteeshipQuoteProps';
export {
  type QuoteChoiceBag,
  type QuoteChoiceGroup,
  type QuoteFieldBag,
  type QuotePlotBag,
  type TrusteeshipQuoteState,
  useTrusteeshipQuote,
} from './trusteeshipQuote/useTrusteeshipQuote';
export { type FenFormatter, useFormatFen } from './useFormatFen';
export { useHezuoClient } from './useHezuoClient';
export { useHezuoLocale } from './useHezuoLocale';
export { WidgetError, type WidgetErrorProps } from './widget/WidgetError';
export { WidgetErrorBoundary, type WidgetErrorBoundaryProps } from './widget/WidgetErrorBoundary';
