/**
 * Hezuo (合作) React widgets: a provider for locale and client, hooks that format money in fen
 * for the locale, and widgets — each a headless hook plus a styled component — for credit
 * ratings, surplus statements, membership applications and fertiliser planning. Also
 * `mount()` for plain HTML pages. Server-render safe; React 18 and 19.
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
export { WIDGET_MESSAGES, type WidgetMessages } from './i18n/messages';
export { useWidgetMessages } from './i18n/useWidgetMessages';
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
export { type FenFormatter, useFormatFen } from './useFormatFen';
export { useHezuoClient } from './useHezuoClient';
export { useHezuoLocale } from './useHezuoLocale';
export { WidgetError, type WidgetErrorProps } from './widget/WidgetError';
export { WidgetErrorBoundary, type WidgetErrorBoundaryProps } from './widget/WidgetErrorBoundary';
