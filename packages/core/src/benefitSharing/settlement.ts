import { z } from 'zod';
import { parseInput } from '../errors/fromZod';
import { HezuoError } from '../errors/HezuoError';
import type { LocalizedText } from '../i18n/locale';
import { allocate } from '../money/allocate';
import { type Fen, FenSchema, SignedFenSchema } from '../money/fen';
import { formatFen } from '../money/format';
import { type FractionInput, fractionOf, fractionToNumber, type Rational } from '../ownership/fraction';
import { percentText } from '../ownership/graph';
import { figure, type ShareFigure } from '../ownership/lookThrough';
import {
  AgreementYearSchema,
  type BenefitAgreement,
  type BenefitAgreementInput,
  type BenefitPartyRole,
  parseAgreement,
} from './agreement';

/** One year's figures of a co-built project, for {@link settleBenefitAgreement}. */
export const BenefitYearFiguresSchema = z.strictObject({
  /** The year settled. */
  year: AgreementYearSchema,
  /** The project's profit for the year before rent, in fen; negative for a loss. */
  projectProfitFen: SignedFenSchema,
  /** The project's service-fee income for the year, in fen. */
  serviceFeeIncomeFen: FenSchema,
});

/** See {@link BenefitYearFiguresSchema}. */
export type BenefitYearFigures = z.infer<typeof BenefitYearFiguresSchema>;

/** What each party receives for the year, with the basis of each amount. */
export interface BenefitSettlementLine {
  /** The party. */
  readonly partyId: string;
  /** Its role. */
  readonly role: BenefitPartyRole;
  /** Rent received (the village collective only). */
  readonly rentFen: Fen;
  /** Dividend: its stake of the profit after rent. */
  readonly dividendFen: Fen;
  /** Its share of the service-fee income. */
  readonly serviceFeeFen: Fen;
  /** Rent + dividend + service fee. */
  readonly totalFen: Fen;
  /** Its stake. */
  readonly stake: ShareFigure;
  /** Its share of the service-fee income. */
  readonly serviceFeeShare: ShareFigure;
  /** How each amount was found, for people. */
  readonly basis: {
    /** The rent (present for the village collective when rent is due). */
    readonly rent?: LocalizedText;
    /** The dividend. */
    readonly dividend: LocalizedText;
    /** The service-fee share. */
    readonly serviceFee: LocalizedText;
  };
}

/** Sums of a settlement's lines. */
export interface BenefitSettlementTotals {
  /** Rent paid. */
  readonly rentFen: Fen;
  /** Dividends paid (= the dividend pool). */
  readonly dividendFen: Fen;
  /** Service fees paid (= the service-fee income). */
  readonly serviceFeeFen: Fen;
  /** Everything paid. */
  readonly totalFen: Fen;
}

/** What {@link settleBenefitAgreement} returns. */
export interface BenefitSettlement {
  /** The agreement. */
  readonly agreementId: string;
  /** The project. */
  readonly projectName: string;
  /** The year settled. */
  readonly year: number;
  /** The profit before rent, as given. */
  readonly projectProfitFen: number;
  /** The service-fee income, as given. */
  readonly serviceFeeIncomeFen: Fen;
  /** Rent due, paid and short, and to whom. */
  readonly rent: {
    /** The village collective, when rent is due. */
    readonly partyId?: string;
    /** Rent due for the year. */
    readonly dueFen: Fen;
    /** Rent paid out of profit. */
    readonly paidFen: Fen;
    /** Rent the profit did not cover (owed to the collective; the host decides how it is met). */
    readonly shortfallFen: Fen;
  };
  /** Profit after rent, split as dividends (0 when the profit does not cover the rent). */
  readonly dividendPoolFen: Fen;
  /** A loss (negative profit), not split: the agreement says nothing of how losses are borne. */
  readonly uncoveredLossFen: Fen;
  /** One line per party, in the agreement's order. */
  readonly lines: readonly BenefitSettlementLine[];
  /** The lines' sums: rent paid, dividend pool, service-fee income, and all of it. */
  readonly totals: BenefitSettlementTotals;
}

/**
 * Integer weights proportional to exact fractions (each brought to the common denominator),
 * as decimal strings so `allocate` reads them exactly however large.
 */
function integerWeights(fractions: readonly Rational[], path: (string | number)[]): string[] {
  let common = 1n;
  for (const f of fractions) common = lcm(common, f.d);
  const weights = fractions.map((f) => (f.n * (common / f.d)).toString());
  // allocate reads decimals of up to 512 characters; fractions this fine are a data error.
  if (weights.some((w) => w.length > 500))
    throw new HezuoError(
      'INVALID_INPUT',
      'the shares are too fine to split: their common denominator passes 500 digits',
      {
        path,
        details: { digits: common.toString().length },
      },
    );
  return weights;
}

function lcm(a: bigint, b: bigint): bigint {
  let x = a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return (a / x) * b;
}

const money = (fen: Fen, locale: 'zh-CN' | 'en'): string => formatFen(fen, { locale });

