import { RecordIdSchema } from '@hezuo/core';
import { z } from 'zod';
import { AgriDateSchema } from '../agriDate';

/**
 * A request for a soil-test fertilising operation (测土配方施肥作业) at one growth stage: plain
 * data a land-trusteeship service (the trusteeship plugin, when installed, or any host system)
 * can turn into a work order. Nothing here depends on the trusteeship package.
 */
export interface FertilisingWorkRequest {
  /** The plot, when the plan names one. */
  readonly plotId?: string | undefined;
  /** The member (farmer household) whose land it is. */
  readonly memberId: string;
  /** The operation, as the trusteeship catalogue names it. */
  readonly operation: 'soilTestFertilization';
  /** The growth stage, e.g. `base` or `jointing`. */
  readonly stage: string;
  /** The dates the work should fall in, inclusive, `YYYY-MM-DD`. */
  readonly window: { readonly from: string; readonly to: string };
  /** The products to apply and how many kg of each (rounded up to 0.01 kg). */
  readonly products: readonly { readonly productId: string; readonly kg: number }[];
}

/** Schema of {@link FertilisingWorkRequest}, for hosts that receive requests from elsewhere. */
export const FertilisingWorkRequestSchema = z.strictObject({
  plotId: z.optional(RecordIdSchema),
  memberId: z.string().min(1).max(256),
  operation: z.literal('soilTestFertilization'),
  stage: z.string().min(1).max(64),
  window: z
    .strictObject({ from: AgriDateSchema, to: AgriDateSchema })
    .refine((w) => w.from <= w.to, { error: 'a window may not end before it starts', path: ['to'] }),
  products: z
    .array(z.strictObject({ productId: RecordIdSchema, kg: z.number().gt(0).max(1e9) }))
    .min(1)
    .max(200),
});
