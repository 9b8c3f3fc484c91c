import { z } from 'zod';
import { parseInput } from '../../errors/fromZod';
import { HezuoError } from '../../errors/HezuoError';
import { LocalizedTextSchema } from '../../i18n/locale';

/** One grade band: scores at or above `minScore` (and below the band above) get `grade`. */
export const GradeBandSchema = z.strictObject({
  grade: z.string().min(1).max(32),
  label: LocalizedTextSchema,
  /** Inclusive lower bound; `null` on the last band, which takes every lower score. */
  minScore: z.number().refine(Number.isFinite, { error: 'must be a finite number' }).nullable(),
  /** False for the band of those not rated (未评级), who get no credit line. */
  rated: z.boolean().default(true),
});

/** See {@link GradeBandSchema}. */
export type GradeBand = z.infer<typeof GradeBandSchema>;

/**
 * Grade bands from the highest down: each band's `minScore` strictly below the one above, and
 * a last band with `minScore: null` that catches every lower score, so there is no gap in the
 * line and every score gets exactly one grade.
 */
export const GradeBandsSchema = z
  .array(GradeBandSchema)
  .min(1)
  .max(32)
  .superRefine((bands, ctx) => {
    const seen = new Set<string>();
    bands.forEach((band, i) => {
      if (seen.has(band.grade))
        ctx.addIssue({ code: 'custom', path: [i, 'grade'], message: `grade ${band.grade} appears twice` });
      seen.add(band.grade);
      const last = i === bands.length - 1;
      if (last !== (band.minScore === null)) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'minScore'],
          message: last
            ? 'the last band takes every lower score: minScore null'
            : 'only the last band has no minScore',
        });
      }
      const above = bands[i - 1]?.minScore;
      if (i > 0 && band.minScore !== null && typeof above === 'number' && band.minScore >= above) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'minScore'],
          message: 'bands go from the highest score down, each strictly lower',
        });
      }
    });
  });

/** Grade bands as given (with `rated` optional). */
export type GradeBandsInput = z.input<typeof GradeBandsSchema>;

/**
 * Practice grade bands of rural credit co-ops (Bachu county RCC, DESIGN §3.6): AAA ≥ 80,
 * AA 70-79.99, A 60-69.99, below 60 not rated, on a 100-point scale. A default to adjust, not law.
 */
export const PRACTICE_GRADE_BANDS: readonly GradeBand[] = Object.freeze([
  {
    grade: 'AAA',
    label: { 'zh-CN': '信用等级 AAA（优秀）', en: 'AAA (excellent)' },
    minScore: 80,
    rated: true,
  },
  { grade: 'AA', label: { 'zh-CN': '信用等级 AA（较好）', en: 'AA (good)' }, minScore: 70, rated: true },
  { grade: 'A', label: { 'zh-CN': '信用等级 A（一般）', en: 'A (fair)' }, minScore: 60, rated: true },
  { grade: 'unrated', label: { 'zh-CN': '未评级', en: 'not rated' }, minScore: null, rated: false },
] satisfies GradeBand[]);

/** The band a score falls in (scores exactly on a bound belong to the band that starts there). */
export function gradeFor(bands: readonly GradeBand[], score: number): GradeBand {
  const valid = parseInput(GradeBandsSchema, bands, { path: ['bands'] });
  if (typeof score !== 'number' || !Number.isFinite(score)) {
    throw new HezuoError('INVALID_INPUT', 'a score is a finite number', { path: ['score'] });
  }
  return valid.find((band) => band.minScore === null || score >= band.minScore) as GradeBand;
}
