import { LocalizedTextSchema } from '@hezuo/core';
import * as z from 'zod/mini';

/**
 * Schema of a crop calendar as a seasonal loan reads it: the months in which the crop is
 * harvested and sold, when a farm household has the cash to repay principal. Calendars differ
 * by crop and region, so they are data.
 */
export const CropCalendarSchema = z.strictObject({
  /** The crop and region, e.g. `winter-wheat-north-china-plain`. */
  crop: z.string().check(z.minLength(1), z.maxLength(128)),
  /** What to show. */
  label: z.optional(LocalizedTextSchema),
  /** Harvest months (1-12), each at most once. */
  harvestMonths: z.array(z.number().check(z.int(), z.gte(1), z.lte(12))).check(
    z.minLength(1, { error: 'a crop calendar needs at least one harvest month' }),
    z.maxLength(12),
    z.refine((months) => new Set(months).size === months.length, {
      error: 'a harvest month is listed twice',
    }),
  ),
});

/** A crop calendar; see {@link CropCalendarSchema}. */
export type CropCalendar = z.infer<typeof CropCalendarSchema>;

/**
 * Example crop calendars (practice, to adjust to the county): winter wheat on the North China
 * Plain is harvested in June; summer maize there in September and October; single-season rice
 * in the north-east in September and October; Xinjiang cotton from September to November.
 */
export const PRACTICE_CROP_CALENDARS: Readonly<Record<string, CropCalendar>> = Object.freeze({
  winterWheat: Object.freeze({
    crop: 'winter-wheat-north-china-plain',
    label: Object.freeze({ 'zh-CN': '冬小麦（华北平原）', en: 'winter wheat (North China Plain)' }),
    harvestMonths: Object.freeze([6]) as number[],
  }),
  summerMaize: Object.freeze({
    crop: 'summer-maize-north-china-plain',
    label: Object.freeze({ 'zh-CN': '夏玉米（华北平原）', en: 'summer maize (North China Plain)' }),
    harvestMonths: Object.freeze([9, 10]) as number[],
  }),
  northeastRice: Object.freeze({
    crop: 'single-rice-northeast',
    label: Object.freeze({ 'zh-CN': '一季稻（东北）', en: 'single-season rice (north-east)' }),
    harvestMonths: Object.freeze([9, 10]) as number[],
  }),
  xinjiangCotton: Object.freeze({
    crop: 'cotton-xinjiang',
    label: Object.freeze({ 'zh-CN': '棉花（新疆）', en: 'cotton (Xinjiang)' }),
    harvestMonths: Object.freeze([9, 10, 11]) as number[],
  }),
});
