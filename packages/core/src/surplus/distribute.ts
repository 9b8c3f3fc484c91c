import * as z from 'zod/mini';
import { EntityIdSchema } from '../cooperative/ids';
import { parseInput } from '../errors/fromZod';
import { HezuoError } from '../errors/HezuoError';
import type { LocalizedText } from '../i18n/locale';
import { IdIndex } from '../internal/idIndex';
import { allocate, splitEvenly } from '../money/allocate';
import { scaleFen } from '../money/arithmetic';
import { type ExactDecimal, toExactDecimal } from '../money/decimal';
import { type Fen, FenSchema } from '../money/fen';
import {
  type DistributionPlan,
  type DistributionPlanInput,
  DistributionPlanSchema,
  MIN_PATRONAGE_REFUND_RATE,
} from './distributionPlan';

/** One member as the distribution reads it from the member account (Art. 43), in fen. */
export const DistributionMemberSchema = z.strictObject({
  memberId: EntityIdSchema,
  /** The year's transaction amount with the cooperative (members only, Art. 41). */
  transactionAmount: FenSchema,
  /** Capital in the member account. */
  capital: FenSchema,
  /** Reserve share quantified to the member in earlier years. */
  reserveShare: FenSchema,
});

/** See {@link DistributionMemberSchema}. */
export type DistributionMember = z.infer<typeof DistributionMemberSchema>;

/** The input of {@link distributeSurplus}. */
export const DistributionInputSchema = z.strictObject({
  /** The year being distributed, e.g. `2026`. */
  year: z.number().check(z.int(), z.gte(1900), z.lte(9999)),
  /** The year's surplus (当年盈余), in fen. */
  surplus: FenSchema,
  /** Losses of earlier years covered first (弥补亏损), in fen; at most the surplus. */
  lossCover: z._default(FenSchema, 0),
  plan: DistributionPlanSchema,
  /** Property formed from direct state subsidies (国家财政直接补助形成的财产), in fen. */
  subsidyProperty: z._default(FenSchema, 0),
  /** Property formed from donations (他人捐赠形成的财产), in fen. */
  donatedProperty: z._default(FenSchema, 0),
  members: z.array(DistributionMemberSchema).check(z.minLength(1), z.maxLength(1_000_000)),
});

// The input with members already checked by the fast path; built once at load.
const INPUT_WITH_CHECKED_MEMBERS_SCHEMA = z.extend(z.omit(DistributionInputSchema, { members: true }), {
  members: z.array(z.unknown()),
});

/** The input of {@link distributeSurplus}. */
export interface DistributionInput {
  readonly year: number;
  readonly surplus: Fen;
  readonly lossCover?: Fen;
  readonly plan: DistributionPlanInput;
  readonly subsidyProperty?: Fen;
  readonly donatedProperty?: Fen;
  readonly members: readonly DistributionMember[];
}

/** The lines of a member statement, in the order of Arts. 42 and 44. */
export const STATEMENT_ITEMS = [
  'reserveQuantified',
  'patronageRefund',
  'dividend',
  'convertedToCapital',
  'cashPayment',
] as const;

/** One of {@link STATEMENT_ITEMS}. */
export type StatementItem = (typeof STATEMENT_ITEMS)[number];

/** What each statement line is called. */
export const STATEMENT_ITEM_LABELS: Readonly<Record<StatementItem, LocalizedText>> = Object.freeze({
  reserveQuantified: { 'zh-CN': '量化公积金份额', en: 'reserve quantified to the member' },
  patronageRefund: { 'zh-CN': '按交易量（额）返还', en: 'patronage refund' },
  dividend: { 'zh-CN': '按出资额等比例分配', en: 'dividend on capital and shares' },
  convertedToCapital: { 'zh-CN': '转为出资', en: 'converted to capital' },
  cashPayment: { 'zh-CN': '现金分配', en: 'paid in cash' },
});

/** One line of a member statement: the amount and what it was computed from. */
export interface StatementLine {
  readonly item: StatementItem;
  /** In fen. */
  readonly amount: Fen;
  /** The member's part of the key and the whole key it was split by (e.g. transaction amounts). */
  readonly basis: { readonly key: string; readonly member: Fen; readonly total: Fen | string };
}

