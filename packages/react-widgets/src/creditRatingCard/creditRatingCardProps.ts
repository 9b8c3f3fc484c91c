import { LocalizedTextSchema, type ScoreResult } from '@hezuo/core';
import * as z from 'zod/mini';

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
  probabilityBad: z.optional(z.number().check(z.gte(0), z.lte(1))),
  grade: z.string().check(z.minLength(1), z.maxLength(64)),
  rated: z.boolean(),
  reasons: z
    .array(
      z.object({
        id: z.string().check(z.minLength(1), z.maxLength(256)),
        pointsLost: z.number().check(z.gte(0)),
        text: LocalizedTextSchema,
      }),
    )
    .check(z.maxLength(1_000)),
  modelId: z.string().check(z.minLength(1), z.maxLength(256)),
  modelVersion: z.string().check(z.minLength(1), z.maxLength(256)),
});

/** Schema of {@link CreditRatingCardProps}. */
export const CreditRatingCardPropsSchema = z.strictObject({
  result: ScoreResultViewSchema,
  maxReasons: z.optional(z.int().check(z.gte(1), z.lte(10))),
  className: z.optional(z.string().check(z.maxLength(1_000))),
});
