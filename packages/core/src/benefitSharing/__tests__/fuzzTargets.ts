import fc from 'fast-check';
import type { FuzzTarget } from '../../testing';
import {
  type BenefitAgreementInput,
  type BenefitYearFigures,
  defineBenefitAgreement,
  settleBenefitAgreement,
} from '../index';

const stakeArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.record({ bp: fc.integer({ min: -1, max: 10_001 }) }),
  fc.constantFrom(0.5, 0.25, '0.5', '1', '1e-3', 0, -0.1),
  fc.record({ numerator: fc.integer({ min: 0, max: 9 }), denominator: fc.integer({ min: 0, max: 9 }) }),
);

const agreementArb: fc.Arbitrary<unknown> = fc.record(
  {
    id: fc.constantFrom('a1', ''),
    projectName: fc.constantFrom('共建项目', ''),
    parties: fc.oneof(
      fc.constant([
        { partyId: 'v', role: 'villageCollective', stake: { bp: 5000 } },
        { partyId: 'c', role: 'cooperative', stake: '0.5' },
      ]),
      fc.array(
        fc.record({
          partyId: fc.constantFrom('v', 'c', 'f'),
          role: fc.constantFrom('villageCollective', 'cooperative', 'farmer', 'other', 'bank'),
          stake: stakeArb,
        }),
        { maxLength: 4 },
      ),
    ),
    rentFen: fc.oneof(fc.nat(), fc.constant(-1), fc.constant(0.5)),
    serviceFeeShares: fc.array(fc.record({ partyId: fc.constantFrom('v', 'c', 'x'), share: stakeArb }), {
      maxLength: 3,
    }),
    startYear: fc.integer({ min: 1899, max: 3000 }),
    endYear: fc.integer({ min: 1899, max: 3000 }),
  },
  { requiredKeys: ['id', 'projectName', 'parties', 'startYear'] },
);

const figuresArb: fc.Arbitrary<unknown> = fc.record({
  year: fc.integer({ min: 1899, max: 3000 }),
  projectProfitFen: fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.constant(-Number.MAX_SAFE_INTEGER)),
  serviceFeeIncomeFen: fc.oneof(fc.nat(), fc.maxSafeNat(), fc.constant(-1)),
});

/** Every input-taking export of the benefit-sharing area, keyed by its export name. */
export const BENEFIT_SHARING_FUZZ_TARGETS: Record<string, FuzzTarget> = {
  defineBenefitAgreement: {
    name: 'defineBenefitAgreement',
    arity: 1,
    call: (a) => defineBenefitAgreement(a as BenefitAgreementInput),
    nearlyValid: [agreementArb],
  },
  settleBenefitAgreement: {
    name: 'settleBenefitAgreement',
    arity: 2,
    call: (a, f) => settleBenefitAgreement(a as BenefitAgreementInput, f as BenefitYearFigures),
    nearlyValid: [agreementArb, figuresArb],
  },
};