/** A member's statement for the year (盈余分配明细): each amount, and each line with its basis. */
export interface MemberStatement {
  readonly memberId: string;
  /** This year's reserve quantified to the member (credited to the account, not paid out). */
  readonly reserveQuantified: Fen;
  /** Returned by the member's share of the year's transactions. */
  readonly patronageRefund: Fen;
  /** Paid by capital + reserve share + subsidy share. */
  readonly dividend: Fen;
  /** Turned into capital by member-meeting vote. */
  readonly convertedToCapital: Fen;
  /** Paid out in cash. */
  readonly cashPayment: Fen;
  /** The lines in the order of Arts. 42 and 44, each with its basis (built when first read). */
  readonly lines: readonly StatementLine[];
  /** Patronage refund plus dividend. */
  readonly distributed: Fen;
  /** The member's equal share of subsidy and donated property, part of the dividend key (Art. 44). */
  readonly subsidyShare: Fen;
  /** Capital after conversion. */
  readonly capitalAfter: Fen;
  /** Reserve share after this year's quantification. */
  readonly reserveShareAfter: Fen;
}

/** What every statement's basis shares: the whole of each key. */
interface StatementTotals {
  readonly reserveKey: string;
  readonly reserveTotal: Fen | string;
  readonly transactionTotal: Fen;
  readonly dividendTotal: Fen;
  readonly conversionAppliesTo: string;
}

/**
 * A statement that keeps its amounts as plain fields and builds its lines on first read: a
 * county's hundred thousand statements cost one object each until somebody reads them.
 */
class StatementRecord implements MemberStatement {
  #lines: StatementLine[] | undefined;
  readonly #totals: StatementTotals;
  readonly #reserveKeyMember: Fen;
  readonly #transactionAmount: Fen;
  readonly #dividendWeight: Fen;
  readonly #conversionBase: Fen;
  readonly distributed: Fen;
  readonly capitalAfter: Fen;
  readonly reserveShareAfter: Fen;

  constructor(
    readonly memberId: string,
    readonly reserveQuantified: Fen,
    readonly patronageRefund: Fen,
    readonly dividend: Fen,
    readonly convertedToCapital: Fen,
    readonly cashPayment: Fen,
    readonly subsidyShare: Fen,
    member: DistributionMember,
    basis: { reserveKeyMember: Fen; dividendWeight: Fen; conversionBase: Fen },
    totals: StatementTotals,
  ) {
    this.distributed = patronageRefund + dividend;
    this.capitalAfter = member.capital + convertedToCapital;
    this.reserveShareAfter = member.reserveShare + reserveQuantified;
    this.#transactionAmount = member.transactionAmount;
    this.#reserveKeyMember = basis.reserveKeyMember;
    this.#dividendWeight = basis.dividendWeight;
    this.#conversionBase = basis.conversionBase;
    this.#totals = totals;
  }

