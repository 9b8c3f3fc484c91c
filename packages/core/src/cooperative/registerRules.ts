import { z } from 'zod';
import { parseInput } from '../errors/fromZod';
import { HezuoError } from '../errors/HezuoError';
import type { LocalizedText } from '../i18n/locale';
import { COOPERATIVE_LAW } from './charter';
import { isOrganization, type Party, PartySchema } from './party';
import { type CooperativeRegister, currentMembers } from './register';

// Built once at load: a schema is an object graph, too costly to rebuild on every call.
const MEMBER_COUNT_SCHEMA = z.number().int().min(0).max(1_000_000_000);

/** Which rule a register breaks, by article. */
export const REGISTER_RULES = [
  'art12.minimumFounders',
  'art19.publicAdministration',
  'art20.farmerShare',
  'art20.organizationCap',
  'art56.unionFounders',
  'art56.unionMembersAreCooperatives',
  'art56.cooperativesJoinUnions',
  'register.duplicateMember',
] as const;

/** One of {@link REGISTER_RULES}. */
export type RegisterRule = (typeof REGISTER_RULES)[number];

/** A broken rule with the measured and required numbers, for people and for programs. */
export interface RuleViolation {
  /** The rule, by article. */
  readonly rule: RegisterRule;
  /** The error code a change breaking it is refused with. */
  readonly code: 'FOUNDING_MEMBERS' | 'MEMBERSHIP_COMPOSITION' | 'INELIGIBLE_MEMBER' | 'ALREADY_MEMBER';
  /** What was measured (a count, or a share in percent as text with one decimal). */
  readonly measured: number | string;
  /** What the rule requires, in the same unit. */
  readonly required: number | string;
  /** The party concerned, when one party breaks the rule (its id, never its personal ID). */
  readonly partyId?: string;
  /** The rule and the numbers, e.g. "79.2 % farmers < 80 % (Art. 20)". */
  readonly message: LocalizedText;
}

/** The composition of a register, as Art. 20 measures it. */
export interface RegisterComposition {
  /** All members (or, for a union, all member cooperatives). */
  readonly memberCount: number;
  /** Natural persons of farming status. */
  readonly farmers: number;
  /** Enterprises, public institutions and social organisations. */
  readonly organizations: number;
  /** The most organisation members the register may have (Art. 20). */
  readonly maxOrganizations: number;
  /** Farmers as a share of members, percent with one decimal, rounded down (so 79.96 % shows as 79.9 %). */
  readonly farmerPercent: string;
  /** Every rule the register breaks; empty when it is lawful. */
  readonly violations: readonly RuleViolation[];
}

/** Options for {@link checkRegisterComposition}. */
export interface CompositionOptions {
  /** The register is of a union (联合社): members must be cooperatives, Art. 20 does not apply. */
  readonly union?: boolean;
  /** Check founding: at least 5 members (3 for a union). */
  readonly founding?: boolean;
  /** The charter's minimum farmer share in percent (≥ 80, the default). */
  readonly minFarmerPercent?: number;
}

const CompositionArgsSchema = z.strictObject({
  parties: z.array(PartySchema).max(1_000_000),
  options: z.strictObject({
    union: z.boolean().optional(),
    founding: z.boolean().optional(),
    minFarmerPercent: z.number().int().min(80).max(100).optional(),
  }),
});

/** `numerator / denominator` as a percentage with one decimal, rounded down, exactly. */
function percentText(numerator: number, denominator: number): string {
  if (denominator === 0) return '0.0';
  const tenths = Math.floor((numerator * 1000) / denominator);
  return `${Math.floor(tenths / 10)}.${tenths % 10}`;
}

/**
 * The most enterprise, public-institution and social-organisation members a cooperative of
 * `memberCount` members may have (Art. 20): 1 up to 20 members, then 5 % rounded down.
 */
export function maxOrganizationMembers(memberCount: number): number {
  const n = parseInput(MEMBER_COUNT_SCHEMA, memberCount, { path: ['memberCount'] });
  return n <= COOPERATIVE_LAW.smallCooperativeMaxMembers
    ? COOPERATIVE_LAW.smallCooperativeMaxOrganizations
    : Math.floor((n * COOPERATIVE_LAW.largeCooperativeOrganizationPercent) / 100);
}

/**
 * Measures a register against the law: founders (Art. 12, Art. 56), eligibility (Art. 19),
 * the farmers' share and the cap on organisation members (Art. 20), and duplicate members.
 * Returns every violation; {@link assertRegisterComposition} throws the first.
 *
 * @example
 * ```ts
 * checkRegisterComposition(parties).violations; // [] for a lawful register
 * ```
 */
