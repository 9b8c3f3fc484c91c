import { HezuoError, RecordIdSchema } from '@hezuo/core';
import { z } from 'zod';
import { parseWithCodes } from '../internal/parse';

/**
 * Schema of the size rule of joint-liability groups (联保小组) as data: 3 to 5 households by
 * default, the range of the PBOC's 2000 guidance on rural-household joint-guarantee loans
 * (农户联保贷款管理指导意见).
 */
export const JointLiabilityRulesSchema = z
  .strictObject({
    /** The fewest households in a group; 3 by default. */
    minHouseholds: z.number().int().min(2).max(100).default(3),
    /** The most households in a group; 5 by default. */
    maxHouseholds: z.number().int().min(2).max(100).default(5),
  })
  .refine((rules) => rules.minHouseholds <= rules.maxHouseholds, {
    error: 'the fewest households may not be more than the most',
    path: ['maxHouseholds'],
  });

/** Schema of a joint-liability group: its households, each liable for the others' loans. */
export const JointLiabilityGroupSchema = z.strictObject({
  /** The group's id. */
  id: RecordIdSchema,
  /** The member households, each once. */
  memberIds: z.array(z.string().min(1).max(256)).min(1).max(100),
});

/** A joint-liability group; see {@link JointLiabilityGroupSchema}. */
export type JointLiabilityGroup = z.infer<typeof JointLiabilityGroupSchema>;

const FormArgsSchema = z.strictObject({
  group: JointLiabilityGroupSchema,
  rules: JointLiabilityRulesSchema.default({ minHouseholds: 3, maxHouseholds: 5 }),
});

/**
 * Forms a joint-liability group (组建联保小组): checks that its households are distinct and that
 * there are as many as the rules allow (3 to 5 by default).
 *
 * @param group - see {@link JointLiabilityGroupSchema}
 * @param rules - see {@link JointLiabilityRulesSchema}; 3-5 households by default
 * @throws HezuoError `INVALID_INPUT` (path `group`, `memberIds`) for too few or too many
 * households or one listed twice
 *
 * @example
 * ```ts
 * formJointLiabilityGroup({ id: 'G1', memberIds: ['M1', 'M2', 'M3'] }).memberIds.length; // 3
 * ```
 */
export function formJointLiabilityGroup(
  group: JointLiabilityGroup,
  rules: z.input<typeof JointLiabilityRulesSchema> = {},
): JointLiabilityGroup {
  const args = parseWithCodes(FormArgsSchema, { group, rules });
  const { memberIds } = args.group;
  const { minHouseholds, maxHouseholds } = args.rules;
  const seen = new Set<string>();
  memberIds.forEach((id, i) => {
    if (seen.has(id)) {
      throw new HezuoError('INVALID_INPUT', `household ${id} is listed twice in group ${args.group.id}`, {
        path: ['group', 'memberIds', i],
      });
    }
    seen.add(id);
  });
  if (memberIds.length < minHouseholds || memberIds.length > maxHouseholds) {
    throw new HezuoError(
      'INVALID_INPUT',
      `a joint-liability group has ${minHouseholds} to ${maxHouseholds} households, not ${memberIds.length}`,
      { path: ['group', 'memberIds'], details: { minHouseholds, maxHouseholds } },
    );
  }
  return { id: args.group.id, memberIds: [...memberIds] };
}
