import type { Locale } from '@hezuo/core';
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
} from '@hezuo/react-widgets';
import { useState } from 'react';
import { CATALOGUE, CENTERS, COUNTY, FERTILIZERS, PLACE, QUOTE_PLOTS, RATING, STATEMENT } from './portalData';

const TEXT = {
  'zh-CN': {
    title: `${COUNTY.region.name}为农服务平台`,
    lead: '土地托管、农资、信用与金融服务，一站办理。',
    switchTo: 'English',
    production: '生产服务',
    credit: '信用与金融',
    membership: '入社与分配',
    log: '最近操作',
  },
  en: {
    title: `${COUNTY.region.nameEn} farm services portal`,
    lead: 'Land trusteeship, farm inputs, credit and finance in one place.',
    switchTo: '中文',
    production: 'Production services',
    credit: 'Credit and finance',
    membership: 'Membership and surplus',
    log: 'Recent actions',
  },
} as const;

/** The county portal: every Hezuo widget, in the portal's colours, in either language. */
export function Portal({ initialLocale = 'zh-CN' }: { readonly initialLocale?: Locale }) {
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const [log, setLog] = useState<readonly { readonly n: number; readonly text: string }[]>([]);
  const t = TEXT[locale];
  // Widgets report what the user did; a portal would send it to its back end. Nothing personal is logged.
  const note = (text: string) =>
    setLog((lines) => [{ n: (lines[0]?.n ?? 0) + 1, text }, ...lines].slice(0, 5));
  return (
    <HezuoProvider locale={locale}>
      <header className="portal-header">
        <h1>{t.title}</h1>
        <p>{t.lead}</p>
        <button
          type="button"
          lang={locale === 'en' ? 'zh-CN' : 'en'}
          onClick={() => setLocale(locale === 'en' ? 'zh-CN' : 'en')}
        >
          {t.switchTo}
        </button>
      </header>
      <main className="portal-grid">
        <h2>{t.production}</h2>
        <ServiceCenterFinder
          centers={CENTERS}
          place={PLACE}
          onSelect={(center) => note(`select ${center.id}`)}
        />
        <TrusteeshipQuote
          catalogue={CATALOGUE}
          plots={QUOTE_PLOTS}
          fullPackage={{ feePerMuFen: 100_000 }}
          initial={{ serviceIds: ['wheat-ploughing', 'wheat-sowing', 'wheat-spraying', 'wheat-harvest'] }}
          onQuote={(quote) => note(`quote ${quote.totalFen}`)}
        />
        <FertilizerPlanner
          products={FERTILIZERS}
          correction={{ N: 0.5, P2O5: 0.6, K2O: 0.5 }}
          initial={{
            crop: 'winterWheat',
            targetYieldKgPerMu: 495,
            areaMu: 5,
            soilTestMgPerKg: { N: 80, P2O5: 20, K2O: 110 },
          }}
          onPlan={() => note('plan')}
        />
        <h2>{t.credit}</h2>
        <CreditRatingCard result={RATING} />
        <LoanCalculator
          initial={{
            principalFen: 5_000_000,
            annualRate: '0.0435',
            termMonths: 12,
            method: 'equalInstallment',
            startDate: '2026-03-10',
          }}
          onSchedule={(schedule) => note(`schedule ${schedule.periods.length}`)}
        />
        <InsuranceQuote
          products={[
            {
              id: 'wheat',
              name: { 'zh-CN': '小麦种植保险', en: 'Wheat insurance' },
              sumInsuredPerMuFen: 45_000,
              premiumRate: '0.06',
              outputValuePerMuFen: 60_000,
            },
          ]}
          subsidy={{ region: 'east', provinceShare: '0.3', countyShare: '0.1' }}
          initial={{ productId: 'wheat', areaMu: '10' }}
          onQuote={(quote) => note(`insurance ${quote.premium.premiumFen}`)}
        />
        <h2>{t.membership}</h2>
        {STATEMENT === undefined ? null : <MemberStatement statement={STATEMENT} />}
        <MembershipApplicationForm onSubmit={() => note('application')} />
      </main>
      <aside aria-live="polite" className="portal-log">
        <h2>{t.log}</h2>
        <ul>
          {log.map((line) => (
            <li key={line.n}>{line.text}</li>
          ))}
        </ul>
      </aside>
    </HezuoProvider>
  );
}
