import { LocaleSchema } from '@hezuo/core';
import { version } from 'react';
import { createRoot } from 'react-dom/client';
import '../../styles.css';
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

// The test page: every widget in the locale of ?locale=, one in a theme override, one with bad props.
const locale = LocaleSchema.safeParse(new URLSearchParams(location.search).get('locale')).data ?? 'zh-CN';
document.documentElement.lang = locale;
document.body.dataset.react = version;
const submitted: unknown[] = [];
(window as unknown as { submitted: unknown[] }).submitted = submitted;
const quoted: unknown[] = [];
const selected: unknown[] = [];
Object.assign(window, { quoted, selected });
const schedules: unknown[] = [];
const insuranceQuotes: unknown[] = [];
Object.assign(window, { schedules, insuranceQuotes });

function Page() {
  return (
    <HezuoProvider locale={locale}>
      <h1>Hezuo</h1>
      <div data-widget-host="CreditRatingCard">
        <CreditRatingCard result={SCORE_RESULT} />
      </div>
      <div data-widget-host="MemberStatement">
        <MemberStatement statement={STATEMENT} />
      </div>
      <div data-widget-host="MembershipApplicationForm">
        <MembershipApplicationForm
          asOf="2026-11-29"
          onSubmit={(application) => submitted.push(application)}
        />
      </div>
      <div data-widget-host="FertilizerPlanner">
        <FertilizerPlanner {...PLANNER_PROPS} />
      </div>
      <div data-widget-host="TrusteeshipQuote">
        <TrusteeshipQuote {...QUOTE_PROPS} onQuote={(quote) => quoted.push(quote)} />
      </div>
      <div data-widget-host="ServiceCenterFinder">
        <ServiceCenterFinder {...FINDER_PROPS} onSelect={(center) => selected.push(center.id)} />
      </div>
      <div data-widget-host="LoanCalculator">
        <LoanCalculator {...LOAN_PROPS} onSchedule={(schedule) => schedules.push(schedule)} />
      </div>
      <div data-widget-host="InsuranceQuote">
        <InsuranceQuote {...INSURANCE_PROPS} onQuote={(quote) => insuranceQuotes.push(quote)} />
      </div>
      <div data-widget-host="themed" className="hz-test-theme">
        <MembershipApplicationForm />
      </div>
      <div data-widget-host="invalid">
        <MemberStatement statement={{ ...STATEMENT, dividend: 12.5 }} />
      </div>
    </HezuoProvider>
  );
}

const app = document.getElementById('app');
if (app) {
  createRoot(app).render(<Page />);
  document.body.dataset.ready = 'true';
}