/**
 * Settles one year of a benefit-sharing agreement for a co-built project (村社共建, seed:
 * Shandong): the yearly rent goes to the village collective first, out of the profit (a profit
 * below the rent pays what it can and reports the shortfall); the profit after rent is split
 * as dividends by stake; the service-fee income is split by the service-fee shares (by stake
 * when the agreement has none). Every split is core's `allocate` (largest remainder), so the
 * dividends add up to the pool and the fees to the income exactly, and each line's total is its
 * parts. A loss is reported, not split.
 *
 * @param agreement - the agreement (checked as {@link defineBenefitAgreement} does)
 * @param figures - the year, the profit before rent and the service-fee income, in fen
 * @returns a {@link BenefitSettlement}: one line per party with each amount's basis, and totals
 * @throws HezuoError `INVALID_INPUT` for a malformed agreement or figures (paths `agreement.…`,
 *   `figures.…`); `DATE_ORDER` for a year outside the agreement's term (path `figures.year`)
 *   or a term that ends before it starts; `AMOUNT_OVERFLOW` when the amounts paid pass 2^53 fen
 */
export function settleBenefitAgreement(
  agreement: BenefitAgreementInput,
  figures: BenefitYearFigures,
): BenefitSettlement {
  const valid = parseAgreement(agreement, ['agreement']);
  const year = parseInput(BenefitYearFiguresSchema, figures, { path: ['figures'] });
  if (year.year < valid.startYear || (valid.endYear !== undefined && year.year > valid.endYear)) {
    throw new HezuoError(
      'DATE_ORDER',
      `${year.year} is outside the agreement's term (${valid.startYear}–${valid.endYear ?? '…'})`,
      {
        path: ['figures', 'year'],
        details: { year: year.year, startYear: valid.startYear, endYear: valid.endYear ?? null },
      },
    );
  }
  return settle(valid, year);
}

function settle(agreement: BenefitAgreement, figures: BenefitYearFigures): BenefitSettlement {
  const { parties } = agreement;
  const profit = figures.projectProfitFen;
  const income = figures.serviceFeeIncomeFen;
  const rentDue = agreement.rentFen ?? 0;
  const rentPaid = Math.min(Math.max(profit, 0), rentDue);
  const pool = Math.max(profit - rentDue, 0);
  const totalPaid = rentPaid + pool + income;
  if (!Number.isSafeInteger(totalPaid)) {
    throw new HezuoError('AMOUNT_OVERFLOW', 'the amounts paid for the year pass 2^53 fen', {
      path: ['figures'],
      details: { rentPaid, dividendPool: pool, serviceFeeIncome: income },
    });
  }

  const stakes = parties.map((p) => fractionOf(p.stake as FractionInput));
  const feeShareOf = new Map<string, Rational>();
  for (const share of agreement.serviceFeeShares ?? [])
    feeShareOf.set(share.partyId, fractionOf(share.share as FractionInput));
  const feeShares = agreement.serviceFeeShares
    ? parties.map((p) => feeShareOf.get(p.partyId) ?? { n: 0n, d: 1n })
    : stakes;
  const dividends = allocate(pool, integerWeights(stakes, ['agreement', 'parties']));
  const fees = allocate(
    income,
    integerWeights(feeShares, ['agreement', agreement.serviceFeeShares ? 'serviceFeeShares' : 'parties']),
  );
  const collective = rentDue > 0 ? parties.find((p) => p.role === 'villageCollective') : undefined;

  const lines = parties.map((party, i): BenefitSettlementLine => {
    const rentFen = party === collective ? rentPaid : 0;
    const dividendFen = dividends[i] as number;
    const serviceFeeFen = fees[i] as number;
    const stake = stakes[i] as Rational;
    const feeShare = feeShares[i] as Rational;
    const stakeText = percentText(stake);
    const feeText = percentText(feeShare);
    return {
      partyId: party.partyId,
      role: party.role,
      rentFen,
      dividendFen,
      serviceFeeFen,
      totalFen: rentFen + dividendFen + serviceFeeFen,
      stake: figure(fractionToNumber(stake), stake),
      serviceFeeShare: figure(fractionToNumber(feeShare), feeShare),
      basis: {
        ...(party === collective ? { rent: rentBasis(rentDue, rentPaid) } : {}),
        dividend: {
          'zh-CN': `按股份 ${stakeText} 分配租后利润 ${money(pool, 'zh-CN')}`,
          en: `${stakeText} stake of the profit after rent, ${money(pool, 'en')}`,
        },
        serviceFee: {
          'zh-CN': `按服务费分成 ${feeText} 分配服务费收入 ${money(income, 'zh-CN')}`,
          en: `${feeText} of the service-fee income, ${money(income, 'en')}`,
        },
      },
    };
  });

  return {
    agreementId: agreement.id,
    projectName: agreement.projectName,
    year: figures.year,
    projectProfitFen: profit,
    serviceFeeIncomeFen: income,
    rent: {
      ...(collective ? { partyId: collective.partyId } : {}),
      dueFen: rentDue,
      paidFen: rentPaid,
      shortfallFen: rentDue - rentPaid,
    },
    dividendPoolFen: pool,
    uncoveredLossFen: profit < 0 ? -profit : 0,
    lines,
    totals: { rentFen: rentPaid, dividendFen: pool, serviceFeeFen: income, totalFen: totalPaid },
  };
}

function rentBasis(due: Fen, paid: Fen): LocalizedText {
  if (paid === due)
    return {
      'zh-CN': `土地租金 ${money(due, 'zh-CN')}，先从利润中支付`,
      en: `land rent of ${money(due, 'en')}, paid first out of profit`,
    };
  return {
    'zh-CN': `土地租金 ${money(due, 'zh-CN')}，利润仅够支付 ${money(paid, 'zh-CN')}，尚欠 ${money(due - paid, 'zh-CN')}`,
    en: `land rent of ${money(due, 'en')}; the profit covered ${money(paid, 'en')}, ${money(due - paid, 'en')} short`,
  };
}
