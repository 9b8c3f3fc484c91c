import { z } from 'zod';
import { EntityIdSchema } from '../cooperative/ids';
import { StakeSchema } from './fraction';

/**
 * A direct holding: `holderId` holds `stake` of `heldId`'s equity (shares, capital
 * contribution, 出资). The stake is an exact fraction above 0 and at most 1, given as basis
 * points (`{ bp: 2500 }`), a decimal (`'0.25'`) or a ratio (`{ numerator: 1, denominator: 4 }`).
 */
export const HoldingSchema = z.strictObject({
  /** Who holds. */
  holderId: EntityIdSchema,
  /** What is held. */
  heldId: EntityIdSchema,
  /** The part of `heldId`'s equity that `holderId` holds. */
  stake: StakeSchema,
});

/** See {@link HoldingSchema}. */
export type Holding = z.infer<typeof HoldingSchema>;

/** The input form of {@link Holding}. */
export type HoldingInput = z.input<typeof HoldingSchema>;
