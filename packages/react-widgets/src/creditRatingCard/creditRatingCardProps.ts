import { LocalizedTextSchema, type ScoreResult } from '@hezuo/core';
import { z } from 'zod';

/** Props of {@link CreditRatingCard} and {@link useCreditRatingCard}. */
export interface CreditRatingCardProps {
  /** What core's `score` (or `scoreMember`) returned for the member. */
  readonly result: ScoreResult;
  /** How many reasons to list (1–10); all the result carries by default. */
  readonly maxReasons?: number;
  /** Extra classes on the root, after `hz-credit-card`. */
  readonly className?: string;
}

/** The parts of a `ScoreResult` the card shows; other fields pass through unchecked. */
export const ScoreResultViewSchema = z.object({
  score: z.number({ error: 'the score must be a finite number' }),
  probabilityBad: z.number().min(0).max(1).optional(),
  grade: z.string().min(1).max(64),
  rated: z.boolean(),
  reasons: z
    .array(
      z.object({ id: z.string().min(1).max(256), pointsLost: z.number().min(0), text: LocalizedTextSchema }),
    )
    .max(1_000),
  modelId: z.string().min(1).max(256),
  modelVersion: z.string().min(1).max(256),
});

/** Schema of {@link CreditRatingCardProps}. */
export const CreditRatingCardPropsSchema = z.strictObject({
  result: ScoreResultViewSchema,
  maxReasons: z.int().min(1).max(10).optional(),
  className: z.string().max(1_000).optional(),
});
