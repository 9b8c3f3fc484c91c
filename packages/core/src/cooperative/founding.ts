import { z } from 'zod';
import { parseInput } from '../errors/fromZod';
import { IsoDateSchema } from '../identity/residentId';
import { CharterSchema } from './charter';
import { CooperativeSchema, PartySchema } from './party';
import type { CooperativeRegister } from './register';
import { assertRegisterComposition } from './registerRules';

/** What founding a cooperative needs: the cooperative, its founders, the date, its charter. */
export const FoundingInputSchema = z.strictObject({
  cooperative: CooperativeSchema,
  founders: z.array(PartySchema).max(100_000),
  foundedOn: IsoDateSchema,
  charter: CharterSchema.default({
    accountingYearEnd: '12-31',
    exitNoticeMonthsIndividual: 3,
    exitNoticeMonthsOrganization: 6,
    minFarmerPercent: 80,
    lossSharingBasis: 'capitalAndReserve',
  }),
});

/** The input of {@link foundCooperative}. */
export type FoundingInput = z.input<typeof FoundingInputSchema>;

/**
 * Founds a cooperative (设立) and returns its register. A farmer professional cooperative needs
 * at least 5 founders (Art. 12), farmers at least 80 % of them and at most one organisation
 * member among 20 or fewer (Art. 20), and no unit with public-administration functions
 * (Art. 19). A union (`cooperative.kind: 'cooperativeUnion'`) needs at least 3 founding
 * cooperatives and only cooperatives (Art. 56).
 *
 * @throws HezuoError `FOUNDING_MEMBERS`, `MEMBERSHIP_COMPOSITION`, `INELIGIBLE_MEMBER`,
 * `ALREADY_MEMBER` (a founder listed twice), naming the rule and the numbers; `INVALID_INPUT`
 * for a malformed party (a bad resident ID is `INVALID_INPUT` at `founders[i].residentId`).
 *
 * @example
 * ```ts
 * const register = foundCooperative({ cooperative, founders, foundedOn: '2026-03-01' });
 * ```
 */
export function foundCooperative(input: FoundingInput): CooperativeRegister {
  const valid = parseInput(FoundingInputSchema, input);
  assertRegisterComposition(valid.founders, {
    founding: true,
    union: valid.cooperative.kind === 'cooperativeUnion',
    minFarmerPercent: valid.charter.minFarmerPercent,
  });
  return {
    cooperative: { ...valid.cooperative, foundedOn: valid.foundedOn },
    charter: valid.charter,
    foundedOn: valid.foundedOn,
    members: valid.founders.map((party) => ({ party, joinedOn: valid.foundedOn, status: 'active' as const })),
  };
}
