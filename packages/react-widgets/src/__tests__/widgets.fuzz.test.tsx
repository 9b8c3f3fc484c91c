import { type FuzzTarget, fuzzTotality } from '@hezuo/core/testing';
import fc from 'fast-check';
import type { ComponentType, ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import * as widgets from '../index';
import {
  Amount,
  CreditRatingCard,
  FertilizerPlanner,
  HezuoProvider,
  hezuoFormatters,
  InsuranceQuote,
  LoanCalculator,
  MemberStatement,
  MembershipApplicationForm,
  mount,
  ServiceCenterFinder,
  TrusteeshipQuote,
  useCreditRatingCard,
  useFertilizerPlanner,
  useFormatFen,
  useHezuoClient,
  useHezuoFormat,
  useHezuoLocale,
  useInsuranceQuote,
  useLoanCalculator,
  useMemberStatement,
  useMembershipApplicationForm,
  useServiceCenterFinder,
  useTrusteeshipQuote,
  useWidgetMessages,
  WidgetError,
  WidgetErrorBoundary,
} from '../index';
import {
  FINDER_PROPS,
  INSURANCE_PROPS,
  LOAN_PROPS,
  PLANNER_PROPS,
  QUOTE_PROPS,
  SCORE_RESULT,
  STATEMENT,
  WHEAT_INSURANCE,
} from './fixtures';

const fen = fc.oneof(fc.integer({ min: -1e12, max: 1e12 }), fc.maxSafeInteger());
const locale = fc.constantFrom(undefined, 'zh-CN', 'en', 'fr');
const hostile = fc.oneof(fc.anything(), fc.constant(undefined), fc.constant(null), fc.double(), fc.string());

/** Props near the fixture: one field replaced by a hostile value. */
function nearly(base: Record<string, unknown>): fc.Arbitrary<unknown> {
  const keys = Object.keys(base);
  return fc.oneof(
    fc.constant(base),
    fc
      .record({ key: fc.constantFrom(...keys), value: hostile })
      .map(({ key, value }) => ({ ...base, [key]: value })),
  );
}

/** Renders a component with props spread from a value, which may be anything. */
function renderWith(component: unknown, props: unknown, lang?: unknown): string {
  const Component = component as ComponentType<Record<string, unknown>>;
  const spread = (typeof props === 'object' && props !== null ? props : { value: props }) as Record<
    string,
    unknown
  >;
  return renderToString(
    <HezuoProvider locale={lang as never}>
      <Component {...spread} />
    </HezuoProvider>,
  );
}

type Hook = (props: never) => unknown;

/** Calls a hook inside a component, with the given props. */
function HookProbe({ use, props }: { readonly use: Hook; readonly props: unknown }): ReactElement {
  use(props as never);
  return <span />;
}

const callHook = (use: Hook, props: unknown, lang?: unknown) =>
  renderToString(
    <HezuoProvider locale={lang as never}>
      <HookProbe use={use} props={props} />
    </HezuoProvider>,
  );

const creditProps = nearly({ result: SCORE_RESULT, maxReasons: 2 });
const statementProps = nearly({ statement: { ...STATEMENT } });
const formProps = nearly({ asOf: '2026-11-29' });
const plannerProps = nearly({ ...PLANNER_PROPS });
const quoteProps = nearly({ ...QUOTE_PROPS });
const finderProps = fc.oneof(
  nearly({ ...FINDER_PROPS }),
  // A place anywhere, in either datum, or a plot instead of the place.
  fc
    .record({
      lng: fc.double({ min: 60, max: 150 }),
      lat: fc.double({ min: 0, max: 60 }),
      datum: fc.constantFrom('WGS-84', 'GCJ-02', 'BD-09'),
    })
    .map((place) => ({ centers: FINDER_PROPS.centers, place })),
  fc.constant({
    centers: FINDER_PROPS.centers,
    plot: { plotId: 'P-1', areaMu: 5, location: FINDER_PROPS.place },
  }),
);
// The loan product's terms and the insurance product's, each field in turn hostile.
const loanBase = {
  ...LOAN_PROPS,
  methods: ['equalInstallment', 'seasonal'],
  frequencies: [1, 3],
  dayCount: 'ACT/365',
  fees: [{ id: 'service', amountFen: 10_000 }],
  className: 'county',
};
const loanProps = fc.oneof(
  nearly(loanBase),
  nearly({ ...LOAN_PROPS.initial, method: 'seasonal', crop: 'winter-wheat-north-china-plain' }).map(
    (initial) => ({
      ...loanBase,
      initial,
    }),
  ),
);
const insuranceProps = fc.oneof(
  nearly({ ...INSURANCE_PROPS }),
  nearly({ ...WHEAT_INSURANCE }).map((product) => ({ ...INSURANCE_PROPS, products: [product] })),
  nearly({ ...INSURANCE_PROPS.subsidy }).map((subsidy) => ({ ...INSURANCE_PROPS, subsidy })),
  nearly({ ...INSURANCE_PROPS.trusteeship }).map((trusteeship) => ({ ...INSURANCE_PROPS, trusteeship })),
  nearly({ ...INSURANCE_PROPS.initial }).map((initial) => ({ ...INSURANCE_PROPS, initial })),
);

const TARGETS: readonly FuzzTarget[] = [
  {
    name: 'Amount',
    arity: 3,
    call: (amount, lang, className) =>
      renderToString(<Amount fen={amount as number} locale={lang as never} className={className as never} />),
    nearlyValid: [fen, locale, fc.constantFrom(undefined, 'total', '')],
  },
  {
    name: 'HezuoProvider',
    arity: 2,
    call: (lang, client) =>
      renderToString(
        <HezuoProvider locale={lang as never} client={client as never}>
          <Amount fen={1} />
        </HezuoProvider>,
      ),
    nearlyValid: [locale, fc.constant(undefined)],
  },
  {
    name: 'CreditRatingCard',
    arity: 2,
    call: (p, l) => renderWith(CreditRatingCard, p, l),
    nearlyValid: [creditProps, locale],
  },
  {
    name: 'MemberStatement',
    arity: 2,
    call: (p, l) => renderWith(MemberStatement, p, l),
    nearlyValid: [statementProps, locale],
  },
  {
    name: 'MembershipApplicationForm',
    arity: 2,
    call: (p, l) => renderWith(MembershipApplicationForm, p, l),
    nearlyValid: [formProps, locale],
  },
  {
    name: 'FertilizerPlanner',
    arity: 2,
    call: (p, l) => renderWith(FertilizerPlanner, p, l),
    nearlyValid: [plannerProps, locale],
  },
  {
    name: 'TrusteeshipQuote',
    arity: 2,
    call: (p, l) => renderWith(TrusteeshipQuote, p, l),
    nearlyValid: [quoteProps, locale],
  },
  {
    name: 'ServiceCenterFinder',
    arity: 2,
    call: (p, l) => renderWith(ServiceCenterFinder, p, l),
    nearlyValid: [finderProps, locale],
  },
  {
    name: 'useTrusteeshipQuote',
    arity: 1,
    call: (p) => callHook(useTrusteeshipQuote, p),
    nearlyValid: [quoteProps],
  },
  {
    name: 'useServiceCenterFinder',
    arity: 1,
    call: (p) => callHook(useServiceCenterFinder, p),
    nearlyValid: [finderProps],
  },
  {
    name: 'LoanCalculator',
    arity: 2,
    call: (p, l) => renderWith(LoanCalculator, p, l),
    nearlyValid: [loanProps, locale],
  },
  {
    name: 'InsuranceQuote',
    arity: 2,
    call: (p, l) => renderWith(InsuranceQuote, p, l),
    nearlyValid: [insuranceProps, locale],
  },
  {
    name: 'useLoanCalculator',
    arity: 1,
    call: (p) => callHook(useLoanCalculator, p),
    nearlyValid: [loanProps],
  },
  {
    name: 'useInsuranceQuote',
    arity: 1,
    call: (p) => callHook(useInsuranceQuote, p),
    nearlyValid: [insuranceProps],
  },
  {
    name: 'useCreditRatingCard',
    arity: 1,
    call: (p) => callHook(useCreditRatingCard, p),
    nearlyValid: [creditProps],
  },
  {
    name: 'useMemberStatement',
    arity: 1,
    call: (p) => callHook(useMemberStatement, p),
    nearlyValid: [statementProps],
  },
  {
    name: 'useMembershipApplicationForm',
    arity: 1,
    call: (p) => callHook(useMembershipApplicationForm, p),
    nearlyValid: [formProps],
  },
  {
    name: 'useFertilizerPlanner',
    arity: 1,
    call: (p) => callHook(useFertilizerPlanner, p),
    nearlyValid: [plannerProps],
  },
  {
    name: 'useFormatFen',
    arity: 1,
    call: (l) => callHook(useFormatFen, {}, l),
    nearlyValid: [locale],
  },
  {
    name: 'useHezuoClient',
    arity: 1,
    call: (l) => callHook(useHezuoClient, {}, l),
    nearlyValid: [locale],
  },
  {
    name: 'useHezuoFormat',
    arity: 1,
    call: (l) => callHook(useHezuoFormat, {}, l),
    nearlyValid: [locale],
  },
  {
    name: 'useHezuoLocale',
    arity: 1,
    call: (l) => callHook(useHezuoLocale, {}, l),
    nearlyValid: [locale],
  },
  {
    name: 'useWidgetMessages',
    arity: 1,
    call: (l) => callHook(useWidgetMessages, {}, l),
    nearlyValid: [locale],
  },
  {
    name: 'hezuoFormatters',
    arity: 3,
    call: (l, amount, date) => {
      const f = hezuoFormatters(l as never);
      return [
        f.fen(amount as number),
        f.number(amount as number),
        f.percent(amount as number),
        f.date(date as string),
      ];
    },
    nearlyValid: [
      fc.constantFrom('zh-CN', 'en'),
      fen,
      fc.constantFrom('2026-11-29', '2024-02-29', '2023-02-29'),
    ],
  },
  {
    name: 'WidgetError',
    arity: 2,
    call: (widget, error) => renderToString(<WidgetError widget={widget as string} error={error} />),
  },
  {
    name: 'WidgetErrorBoundary',
    arity: 1,
    call: (widget) =>
      renderToString(
        <WidgetErrorBoundary widget={widget as string}>
          <Amount fen={1} />
        </WidgetErrorBoundary>,
      ),
  },
  // Without a DOM, every call is refused with a HezuoError naming `element`.
  {
    name: 'mount',
    arity: 3,
    call: (element, name, props) => mount(element as never, name as string, props as never),
  },
];

describe('widgets render or throw a HezuoError, whatever their props', () => {
  it('are total over hostile props', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      await fuzzTotality(TARGETS, { numRuns: 150 });
    } finally {
      consoleError.mockRestore();
    }
  }, 60_000);

  it('cover every function the package exports', () => {
    const exported = Object.entries(widgets)
      .filter(([, value]) => typeof value === 'function')
      .map(([name]) => name)
      .sort();
    expect(TARGETS.map((t) => t.name).sort()).toEqual(exported);
  });
});
