import { formatFen, type Locale } from '@hezuo/core';
import type { SeasonResult } from './insurerSeason';

/** The words of the summary in one language. */
interface SummaryWords {
  readonly period: (from: string, to: string) => string;
  readonly note: (text: string) => string;
  readonly applied: (applied: number, accepted: number, refused: number) => string;
  readonly mu: string;
  readonly premium: string;
  readonly payers: readonly [centre: string, province: string, county: string, farmer: string];
  readonly contracted: (areaMu: string) => string;
  readonly noContracts: string;
  readonly refused: (memberId: string, areaMu: string, contractedAreaMu: string, code: string) => string;
  readonly totals: string;
  readonly loss: (date: string, cause: string, stage: string, cap: string, deductible: string) => string;
  readonly damaged: (areaMu: string, lossRate: string) => string;
  readonly claim: string;
  readonly totalLoss: string;
  readonly belowDeductible: string;
  readonly paid: (payments: number, total: string) => string;
  readonly causes: Readonly<Record<string, string>>;
  readonly stages: Readonly<Record<string, string>>;
}

const WORDS: Readonly<Record<Locale, SummaryWords>> = {
  'zh-CN': {
    period: (from, to) => `（${from} 至 ${to}）`,
    note: (text) => `（${text}）`,
    applied: (n, a, r) => `投保 ${n} 户：承保 ${a} 户，拒保 ${r} 户`,
    mu: '亩',
    premium: '保费',
    payers: ['中央', '省', '县', '农户'],
    contracted: (area) => `托管合同 ${area} 亩`,
    noContracts: '无托管合同，不核验',
    refused: (m, area, contracted, code) =>
      `拒保 ${m}：投保 ${area} 亩，托管合同仅 ${contracted} 亩（${code}）`,
    totals: '保费合计',
    loss: (date, cause, stage, cap, deductible) =>
      `理赔：${date} ${cause}，${stage}（赔付上限 ${cap}，绝对免赔率 ${deductible}）`,
    damaged: (area, rate) => `受灾 ${area} 亩，损失率 ${rate}`,
    claim: '赔款',
    totalLoss: '全损',
    belowDeductible: '低于免赔率',
    paid: (n, total) => `已赔付 ${n} 笔，合计 ${total}`,
    causes: { hail: '冰雹', drought: '干旱', flood: '洪涝' },
    stages: {
      emergenceToJointing: '出苗至拔节期',
      jointingToHeading: '拔节至抽穗期',
      headingToFilling: '抽穗至灌浆期',
      fillingToMaturity: '灌浆至成熟期',
    },
  },
  en: {
    period: (from, to) => ` (${from} – ${to})`,
    note: (text) => ` (${text})`,
    applied: (n, a, r) => `${n} applications: ${a} insured, ${r} refused`,
    mu: 'mu',
    premium: 'premium',
    payers: ['centre', 'province', 'county', 'farmer'],
    contracted: (area) => `${area} mu under trusteeship`,
    noContracts: 'no trusteeship contract, not checked',
    refused: (m, area, contracted, code) =>
      `Refused ${m}: ${area} mu asked, only ${contracted} mu under trusteeship contract (${code})`,
    totals: 'Premiums',
    loss: (date, cause, stage, cap, deductible) =>
      `Claims: ${cause} on ${date}, ${stage} (stage cap ${cap}, deductible ${deductible})`,
    damaged: (area, rate) => `${area} mu damaged, loss rate ${rate}`,
    claim: 'indemnity',
    totalLoss: 'total loss',
    belowDeductible: 'below the deductible',
    paid: (n, total) => `Paid ${n} claims, ${total} in all`,
    causes: { hail: 'hail', drought: 'drought', flood: 'flood' },
    stages: {
      emergenceToJointing: 'emergence to jointing',
      jointingToHeading: 'jointing to heading',
      headingToFilling: 'heading to filling',
      fillingToMaturity: 'filling to maturity',
    },
  },
};

/**
 * The season as a few readable lines, in Simplified Chinese unless told: each insured member's
 * premium and its four payers, the refusals, the totals by payer, and the claims paid. Amounts
 * are the fen amounts formatted, never recomputed.
 */
export function formatSummary(result: SeasonResult, locale: Locale = 'zh-CN'): string[] {
  const w = WORDS[locale];
  const yuan = (fen: number) => formatFen(fen, { locale });
  const percent = (share: string) =>
    new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(Number(share));
  const payers = (amounts: readonly number[]) =>
    amounts.map((fen, i) => `${w.payers[i]} ${yuan(fen)}`).join(' + ');
  const { season, quoted, shares, settlement } = result;
  const { terms, loss } = season;

  const lines = [
    `${season.cooperative.name[locale]} · ${season.product[locale]}${w.period(terms.coverStart, terms.coverEnd)}`,
    w.applied(season.applications.length, quoted.quotes.length, quoted.refused.length),
  ];
  for (const { memberId, areaMu, quote } of quoted.quotes) {
    const s = quote.subsidy;
    const check =
      quote.areaCheck.result === 'within' ? w.contracted(quote.areaCheck.contractedAreaMu) : w.noContracts;
    lines.push(
      `  ${memberId}  ${areaMu} ${w.mu}  ${w.premium} ${yuan(quote.premium.premiumFen)} = ` +
        `${payers([s.centreFen, s.provinceFen, s.countyFen, s.farmerFen])}  [${check}]`,
    );
  }
  for (const r of quoted.refused)
    lines.push(w.refused(r.memberId, r.areaMu, r.contractedAreaMu, r.error.code));
  lines.push(
    `${w.totals} ${yuan(shares.premiumFen)} = ` +
      payers([shares.centreFen, shares.provinceFen, shares.countyFen, shares.farmerFen]),
  );

  const cap = terms.stageCaps[loss.growthStage] ?? '0';
  lines.push(
    w.loss(
      loss.date,
      w.causes[loss.cause] ?? loss.cause,
      w.stages[loss.growthStage] ?? loss.growthStage,
      percent(cap),
      percent(terms.deductible),
    ),
  );
  for (const { memberId, damagedAreaMu, lossRate, claim } of settlement.claims) {
    const note = claim.totalLoss
      ? w.note(w.totalLoss)
      : claim.claimFen === 0
        ? w.note(w.belowDeductible)
        : '';
    lines.push(
      `  ${memberId}  ${w.damaged(damagedAreaMu, percent(lossRate))}  ${w.claim} ${yuan(claim.claimFen)}${note}`,
    );
  }
  lines.push(w.paid(settlement.payments, yuan(settlement.paidFen)));
  return lines;
}
