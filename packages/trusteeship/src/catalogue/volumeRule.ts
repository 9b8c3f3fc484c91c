import * as z from 'zod/mini';
import { AreaMuSchema } from '../area';

/**
 * Schema of a volume rule (连片托管优惠): a discount on the services of a menu quote when its
 * area reaches a threshold. Large consolidated (连片) blocks are cheaper to work — the machines
 * turn less and travel less — so by default a rule applies only when the plots are worked as one
 * consolidated block.
 */
export const VolumeRuleSchema = z.strictObject({
  /** The least total area, in mu, the rule applies from (inclusive). */
  minAreaMu: AreaMuSchema,
  /** The discount on the services' subtotal, a decimal rate greater than 0 and less than 1 (0.05 = 5 %). */
  discountRate: z
    .number({ error: 'a discount rate must be a number such as 0.05' })
    .check(
      z.gt(0, { error: 'a discount rate must be greater than 0' }),
      z.lt(1, { error: 'a discount rate must be less than 1' }),
    ),
  /** Whether only consolidated plots qualify; `true` by default. */
  consolidatedOnly: z._default(z.boolean(), true),
});

/** A volume rule as written; see {@link VolumeRuleSchema}. */
export type VolumeRuleInput = z.input<typeof VolumeRuleSchema>;

/** A volume rule with its default filled in; see {@link VolumeRuleSchema}. */
export type VolumeRule = z.output<typeof VolumeRuleSchema>;
