import * as z from 'zod/mini';

/** Locales Hezuo speaks: Simplified Chinese (the default) and English. */
export const LOCALES = ['zh-CN', 'en'] as const;

/** One of {@link LOCALES}. */
export type Locale = (typeof LOCALES)[number];

/** Schema of {@link Locale}. */
export const LocaleSchema = z.enum(LOCALES);

/** The locale used when none is given. */
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** A piece of user-facing text in every locale Hezuo speaks. */
export type LocalizedText = Readonly<Record<Locale, string>>;

/** Schema of {@link LocalizedText}. */
export const LocalizedTextSchema = z.strictObject({
  'zh-CN': z.string().check(z.minLength(1)),
  en: z.string().check(z.minLength(1)),
});