  get lines(): readonly StatementLine[] {
    if (!this.#lines) {
      const t = this.#totals;
      this.#lines = [
        {
          item: 'reserveQuantified',
          amount: this.reserveQuantified,
          basis: { key: t.reserveKey, member: this.#reserveKeyMember, total: t.reserveTotal },
        },
        {
          item: 'patronageRefund',
          amount: this.patronageRefund,
          basis: { key: 'transactions', member: this.#transactionAmount, total: t.transactionTotal },
        },
        {
          item: 'dividend',
          amount: this.dividend,
          basis: { key: 'capitalReserveAndSubsidy', member: this.#dividendWeight, total: t.dividendTotal },
        },
        {
          item: 'convertedToCapital',
          amount: this.convertedToCapital,
          basis: { key: t.conversionAppliesTo, member: this.#conversionBase, total: this.#conversionBase },
        },
        {
          item: 'cashPayment',
          amount: this.cashPayment,
          basis: {
            key: 'patronagePlusDividendLessConversion',
            member: this.distributed,
            total: this.distributed,
          },
        },
      ];
    }
    return this.#lines;
  }

  /** Plain data, lines included, for storage and transport. */
  toJSON(): Omit<MemberStatement, never> {
    return {
      memberId: this.memberId,
      reserveQuantified: this.reserveQuantified,
      patronageRefund: this.patronageRefund,
      dividend: this.dividend,
      convertedToCapital: this.convertedToCapital,
      cashPayment: this.cashPayment,
      lines: this.lines,
      distributed: this.distributed,
      subsidyShare: this.subsidyShare,
      capitalAfter: this.capitalAfter,
      reserveShareAfter: this.reserveShareAfter,
    };
  }
}

/** The year's totals; every one equals the sum of its parts in the statements. */
export interface DistributionTotals {
  readonly surplus: Fen;
  readonly lossCover: Fen;
  readonly afterLossCover: Fen;
  readonly reserve: Fen;
  readonly welfareFund: Fen;
  /** 可分配盈余. */
  readonly distributable: Fen;
  readonly patronageRefund: Fen;
  /** Patronage refund as a share of the distributable surplus, percent with two decimals, rounded down. */
  readonly patronagePercent: string;
  readonly dividend: Fen;
  readonly subsidyAndDonatedProperty: Fen;
  readonly convertedToCapital: Fen;
  readonly cashPayment: Fen;
}

/** What {@link distributeSurplus} returns. */
export interface DistributionResult {
  readonly year: number;
  readonly plan: DistributionPlan;
  readonly totals: DistributionTotals;
  readonly statements: readonly MemberStatement[];
}

function rule(message: string, path: (string | number)[], details: Record<string, unknown> = {}): never {
  throw new HezuoError('DISTRIBUTION_RULE', message, { path, details });
}

/** Members are usually plain: check them in one loop and leave the schema to build errors. */
function readMembers(members: unknown): readonly DistributionMember[] | undefined {
  if (!Array.isArray(members) || members.length === 0 || members.length > 1_000_000) return undefined;
  for (const m of members as unknown[]) {
    if (typeof m !== 'object' || m === null) return undefined;
    const r = m as Record<string, unknown>;
    let keys = 0;
    for (const _ in r) keys++;
    if (keys !== 4 || typeof r.memberId !== 'string' || r.memberId.length === 0 || r.memberId.length > 128)
      return undefined;
    for (const field of [r.transactionAmount, r.capital, r.reserveShare]) {
      if (typeof field !== 'number' || !Number.isSafeInteger(field) || field < 0) return undefined;
    }
  }
  return members as DistributionMember[];
}

/** `floor(amount × rate)` exactly, for a rate read as a decimal; plain numbers when the product is safe. */
function floorTimes(amount: number, rate: ExactDecimal, coefficient: number, divisor: number): number {
  const product = amount * coefficient;
  if (Number.isSafeInteger(product) && Number.isSafeInteger(divisor)) {
    // NaN (an unsafe coefficient) is never a safe integer, so it falls through to bigint.
    let quotient = Math.floor(product / divisor);
    // Float division of exact integers can land one above the true floor; correct it exactly.
    if (quotient * divisor > product) quotient -= 1;
    return quotient;
  }
  return Number((BigInt(amount) * rate.coefficient) / 10n ** BigInt(rate.scale));
}

/** Weights of the reserve key: transactions, capital, or an exact mix of the two shares. */
function reserveWeights(
  members: readonly DistributionMember[],
  plan: DistributionPlan,
): (number | string)[] | undefined {
  const key = plan.reserveKey;
  if (key === 'transactions') return members.map((m) => m.transactionAmount);
  if (key === 'capital') return members.map((m) => m.capital);
  const t = toExactDecimal(key.transactions) as ExactDecimal;
  const c = toExactDecimal(key.capital) as ExactDecimal;
  let totalT = 0n;
  let totalC = 0n;
  for (const m of members) {
    totalT += BigInt(m.transactionAmount);
    totalC += BigInt(m.capital);
  }
  // wᵢ = wT·tᵢ/ΣT + wC·cᵢ/ΣC, over the common denominator 10^(pT+pC)·ΣT·ΣC, as exact integers.
  const scaleT = 10n ** BigInt(c.scale);
  const scaleC = 10n ** BigInt(t.scale);
  return members.map((m) => {
    const partT =
      totalT === 0n
        ? 0n
        : t.coefficient * scaleT * BigInt(m.transactionAmount) * (totalC === 0n ? 1n : totalC);
    const partC =
      totalC === 0n ? 0n : c.coefficient * scaleC * BigInt(m.capital) * (totalT === 0n ? 1n : totalT);
    return String(partT + partC);
  });
}

const isZero = (w: number | string) => w === 0 || w === '0';

/** The sum of key weights: a number while it is a safe integer, else exact decimal text. */
function sumWeights(weights: readonly (number | string)[]): number | string {
  let total = 0;
  for (const w of weights) {
    if (typeof w !== 'number') return String(weights.reduce<bigint>((s, x) => s + BigInt(x), 0n));
    total += w;
  }
  return Number.isSafeInteger(total)
    ? total
    : String(weights.reduce<bigint>((s, x) => s + BigInt(x as number), 0n));
}

/**
 * Distributes a year's surplus (盈余分配, Arts. 42, 44), exact to the fen:
 * 1. losses of earlier years are covered first;
 * 2. the reserve (and a welfare fund, if any) is drawn at the charter's rate (no legal default);
 * 3. the reserve is quantified to members by the charter's key (transactions by default);
 * 4. at least 60 % of the distributable surplus is returned by each member's share of the
 *    year's transactions (rounded up, so the floor holds to the fen);
 * 5. the rest is paid pro rata to capital + reserve share (this year's included) + an equal
 *    per-member share of property formed from state subsidies and donations;
 * 6. part may be converted to capital by member-meeting vote (rounded down per member).
 * Every split goes through {@link allocate}, so every total equals its parts; each statement
 * line carries its basis.
 *
 * @throws HezuoError `DISTRIBUTION_RULE` (no reserve rate, patronage below 60 %, loss cover above
 * the surplus, rates above the whole, no transactions to base the refund on), `INVALID_INPUT`,
 * `INVALID_AMOUNT`.
 */
export function distributeSurplus(input: DistributionInput): DistributionResult {
  if (
    typeof input === 'object' &&
    input !== null &&
    (input as { plan?: { reserveRate?: unknown } }).plan?.reserveRate === undefined
  ) {
    rule('the reserve rate is the charter’s choice and has no default: give plan.reserveRate (Art. 42)', [
      'plan',
      'reserveRate',
    ]);
  }
  const fastMembers = readMembers((input as { members?: unknown } | null)?.members);
  const valid = parseInput(
    fastMembers ? INPUT_WITH_CHECKED_MEMBERS_SCHEMA : DistributionInputSchema,
    fastMembers ? { ...input, members: [] } : input,
  ) as z.infer<typeof DistributionInputSchema>;
  const members = fastMembers ?? valid.members;
  const { plan, surplus, lossCover } = valid;

  const seen = new IdIndex();
  members.forEach((m, i) => {
    if (!seen.add(m.memberId)) {
      throw new HezuoError('INVALID_INPUT', `member ${m.memberId} is listed twice`, {
        path: ['members', i, 'memberId'],
      });
    }
  });

  const patronageRate = toExactDecimal(plan.patronageRefundRate) as ExactDecimal;
  const minimum = toExactDecimal(MIN_PATRONAGE_REFUND_RATE) as ExactDecimal;
  // Compare a/10^p ≥ b/10^q exactly.
  if (
    patronageRate.coefficient * 10n ** BigInt(minimum.scale) <
    minimum.coefficient * 10n ** BigInt(patronageRate.scale)
  ) {
    rule(
      `the patronage refund must be at least 60 % of the distributable surplus (Art. 44); the plan gives ${String(plan.patronageRefundRate)}`,
      ['plan', 'patronageRefundRate'],
    );
  }
  if (lossCover > surplus)
    rule(`loss cover of ${lossCover} fen exceeds the surplus of ${surplus} fen`, ['lossCover']);
  const afterLossCover = surplus - lossCover;
  const reserve = scaleFen(afterLossCover, { multiply: [plan.reserveRate] });
  const welfareFund = scaleFen(afterLossCover, { multiply: [plan.welfareFundRate] });
  if (reserve + welfareFund > afterLossCover)
    rule('the reserve and welfare rates add up to more than the whole', ['plan', 'welfareFundRate']);
  const distributable = afterLossCover - reserve - welfareFund;
  const patronageRefund = scaleFen(distributable, {
    multiply: [plan.patronageRefundRate],
    rounding: 'ceiling',
  });
  const dividendPool = distributable - patronageRefund;

  const n = members.length;
  // 3. The reserve quantified to members; an all-zero key (no transactions yet) falls back to equal shares.
  const keyWeights = reserveWeights(members, plan) ?? [];
  const reserveKeyName = typeof plan.reserveKey === 'string' ? plan.reserveKey : 'mixed';
  const reserveEqual = keyWeights.every(isZero);
  const reserveParts =
    reserve === 0
      ? new Array<number>(n).fill(0)
      : reserveEqual
        ? splitEvenly(reserve, n)
        : allocate(reserve, keyWeights);

  // 4. Patronage refund by transactions (Art. 44: ≥ 60 %).
  const transactions = members.map((m) => m.transactionAmount);
  let totalTransactions = 0;
  for (const t of transactions) totalTransactions += t;
  if (patronageRefund > 0 && totalTransactions === 0) {
    rule(
      'no member traded with the cooperative this year, so there is nothing to base the patronage refund on',
      ['members'],
    );
  }
  const patronageParts =
    patronageRefund === 0 ? new Array<number>(n).fill(0) : allocate(patronageRefund, transactions);

  // 5. The rest by capital + reserve share + equal share of subsidy and donated property.
  const subsidyPool = valid.subsidyProperty + valid.donatedProperty;
  const subsidyShares = subsidyPool === 0 ? new Array<number>(n).fill(0) : splitEvenly(subsidyPool, n);
  const dividendWeights = members.map(
    (m, i) => m.capital + m.reserveShare + (reserveParts[i] as number) + (subsidyShares[i] as number),
  );
  let totalDividendWeight = 0;
  for (const w of dividendWeights) totalDividendWeight += w;
  if (!Number.isSafeInteger(totalDividendWeight)) {
    throw new HezuoError('AMOUNT_OVERFLOW', 'the dividend key leaves the safe integer range of fen', {
      path: ['members'],
    });
  }
  if (dividendPool > 0 && totalDividendWeight === 0) {
    rule('no member has capital, reserve share or subsidy share to base the dividend on', ['members']);
  }
  const dividendParts =
    dividendPool === 0 ? new Array<number>(n).fill(0) : allocate(dividendPool, dividendWeights);

  // 6. Conversion to capital, per member, rounded down.
  const conversion = plan.conversion;
  const conversionRate = conversion ? (toExactDecimal(conversion.rate) as ExactDecimal) : undefined;
  // Plain-number conversion only when the rate's digits are a safe integer; bigint otherwise.
  const conversionCoefficient =
    conversionRate && conversionRate.coefficient <= BigInt(Number.MAX_SAFE_INTEGER)
      ? Number(conversionRate.coefficient)
      : Number.NaN;
  const conversionDivisor = conversionRate ? 10 ** conversionRate.scale : 1;

  let convertedTotal = 0;
  let cashTotal = 0;
  const totalReserveKey = reserveEqual ? n : sumWeights(keyWeights);
  const statements: MemberStatement[] = new Array(n);
  const statementTotals: StatementTotals = {
    reserveKey: reserveEqual ? 'equal' : reserveKeyName,
    reserveTotal: totalReserveKey,
    transactionTotal: totalTransactions,
    dividendTotal: totalDividendWeight,
    conversionAppliesTo: conversion?.appliesTo ?? 'none',
  };
  for (let i = 0; i < n; i++) {
    const m = members[i] as DistributionMember;
    const reserveQuantified = reserveParts[i] as number;
    const patronage = patronageParts[i] as number;
    const dividend = dividendParts[i] as number;
    const base = conversion?.appliesTo === 'all' ? patronage + dividend : dividend;
    const converted = conversionRate
      ? floorTimes(base, conversionRate, conversionCoefficient, conversionDivisor)
      : 0;
    const cash = patronage + dividend - converted;
    convertedTotal += converted;
    cashTotal += cash;
    const reserveKeyMember = reserveEqual ? 1 : keyWeights[i];
    statements[i] = new StatementRecord(
      m.memberId,
      reserveQuantified,
      patronage,
      dividend,
      converted,
      cash,
      subsidyShares[i] as number,
      m,
      {
        reserveKeyMember: typeof reserveKeyMember === 'number' ? reserveKeyMember : Number(reserveKeyMember),
        dividendWeight: dividendWeights[i] as number,
        conversionBase: base,
      },
      statementTotals,
    );
  }

  const patronageBasisPoints =
    distributable === 0 ? 0 : Math.floor((patronageRefund * 10_000) / distributable);
  return {
    year: valid.year,
    plan,
    totals: {
      surplus,
      lossCover,
      afterLossCover,
      reserve,
      welfareFund,
      distributable,
      patronageRefund,
      patronagePercent: `${Math.floor(patronageBasisPoints / 100)}.${String(patronageBasisPoints % 100).padStart(2, '0')}`,
      dividend: dividendPool,
      subsidyAndDonatedProperty: subsidyPool,
      convertedToCapital: convertedTotal,
      cashPayment: cashTotal,
    },
    statements,
  };
}
