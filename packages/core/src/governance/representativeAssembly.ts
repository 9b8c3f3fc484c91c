import { z } from 'zod';
import { EntityIdSchema } from '../cooperative/ids';
import { parseInput } from '../errors/fromZod';
import { HezuoError } from '../errors/HezuoError';
import type { LocalizedText } from '../i18n/locale';
import { checkUniqueIds, MAX_ROLL_SIZE } from './fastInput';

/** A representative assembly (成员代表大会) needs more than this many members (Art. 32: 超过一百五十人). */
export const REPRESENTATIVE_ASSEMBLY_MEMBER_THRESHOLD = 150;

/** Fewest representatives (Art. 32: 最低人数为五十一人). */
export const MINIMUM_REPRESENTATIVES = 51;

/** Representatives as a share of members, in percent (Art. 32: 一般为成员总人数的百分之十). */
export const REPRESENTATIVE_PERCENT = 10;

/** Options for the representative-assembly functions. */
export const RepresentativeAssemblyOptionsSchema = z.strictObject({
  /** The cooperative is a union (联合社), which may not have one (Art. 59: 联合社不设成员代表大会). */
  union: z.boolean().optional(),
});

/** See {@link RepresentativeAssemblyOptionsSchema}. */
export type RepresentativeAssemblyOptions = z.infer<typeof RepresentativeAssemblyOptionsSchema>;

/** Whether a cooperative may have a representative assembly, and how many representatives it needs. */
export interface RepresentativeAssemblyPlan {
  /** Members of the cooperative. */
  readonly memberCount: number;
  /** True when a representative assembly is allowed. */
  readonly allowed: boolean;
  /** Fewest representatives: max(51, ⌈10 % of members⌉); `null` when not allowed. */
  readonly minimumRepresentatives: number | null;
  /** Why, for people. */
  readonly reason: LocalizedText;
}

/** The outcome of {@link checkRepresentativeAssembly}: the plan and the representatives counted. */
export interface RepresentativeAssemblyCheck extends RepresentativeAssemblyPlan {
  /** Representatives given. */
  readonly representatives: number;
}

const MemberCountSchema = z.number().int().min(1).max(MAX_ROLL_SIZE);

function planFor(memberCount: number, union: boolean): RepresentativeAssemblyPlan {
  if (union) {
    return {
      memberCount,
      allowed: false,
      minimumRepresentatives: null,
      reason: {
        'zh-CN': '联合社不设成员代表大会',
        en: 'a union may not have a representative assembly',
      },
    };
  }
  if (memberCount <= REPRESENTATIVE_ASSEMBLY_MEMBER_THRESHOLD) {
    return {
      memberCount,
      allowed: false,
      minimumRepresentatives: null,
      reason: {
        'zh-CN': `成员 ${memberCount} 人，未超过 150 人，不能设立成员代表大会`,
        en: `${memberCount} members: a representative assembly needs more than 150`,
      },
    };
  }
  // ⌈members × 10 / 100⌉ in integers: (members × 10 + 99) / 100, floored.
  const tenPercent = Math.floor((memberCount * REPRESENTATIVE_PERCENT + 99) / 100);
  const minimumRepresentatives = Math.max(MINIMUM_REPRESENTATIVES, tenPercent);
  return {
    memberCount,
    allowed: true,
    minimumRepresentatives,
    reason: {
      'zh-CN': `成员 ${memberCount} 人，可以设立成员代表大会，成员代表不少于 ${minimumRepresentatives} 人`,
      en: `${memberCount} members: a representative assembly is allowed with at least ${minimumRepresentatives} representatives`,
    },
  };
}

/**
 * Whether a cooperative of `memberCount` members may form a representative assembly
 * (成员代表大会, Art. 32): only above 150 members, with at least max(51, ⌈10 % of members⌉)
 * representatives. A union may not (Art. 59). A charter may ask for more representatives.
 *
 * @example
 * ```ts
 * planRepresentativeAssembly(150).allowed;                // false
 * planRepresentativeAssembly(151).minimumRepresentatives; // 51
 * planRepresentativeAssembly(1_001).minimumRepresentatives; // 101
 * ```
 */
export function planRepresentativeAssembly(
  memberCount: number,
  options: RepresentativeAssemblyOptions = {},
): RepresentativeAssemblyPlan {
  const members = parseInput(MemberCountSchema, memberCount, { path: ['memberCount'] });
  const { union = false } = parseInput(RepresentativeAssemblyOptionsSchema, options, { path: ['options'] });
  return planFor(members, union);
}

/**
 * Checks a representative assembly (Art. 32): allowed only above 150 members, never for a
 * union (Art. 59), with at least max(51, ⌈10 % of members⌉) distinct representatives.
 *
 * @param memberCount - members of the cooperative
 * @param representativeIds - the representatives, each once
 * @throws HezuoError `MEETING_RULE` when an assembly is not allowed or has too few
 *   representatives; `INVALID_INPUT` for a representative listed twice, more representatives
 *   than members, or malformed input
 *
 * @example
 * ```ts
 * checkRepresentativeAssembly(300, ids); // throws MEETING_RULE unless ids has ≥ 51 entries
 * ```
 */
export function checkRepresentativeAssembly(
  memberCount: number,
  representativeIds: readonly string[],
  options: RepresentativeAssemblyOptions = {},
): RepresentativeAssemblyCheck {
  const members = parseInput(MemberCountSchema, memberCount, { path: ['memberCount'] });
  const ids = parseInput(z.array(EntityIdSchema).max(MAX_ROLL_SIZE), representativeIds, {
    path: ['representativeIds'],
  });
  const { union = false } = parseInput(RepresentativeAssemblyOptionsSchema, options, { path: ['options'] });
  checkUniqueIds(ids, (i) => ['representativeIds', i], 'representative');
  const plan = planFor(members, union);
  if (plan.minimumRepresentatives === null) {
    throw new HezuoError('MEETING_RULE', `${plan.reason.en} (${union ? 'Art. 59' : 'Art. 32'})`, {
      path: union ? ['options', 'union'] : ['memberCount'],
      details: { memberCount: members, union },
    });
  }
  if (ids.length > members) {
    throw new HezuoError(
      'INVALID_INPUT',
      `${ids.length} representatives is more than the ${members} members`,
      {
        path: ['representativeIds'],
        details: { representatives: ids.length, memberCount: members },
      },
    );
  }
  if (ids.length < plan.minimumRepresentatives) {
    throw new HezuoError(
      'MEETING_RULE',
      `${ids.length} representatives for ${members} members; Art. 32 needs at least ${plan.minimumRepresentatives}`,
      {
        path: ['representativeIds'],
        details: { representatives: ids.length, minimum: plan.minimumRepresentatives },
      },
    );
  }
  return { ...plan, representatives: ids.length };
}
