import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  FINDER_PROPS,
  INSURANCE_PROPS,
  LOAN_PROPS,
  PLANNER_PROPS,
  QUOTE_PROPS,
  SCORE_RESULT,
  STATEMENT,
  WHEAT_INSURANCE,
} from './__tests__/fixtures';
import { CreditRatingCard } from './creditRatingCard/CreditRatingCard';
import { FertilizerPlanner } from './fertilizerPlanner/FertilizerPlanner';
import { HezuoProvider } from './HezuoProvider';
import { InsuranceQuote } from './insuranceQuote/InsuranceQuote';
import { LoanCalculator } from './loanCalculator/LoanCalculator';
import { MemberStatement } from './memberStatement/MemberStatement';
import { MembershipApplicationForm } from './membershipApplication/MembershipApplicationForm';
import { ServiceCenterFinder } from './serviceCenterFinder/ServiceCenterFinder';
import { TrusteeshipQuote } from './trusteeshipQuote/TrusteeshipQuote';

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

  it('TrusteeshipQuote: the catalogue as labelled checkboxes, plots, the full package offered', () => {
    const html = renderToString(<TrusteeshipQuote {...QUOTE_PROPS} />);
    expect(html).toContain('土地托管报价');
    expect(html).toContain('<legend class="hz-label">托管作业（至少两项）</legend>');
    expect(html).toContain('¥70.00/亩');
    expect(html.match(/type="checkbox"/g)).toHaveLength(9); // 8 services and the consolidated block
    expect(html).toContain('value="12.35"');
    expect(html).toContain('全托管（保姆式）');
    expect(html).toContain('data-state="idle"');
    const en = inEnglish(<TrusteeshipQuote {...QUOTE_PROPS} initial={{ kind: 'full' }} />);
    expect(en).toContain('Land trusteeship quote');
    expect(en).toContain('data-kind="full"');
    expect(en).toContain('Yields of the last three years');
    expect(en).not.toContain('type="checkbox"');
    // With no props at all: the Gaomi example catalogue, one plot, menu only.
    const bare = renderToString(<TrusteeshipQuote />);
    expect(bare).toContain('深耕');
    expect(bare).not.toContain('type="radio"');
  });

  it('ServiceCenterFinder: the list by distance and an SVG map with its text alternative', () => {
    const html = renderToString(<ServiceCenterFinder {...FINDER_PROPS} />);
    expect(html).toContain('附近的为农服务中心');
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="[^"]+ [^"]+"/);
    expect(html).toContain('<title');
    expect(html).toContain('最近的是密水街道为农服务中心');
    expect(html.indexOf('密水街道')).toBeLessThan(html.lastIndexOf('柏城镇'));
    expect(html).toContain('data-selected="SC-MS"');
    expect(html).not.toMatch(/<img|<image|https?:\/\//);
    expect(inEnglish(<ServiceCenterFinder {...FINDER_PROPS} />)).toContain('Service centres nearby');
  });
});

describe('LoanCalculator and InsuranceQuote on the server', () => {
  it("LoanCalculator: the host's starting values, calculated: a captioned table with header scopes", () => {
    const html = renderToString(<LoanCalculator {...LOAN_PROPS} />);
    expect(html).toContain('贷款计算器');
    expect(html).toContain('value="50000"');
    expect(html).toContain('value="4.35"');
    expect(html).toContain('data-state="calculated"');
    expect(html).toMatch(/<caption[^>]*>还款计划（共 12 期）<\/caption>/);
    expect(html.match(/<th scope="col"/g)).toHaveLength(6);
    expect(html.match(/<th scope="row"/g)).toHaveLength(13); // 12 installments and the total
    expect(html).toMatch(/<time date[tT]ime="2026-04-10">2026年4月10日<\/time>/);
    expect(html).toContain('¥4,267.41');
    expect(html).toContain('¥51,208.93');
    expect(html).toContain('4.50%');
    expect(html).not.toContain('name="crop"');
    const en = inEnglish(<LoanCalculator {...LOAN_PROPS} />);
    expect(en).toContain('Loan calculator');
    expect(en).toContain('Repayment schedule (12 installments)');
    expect(en).toContain('April 10, 2026');
  });

  it('LoanCalculator: without starting values, an empty form; a seasonal start shows the crop', () => {
    const html = renderToString(<LoanCalculator />);
    expect(html).toContain('data-state="idle"');
    expect(html).not.toContain('<table');
    expect(html).toContain('aria-invalid="false"');
    const seasonal = renderToString(
      <LoanCalculator initial={{ method: 'seasonal', crop: 'summer-maize-north-china-plain' }} />,
    );
    expect(seasonal).toContain('name="crop"');
    expect(seasonal).toContain('夏玉米（华北平原）');
  });

  it('LoanCalculator: starting values finance refuses are marked on their field', () => {
    // A year from March 2026 ends in March 2027: no wheat harvest to repay from.
    const html = renderToString(<LoanCalculator initial={{ ...LOAN_PROPS.initial, method: 'seasonal' }} />);
    expect(html).toContain('data-state="invalid"');
    expect(html).toMatch(
      /name="termMonths"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*name="termMonths"/,
    );
    expect(html).toContain('收获月（6月）');
  });

  it("InsuranceQuote: premium, each payer's part and the trusteeship check", () => {
    const html = renderToString(<InsuranceQuote {...INSURANCE_PROPS} />);
    expect(html).toContain('农业保险保费测算');
    expect(html).toContain('data-state="quoted"');
    expect(html).toMatch(/<caption[^>]*>保费分担<\/caption>/);
    expect(html).toContain('¥337.50');
    expect(html).toContain('¥151.88');
    expect(html).toContain('¥67.50');
    expect(html).toContain('合同面积 12.5 亩');
    expect(html).toContain('每亩保险金额 ¥450.00，费率 6%');
    const en = inEnglish(<InsuranceQuote {...INSURANCE_PROPS} />);
    expect(en).toContain('Crop insurance quote');
    expect(en).toContain('Central government');
    const idle = renderToString(<InsuranceQuote {...INSURANCE_PROPS} initial={{}} />);
    expect(idle).toContain('data-state="idle"');
    expect(idle).not.toContain('<table');
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
    ['a quote plot given twice', <TrusteeshipQuote key="f" plots={[{ plotId: 'P-1' }, { plotId: 'P-1' }]} />],
    [
      'a full package fee not in whole fen',
      <TrusteeshipQuote key="g" {...QUOTE_PROPS} fullPackage={{ feePerMuFen: 99.5 }} />,
    ],
    [
      'a place without its datum',
      <ServiceCenterFinder
        key="h"
        centers={FINDER_PROPS.centers}
        place={{ lng: 119.77, lat: 36.39 } as never}
      />,
    ],
    ['a finder with neither place nor plot', <ServiceCenterFinder key="i" centers={FINDER_PROPS.centers} />],
    ['a loan amount not in whole fen', <LoanCalculator key="j" initial={{ principalFen: 5_000_000.5 }} />],
    ['a rate typed as a percentage', <LoanCalculator key="k" initial={{ annualRate: '4.35' }} />],
    [
      'insurance cover above 80 % of the output value',
      <InsuranceQuote
        key="l"
        {...INSURANCE_PROPS}
        products={[{ ...WHEAT_INSURANCE, sumInsuredPerMuFen: 50_000 }]}
      />,
    ],
    [
      'a province paying less than 25 %',
      <InsuranceQuote
        key="m"
        {...INSURANCE_PROPS}
        subsidy={{ ...INSURANCE_PROPS.subsidy, provinceShare: '0.2' }}
      />,
    ],
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
