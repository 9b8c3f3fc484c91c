import type { Locale } from '@hezuo/core';
import { version } from 'react';
import { renderToString } from 'react-dom/server';
import {
  CreditRatingCard,
  FertilizerPlanner,
  HezuoProvider,
  InsuranceQuote,
  LoanCalculator,
  MemberStatement,
  MembershipApplicationForm,
  ServiceCenterFinder,
  TrusteeshipQuote,
} from '../../index';
import {
  FINDER_PROPS,
  INSURANCE_PROPS,
  LOAN_PROPS,
  PLANNER_PROPS,
  QUOTE_PROPS,
  SCORE_RESULT,
  STATEMENT,
} from '../fixtures';

/** The React version this bundle was built with (React 18 under the test's aliases). */
export const reactVersion = version;

/** Every widget, server-rendered in `locale`, by name. */
export function renderAll(locale: Locale): Record<string, string> {
  const wrap = (element: React.ReactElement) =>
    renderToString(<HezuoProvider locale={locale}>{element}</HezuoProvider>);
  return {
    CreditRatingCard: wrap(<CreditRatingCard result={SCORE_RESULT} />),
    MemberStatement: wrap(<MemberStatement statement={STATEMENT} />),
    MembershipApplicationForm: wrap(<MembershipApplicationForm />),
    FertilizerPlanner: wrap(<FertilizerPlanner {...PLANNER_PROPS} />),
    TrusteeshipQuote: wrap(<TrusteeshipQuote {...QUOTE_PROPS} />),
    ServiceCenterFinder: wrap(<ServiceCenterFinder {...FINDER_PROPS} />),
    LoanCalculator: wrap(<LoanCalculator {...LOAN_PROPS} />),
    InsuranceQuote: wrap(<InsuranceQuote {...INSURANCE_PROPS} />),
    invalidLoan: wrap(<LoanCalculator initial={{ principalFen: -1 }} />),
    invalid: wrap(<CreditRatingCard result={{ ...SCORE_RESULT, grade: 7 as never }} />),
  };
}
