import { addDays, addMonths } from '../../calendar/isoDate';
import { parseInput } from '../../errors/fromZod';
import { HezuoError } from '../../errors/HezuoError';
import type { LocalizedText } from '../../i18n/locale';
import { scaleFen } from '../../money/arithmetic';
import type { Fen } from '../../money/fen';
import {
  type CreditLineApplicant,
  CreditLineApplicantSchema,
  type CreditLinePolicyInput,
  CreditLinePolicySchema,
} from './creditLinePolicy';

/** One step of a line's derivation: what limited it and to how much. */
export interface CreditLineStep {
  readonly step: 'gradeCap' | 'incomeTerm' | 'netAssetTerm' | 'rounding';
  /** The line after this step, in fen. */
  readonly amount: Fen;
  readonly label: LocalizedText;
}

/** A credit line (授信额度) with its derivation and validity. */
export interface CreditLine {
  readonly memberId: string;
  readonly policyId: string;
  readonly grade: string;
  /** The line in fen; 0 when the grade gets none. */
  readonly amount: Fen;
  readonly validFrom: string;
  /** The last day the line may be drawn on. */
  readonly validUntil: string;
  /** Every step, in order; the last step's amount is the line. */
  readonly derivation: readonly CreditLineStep[];
}

const money = (fen: number) => `${Math.trunc(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;

/**
 * The credit line a policy grants an applicant: the grade's cap, lowered by the income and
 * net-asset terms when the policy has them, rounded down to the policy's unit, valid for the
 * policy's years. Every step is listed with its amount, so the line can be explained.
 *
 * @throws HezuoError `INVALID_INPUT` for a bad policy or applicant, or when the policy has an
 * income or asset term and the applicant's figure is missing.
 *
 * @example
 * ```ts
 * creditLineFor(PRACTICE_CREDIT_LINE_POLICY, { memberId: 'M01', grade: 'AA', grantedOn: '2026-07-01' }).amount; // 3000000
 * ```
 */
export function creditLineFor(policy: CreditLinePolicyInput, applicant: CreditLineApplicant): CreditLine {
  const p = parseInput(CreditLinePolicySchema, policy, { path: ['policy'] });
  const a = parseInput(CreditLineApplicantSchema, applicant, { path: ['applicant'] });
  const cap = Object.hasOwn(p.capByGrade, a.grade) ? (p.capByGrade[a.grade] as number) : 0;
  let amount = cap;
  const derivation: CreditLineStep[] = [
    {
      step: 'gradeCap',
      amount,
      label: {
        'zh-CN': `${a.grade} 级授信上限 ${money(cap)} 元`,
        en: `cap for grade ${a.grade}: ${money(cap)} yuan`,
      },
    },
  ];
  // Each optional term can only lower the line: a rate times one of the applicant's figures.
  const terms = [
    {
      step: 'incomeTerm',
      rate: p.incomeMultiple,
      base: a.annualIncome,
      field: 'annualIncome',
      zh: '年收入',
      en: 'yearly income',
    },
    {
      step: 'netAssetTerm',
      rate: p.netAssetShare,
      base: a.netAssets,
      field: 'netAssets',
      zh: '净资产',
      en: 'net assets',
    },
  ] as const;
  for (const term of terms) {
    if (term.rate === undefined) continue;
    if (term.base === undefined) {
      throw new HezuoError('INVALID_INPUT', `the policy limits lines by ${term.en}: give ${term.field}`, {
        path: ['applicant', term.field],
      });
    }
    const limit = scaleFen(term.base, { multiply: [term.rate], rounding: 'floor' });
    amount = Math.min(amount, limit);
    derivation.push({
      step: term.step,
      amount,
      label: {
        'zh-CN': `不超过${term.zh}的 ${String(term.rate)} 倍（${money(limit)} 元）`,
        en: `at most ${String(term.rate)} × ${term.en} (${money(limit)} yuan)`,
      },
    });
  }
  amount -= amount % p.roundDownTo;
  derivation.push({
    step: 'rounding',
    amount,
    label: {
      'zh-CN': `按 ${money(p.roundDownTo)} 元向下取整`,
      en: `rounded down to ${money(p.roundDownTo)} yuan`,
    },
  });
  return {
    memberId: a.memberId,
    policyId: p.id,
    grade: a.grade,
    amount,
    validFrom: a.grantedOn,
    // Valid for whole years: up to the day before the same date `validityYears` later.
    validUntil: addDays(addMonths(a.grantedOn, 12 * p.validityYears), -1),
    derivation,
  };
}
