import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PLANNER_PROPS, SCORE_RESULT, STATEMENT } from './__tests__/fixtures';
import { CreditRatingCard } from './creditRatingCard/CreditRatingCard';
import { FertilizerPlanner } from './fertilizerPlanner/FertilizerPlanner';
import { HezuoProvider } from './HezuoProvider';
import { MemberStatement } from './memberStatement/MemberStatement';
import { MembershipApplicationForm } from './membershipApplication/MembershipApplicationForm';

const inEnglish = (element: React.ReactElement) =>
  renderToString(<HezuoProvider locale="en">{element}</HezuoProvider>);

afterEach(() => vi.restoreAllMocks());

describe('widgets render on the server', () => {
  it('CreditRatingCard: score, grade and reasons in both locales', () => {
    const zh = renderToString(<CreditRatingCard result={SCORE_RESULT} />);
    expect(zh).toContain('信用评级');
    expect(zh).toContain('>612<');
    expect(zh).toContain('务农年限较短');
    expect(zh).toContain('data-rated="true"');
    const en = inEnglish(<CreditRatingCard result={SCORE_RESULT} maxReasons={1} />);
    expect(en).toContain('Few years of farming');
    expect(en).not.toContain('late repayment');
    expect(en).toContain('8.3%');
  });

  it('CreditRatingCard: the unrated band says so', () => {
    const html = renderToString(<CreditRatingCard result={{ ...SCORE_RESULT, rated: false, grade: 'U' }} />);
    expect(html).toContain('暂不评级');
    expect(html).toContain('data-rated="false"');
  });

  it("MemberStatement: core's lines, labelled and in currency", () => {
    const html = renderToString(<MemberStatement statement={STATEMENT} />);
    expect(html).toContain('按交易量（额）返还');
    expect(html).toMatch(/¥[\d,]+\.\d\d/);
    expect(inEnglish(<MemberStatement statement={STATEMENT} />)).toContain('patronage refund');
  });

  it('MembershipApplicationForm: labelled fields, empty values', () => {
    const html = renderToString(<MembershipApplicationForm />);
    expect(html).toContain('居民身份证号码');
    expect(html).toContain('data-state="editing"');
    expect(inEnglish(<MembershipApplicationForm />)).toContain('Resident ID number');
  });

  it('FertilizerPlanner: the form with its starting values', () => {
    const html = renderToString(<FertilizerPlanner {...PLANNER_PROPS} />);
    expect(html).toContain('测土配方施肥');
    expect(html).toContain('value="495"');
    expect(inEnglish(<FertilizerPlanner {...PLANNER_PROPS} />)).toContain('Soil-test fertiliser planner');
  });
});

describe('bad props show an accessible error state, never a crash', () => {
  it.each([
    [
      'a score that is not a number',
      <CreditRatingCard key="a" result={{ ...SCORE_RESULT, score: Number.NaN }} />,
    ],
    [
      'an amount not in whole fen',
      <MemberStatement key="b" statement={{ ...STATEMENT, distributed: 1.5 }} />,
    ],
    ['a bad asOf date', <MembershipApplicationForm key="c" asOf="2026-02-30" />],
    ['an empty catalogue', <FertilizerPlanner key="d" {...PLANNER_PROPS} products={[]} />],
    ['a string instead of props', <CreditRatingCard key="e" result={'x' as never} />],
  ])('%s', (_what, element) => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const html = renderToString(element);
    expect(html).toContain('role="alert"');
    expect(html).toContain('data-state="error"');
    expect(consoleError).toHaveBeenCalledTimes(1);
    expect(String(consoleError.mock.calls[0]?.[0])).toContain('INVALID_INPUT');
  });

  it('names the bad field', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const html = renderToString(<MemberStatement statement={{ ...STATEMENT, distributed: 1.5 }} />);
    expect(html).toContain('props.statement.distributed');
  });
});
