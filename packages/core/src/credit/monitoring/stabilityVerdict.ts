import { z } from 'zod';
import type { LocalizedText } from '../../i18n/locale';

/** How far a population moved: `stable`, worth a `watch`, or a `shift` that calls for review. */
export type StabilityVerdict = 'stable' | 'watch' | 'shift';

/** Every verdict, in order of severity. */
export const STABILITY_VERDICTS = ['stable', 'watch', 'shift'] as const satisfies readonly StabilityVerdict[];

/**
 * PSI thresholds. Defaults are the industry rule of thumb named in DESIGN §3.6 (practice):
 * PSI < 0.10 stable, 0.10 ≤ PSI ≤ 0.25 watch, PSI > 0.25 shift. A bank may set its own; `watch`
 * must be positive and not above `shift`.
 */
export const StabilityThresholdsSchema = z
  .strictObject({
    watch: z.number().finite().positive().max(100).default(0.1),
    shift: z.number().finite().positive().max(100).default(0.25),
  })
  .refine((t) => t.watch <= t.shift, { message: 'watch must not exceed shift', path: ['watch'] });

/** PSI thresholds, after defaults. */
export type StabilityThresholds = z.output<typeof StabilityThresholdsSchema>;

/** PSI thresholds as given (either may be left out). */
export type StabilityThresholdsInput = z.input<typeof StabilityThresholdsSchema>;

/** The default thresholds: 0.10 and 0.25 (DESIGN §3.6, practice). */
export const DEFAULT_STABILITY_THRESHOLDS: StabilityThresholds = Object.freeze({ watch: 0.1, shift: 0.25 });

/**
 * The verdict for a PSI. Boundaries: a PSI exactly at `watch` is already `watch`; a PSI exactly
 * at `shift` is still `watch` (the rule reads "0.1–0.25 watch, > 0.25 shift").
 */
export function stabilityVerdict(psi: number, thresholds: StabilityThresholds): StabilityVerdict {
  if (psi < thresholds.watch) return 'stable';
  return psi > thresholds.shift ? 'shift' : 'watch';
}

/** People-facing labels for each verdict. */
export const STABILITY_VERDICT_LABELS: Readonly<Record<StabilityVerdict, LocalizedText>> = Object.freeze({
  stable: { 'zh-CN': '稳定', en: 'stable' },
  watch: { 'zh-CN': '需关注', en: 'watch' },
  shift: { 'zh-CN': '显著偏移', en: 'significant shift' },
});
