import { z } from 'zod';
import { EntityIdSchema } from '../cooperative/ids';
import { parseInput } from '../errors/fromZod';
import { HezuoError } from '../errors/HezuoError';
import { FenSchema } from '../money/fen';
import {
  addFraction,
  compareFraction,
  type FractionInput,
  FractionSchema,
  formatFraction,
  fractionOf,
  ONE,
  type Rational,
  ZERO,
} from '../ownership/fraction';

/**
 * Roles in a co-built project (村社共建, seed: Shandong village–co-op joint projects): the
 * village collective (村集体经济组织, which usually brings the land and takes the rent), the
 * cooperative (which runs the project), farmers, and other investors.
 */
export const BENEFIT_PARTY_ROLES = ['villageCollective', 'cooperative', 'farmer', 'other'] as const;

/** One of {@link BENEFIT_PARTY_ROLES}. */
export type BenefitPartyRole = (typeof BENEFIT_PARTY_ROLES)[number];

/** A year, as the agreement's terms and settlements count them. */
export const AgreementYearSchema = z.number().int().min(1900).max(2999);

/**
 * A party to the agreement and its stake in the project: the share of the profit after rent it
 * takes as dividend. A stake may be 0 (a collective paid rent only).
 */
export const BenefitPartySchema = z.strictObject({
  /** The party's id (the host's). */
  partyId: EntityIdSchema,
  /** Its role. */
  role: z.enum(BENEFIT_PARTY_ROLES),
  /** Its stake, an exact fraction: `{ bp: 3000 }`, `'0.3'`, `{ numerator: 3, denominator: 10 }`. */
  stake: FractionSchema,
});

/** See {@link BenefitPartySchema}. */
export type BenefitParty = z.infer<typeof BenefitPartySchema>;

/** A party's share of the project's service-fee income (托管、农机、烘干 fees the project earns). */
export const ServiceFeeShareSchema = z.strictObject({
  /** The party. */
  partyId: EntityIdSchema,
  /** Its share of the service-fee income, an exact fraction. */
  share: FractionSchema,
});

/** See {@link ServiceFeeShareSchema}. */
export type ServiceFeeShare = z.infer<typeof ServiceFeeShareSchema>;

/** Sums and cross-checks run only on an agreement whose fields all passed their own schemas. */
const ONLY_WHEN_VALID = { when: (payload: { issues: readonly unknown[] }) => payload.issues.length === 0 };

/** The sum of exact fractions. */
function sumOf(values: readonly FractionInput[]): Rational {
  let sum = ZERO;
  for (const value of values) sum = addFraction(sum, fractionOf(value));
  return sum;
}

/**
 * A benefit-sharing agreement for a co-built project (村社共建利益联结, seed: Shandong): each
 * year the yearly land rent (`rentFen`) goes to the village collective first, out of the
 * project's profit; the profit after rent is split as dividends by stake; the project's
 * service-fee income is split by `serviceFeeShares` (by stake when they are not given).
 *
 * Checked: party ids unique; stakes add up to exactly 100 %; rent needs exactly one
 * village-collective party; service-fee shares name parties, each once, and add up to exactly
 * 100 %. The term (`startYear`…`endYear`, open-ended without `endYear`) is checked by
 * {@link defineBenefitAgreement} (DATE_ORDER).
 */
export const BenefitAgreementSchema = z
  .strictObject({
    /** The agreement's id. */
    id: EntityIdSchema,
    /** The project's name, for people. */
    projectName: z.string().min(1).max(200),
    /** The parties and their stakes. */
    parties: z.array(BenefitPartySchema).min(1).max(10_000),
    /** Yearly land rent to the village collective, in fen, paid first out of profit. */
    rentFen: z.optional(FenSchema),
    /** Shares of the service-fee income; by stake when left out. */
    serviceFeeShares: z.array(ServiceFeeShareSchema).min(1).max(10_000).optional(),
    /** First year of the term. */
    startYear: AgreementYearSchema,
    /** Last year of the term (inclusive); open-ended when left out. */
    endYear: AgreementYearSchema.optional(),
  })
  .superRefine((agreement, ctx) => {
    const parties = new Set<string>();
    agreement.parties.forEach((party, i) => {
      if (parties.has(party.partyId))
        ctx.addIssue({ code: 'custom', message: 'party listed twice', path: ['parties', i, 'partyId'] });
      parties.add(party.partyId);
    });
    const stakes = sumOf(agreement.parties.map((p) => p.stake as FractionInput));
    if (compareFraction(stakes, ONE) !== 0)
      ctx.addIssue({
        code: 'custom',
        message: `the stakes add up to ${formatFraction(stakes)}, not exactly 1 (100 %)`,
        path: ['parties'],
      });
    const collectives = agreement.parties.filter((p) => p.role === 'villageCollective').length;
    if ((agreement.rentFen ?? 0) > 0 && collectives !== 1)
      ctx.addIssue({
        code: 'custom',
        message: `rent is paid to the village collective: exactly one party must have that role (found ${collectives})`,
        path: ['rentFen'],
      });
    const shares = agreement.serviceFeeShares;
    if (shares) {
      const seen = new Set<string>();
      shares.forEach((share, i) => {
        if (!parties.has(share.partyId))
          ctx.addIssue({
            code: 'custom',
            message: 'not a party to the agreement',
            path: ['serviceFeeShares', i, 'partyId'],
          });
        else if (seen.has(share.partyId))
          ctx.addIssue({
            code: 'custom',
            message: 'party listed twice',
            path: ['serviceFeeShares', i, 'partyId'],
          });
        seen.add(share.partyId);
      });
      const total = sumOf(shares.map((s) => s.share as FractionInput));
      if (compareFraction(total, ONE) !== 0)
        ctx.addIssue({
          code: 'custom',
          message: `the service-fee shares add up to ${formatFraction(total)}, not exactly 1 (100 %)`,
          path: ['serviceFeeShares'],
        });
    }
  }, ONLY_WHEN_VALID);

/** See {@link BenefitAgreementSchema}. */
export type BenefitAgreement = z.output<typeof BenefitAgreementSchema>;

/** The input form of {@link BenefitAgreement}. */
export type BenefitAgreementInput = z.input<typeof BenefitAgreementSchema>;

/** Validates an agreement, with its term. @internal */
export function parseAgreement(agreement: unknown, path: (string | number)[]): BenefitAgreement {
  const valid = parseInput(BenefitAgreementSchema, agreement, { path });
  if (valid.endYear !== undefined && valid.endYear < valid.startYear) {
    throw new HezuoError(
      'DATE_ORDER',
      `the agreement ends (${valid.endYear}) before it starts (${valid.startYear})`,
      {
        path: [...path, 'endYear'],
        details: { startYear: valid.startYear, endYear: valid.endYear },
      },
    );
  }
  return valid;
}

/**
 * Checks a benefit-sharing agreement (村社共建) and returns it as validated: stakes and
 * service-fee shares add up to exactly 100 %, rent has exactly one village collective to go
 * to, the term is in order. Hosts call it when an agreement is entered, so a bad one is
 * refused before any year is settled.
 *
 * @param agreement - the agreement
 * @returns the validated {@link BenefitAgreement}
 * @throws HezuoError `INVALID_INPUT` (path of the field) for a malformed agreement or shares that
 *   do not add up; `DATE_ORDER` (path `endYear`) for a term that ends before it starts
 */
export function defineBenefitAgreement(agreement: BenefitAgreementInput): BenefitAgreement {
  return parseAgreement(agreement, []);
}
