import { LocaleSchema } from '@hezuo/core';
import { version } from 'react';
import { createRoot } from 'react-dom/client';
import '../../styles.css';
import {
  CreditRatingCard,
  FertilizerPlanner,
  HezuoProvider,
  MemberStatement,
  MembershipApplicationForm,
} from '../../index';
import { PLANNER_PROPS, SCORE_RESULT, STATEMENT } from '../fixtures';

// The test page: every widget in the locale of ?locale=, one in a theme override, one with bad props.
const locale = LocaleSchema.catch('zh-CN').parse(new URLSearchParams(location.search).get('locale'));
document.documentElement.lang = locale;
document.body.dataset.react = version;
const submitted: unknown[] = [];
(window as unknown as { submitted: unknown[] }).submitted = submitted;

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
