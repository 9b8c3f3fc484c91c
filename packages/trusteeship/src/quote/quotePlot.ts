import { EntityIdSchema } from '@hezuo/core';
import * as z from 'zod/mini';
import { AreaMuSchema } from '../area';

/** Schema of a plot as a quote sees it: its id and the area to contract, in mu. */
export const QuotePlotSchema = z.strictObject({
  /** The plot's id. */
  plotId: EntityIdSchema,
  /** The area to put under contract, in mu. */
  areaMu: AreaMuSchema,
});

/** A plot as a quote sees it; see {@link QuotePlotSchema}. */
export interface QuotePlot {
  /** The plot's id. */
  readonly plotId: string;
  /** The area to put under contract, in mu. */
  readonly areaMu: number;
}
