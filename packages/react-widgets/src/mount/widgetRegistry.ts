import type { ReactElement } from 'react';
import { CreditRatingCard } from '../creditRatingCard/CreditRatingCard';
import { FertilizerPlanner } from '../fertilizerPlanner/FertilizerPlanner';
import { InsuranceQuote } from '../insuranceQuote/InsuranceQuote';
import { LoanCalculator } from '../loanCalculator/LoanCalculator';
import { MemberStatement } from '../memberStatement/MemberStatement';
import { MembershipApplicationForm } from '../membershipApplication/MembershipApplicationForm';
import { ServiceCenterFinder } from '../serviceCenterFinder/ServiceCenterFinder';
import { TrusteeshipQuote } from '../trusteeshipQuote/TrusteeshipQuote';

/** Every widget {@link mount} can place, by name. */
export const WIDGETS = Object.freeze({
  CreditRatingCard,
  MemberStatement,
  MembershipApplicationForm,
  FertilizerPlanner,
  TrusteeshipQuote,
  ServiceCenterFinder,
  LoanCalculator,
  InsuranceQuote,
}) satisfies Readonly<Record<string, (props: never) => ReactElement>>;

/** The name of a widget {@link mount} can place. */
export type WidgetName = keyof typeof WIDGETS;

/** The names {@link mount} accepts, in a stable order. */
export const WIDGET_NAMES: readonly WidgetName[] = Object.freeze(Object.keys(WIDGETS) as WidgetName[]);

/**
 * The events each widget emits through `on(event, handler)`, and the callback prop behind each.
 * @internal
 */
export const WIDGET_EVENTS: Readonly<Record<WidgetName, Readonly<Record<string, string>>>> = Object.freeze({
  CreditRatingCard: {},
  MemberStatement: {},
  MembershipApplicationForm: { submit: 'onSubmit' },
  FertilizerPlanner: { plan: 'onPlan' },
  TrusteeshipQuote: { quote: 'onQuote' },
  ServiceCenterFinder: { select: 'onSelect' },
  LoanCalculator: { schedule: 'onSchedule' },
  InsuranceQuote: { quote: 'onQuote' },
});