export function checkRegisterComposition(
  parties: readonly Party[],
  options: CompositionOptions = {},
): RegisterComposition {
  const args = parseInput(CompositionArgsSchema, { parties, options });
  const list = args.parties;
  const { union = false, founding = false, minFarmerPercent = 80 } = args.options;
  const violations: RuleViolation[] = [];

  const seen = new Set<string>();
  for (const party of list) {
    if (seen.has(party.id)) {
      violations.push({
        rule: 'register.duplicateMember',
        code: 'ALREADY_MEMBER',
        measured: 2,
        required: 1,
        partyId: party.id,
        message: { 'zh-CN': `成员 ${party.id} 重复登记`, en: `member ${party.id} is on the register twice` },
      });
    }
    seen.add(party.id);
  }

  const memberCount = list.length;
  const minimum = union ? COOPERATIVE_LAW.minUnionFounders : COOPERATIVE_LAW.minFounders;
  if (founding && memberCount < minimum) {
    violations.push({
      rule: union ? 'art56.unionFounders' : 'art12.minimumFounders',
      code: 'FOUNDING_MEMBERS',
      measured: memberCount,
      required: minimum,
      message: union
        ? {
            'zh-CN': `设立联合社需要至少 3 个农民专业合作社，现有 ${memberCount} 个（第五十六条）`,
            en: `a union needs at least 3 cooperatives to found it, got ${memberCount} (Art. 56)`,
          }
        : {
            'zh-CN': `设立合作社需要至少 5 名成员，现有 ${memberCount} 名（第十二条）`,
            en: `founding needs at least 5 members, got ${memberCount} (Art. 12)`,
          },
    });
  }

  let farmers = 0;
  let organizations = 0;
  for (const party of list) {
    if (union) {
      if (party.kind !== 'cooperative') {
        violations.push({
          rule: 'art56.unionMembersAreCooperatives',
          code: 'INELIGIBLE_MEMBER',
          measured: party.kind,
          required: 'cooperative',
          partyId: party.id,
          message: {
            'zh-CN': `联合社的成员须为农民专业合作社：${party.id} 不是（第五十六条）`,
            en: `a union's members are cooperatives; ${party.id} is not (Art. 56)`,
          },
        });
      }
      continue;
    }
    if (party.kind === 'naturalPerson' && party.farmer) farmers++;
    if (isOrganization(party)) {
      organizations++;
      if (party.publicAdministrationFunctions) {
        violations.push({
          rule: 'art19.publicAdministration',
          code: 'INELIGIBLE_MEMBER',
          measured: 'publicAdministrationFunctions',
          required: 'none',
          partyId: party.id,
          message: {
            'zh-CN': `具有管理公共事务职能的单位不得加入农民专业合作社：${party.id}（第十九条）`,
            en: `a unit with public-administration functions may not join: ${party.id} (Art. 19)`,
          },
        });
      }
    } else if (party.kind !== 'naturalPerson') {
      violations.push({
        rule: 'art56.cooperativesJoinUnions',
        code: 'INELIGIBLE_MEMBER',
        measured: party.kind,
        required: 'naturalPerson or organisation',
        partyId: party.id,
        message: {
          'zh-CN': `合作社以联合社形式联合：${party.id} 应加入联合社（第五十六条）`,
          en: `cooperatives join together through a union; ${party.id} should join a union (Art. 56)`,
        },
      });
    }
  }

  const maxOrganizations = maxOrganizationMembers(memberCount);
  const farmerPercent = percentText(farmers, memberCount);
  if (!union && memberCount > 0) {
    // Art. 20: farmers ≥ 80 % of all members, compared exactly as integers.
    if (farmers * 100 < memberCount * minFarmerPercent) {
      violations.push({
        rule: 'art20.farmerShare',
        code: 'MEMBERSHIP_COMPOSITION',
        measured: farmerPercent,
        required: String(minFarmerPercent),
        message: {
          'zh-CN': `农民成员占 ${farmerPercent}%（${farmers}/${memberCount}），低于 ${minFarmerPercent}%（第二十条）`,
          en: `${farmerPercent} % farmers (${farmers} of ${memberCount}) < ${minFarmerPercent} % (Art. 20)`,
        },
      });
    }
    // Art. 20: ≤ 20 members → at most 1 organisation member; > 20 → at most floor(5 %).
    if (organizations > maxOrganizations) {
      violations.push({
        rule: 'art20.organizationCap',
        code: 'MEMBERSHIP_COMPOSITION',
        measured: organizations,
        required: maxOrganizations,
        message: {
          'zh-CN': `企业、事业单位和社会组织成员 ${organizations} 个，超过上限 ${maxOrganizations} 个（成员总数 ${memberCount}，第二十条）`,
          en: `${organizations} organisation members > ${maxOrganizations} allowed with ${memberCount} members (Art. 20)`,
        },
      });
    }
  }
  return { memberCount, farmers, organizations, maxOrganizations, farmerPercent, violations };
}

/**
 * Throws the first violation of {@link checkRegisterComposition} as a {@link HezuoError} whose code
 * names the rule's family, whose message gives the numbers, and whose details list every
 * violation. Returns the composition when the register is lawful.
 */
export function assertRegisterComposition(
  parties: readonly Party[],
  options: CompositionOptions = {},
): RegisterComposition {
  const composition = checkRegisterComposition(parties, options);
  const first = composition.violations[0];
  if (first) {
    throw new HezuoError(first.code, first.message.en, {
      path: ['members'],
      details: {
        rule: first.rule,
        measured: first.measured,
        required: first.required,
        message: first.message,
        violations: composition.violations,
      },
    });
  }
  return composition;
}

/**
 * Checks a register as it stands (leaving members still count until their exits take effect)
 * and as it will stand once every pending exit has taken effect: both must be lawful.
 * @internal
 */
export function assertRegisterLawful(register: CooperativeRegister): void {
  const options = {
    union: register.cooperative.kind === 'cooperativeUnion',
    minFarmerPercent: register.charter.minFarmerPercent,
  };
  assertRegisterComposition(
    currentMembers(register).map((m) => m.party),
    options,
  );
  assertRegisterComposition(
    register.members.filter((m) => m.status === 'active').map((m) => m.party),
    options,
  );
}
