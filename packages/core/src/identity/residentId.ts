import * as z from 'zod/mini';
import { parseInput } from '../errors/fromZod';
import { HezuoError } from '../errors/HezuoError';
import { maskMiddle } from './mask';

/** GB 11643-1999 weights for the first 17 digits: 2^(18-i) mod 11. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
/** GB 11643-1999: the check character for each value of (Σ digit × weight) mod 11. */
const CHECK_CHARACTERS = '10X98765432';

/**
 * Province-level prefixes (GB/T 2260) plus 81/82/83 (residence permits for Hong Kong, Macao
 * and Taiwan residents, which use the same number format) and 9 (2023 foreigner's permanent
 * residence ID card, also GB 11643 compatible).
 */
const PROVINCE_PREFIXES = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
  '83',
  '91',
  '92',
  '93',
  '94',
  '95',
  '96',
  '97',
  '98',
  '99',
]);

/** What a valid resident identity number says about its holder. */
export interface ResidentIdInfo {
  /** The 18-character number (a 15-digit legacy number converted; a lowercase `x` upper-cased). */
  readonly id: string;
  /** True when the input was a 15-digit number issued before 1999. */
  readonly convertedFromLegacy: boolean;
  /** The 6-digit administrative division code of the place of first registration. */
  readonly regionCode: string;
  /** Date of birth, `YYYY-MM-DD`. */
  readonly birthDate: string;
  /** From the sequence code: odd for men, even for women. */
  readonly sex: 'male' | 'female';
}

/** Options for {@link validateResidentId}. */
export interface ResidentIdOptions {
  /** `YYYY-MM-DD`; when given, a date of birth after it is refused. Pass your clock's today. */
  readonly asOf?: string;
}

/** Schema of a calendar date `YYYY-MM-DD` that exists (no 2023-02-29). */
export const IsoDateSchema = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date YYYY-MM-DD' }),
  z.refine((value) => isCalendarDate(value.slice(0, 4), value.slice(5, 7), value.slice(8, 10)), {
    error: 'must be a date that exists',
  }),
);

const ResidentIdOptionsSchema = z.strictObject({ asOf: z.optional(IsoDateSchema) });

function isCalendarDate(year: string, month: string, day: string): boolean {
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] as number;
  return d <= daysInMonth;
}

// Built once: a schema is an object graph, too costly to rebuild on every check.
const FIRST_17_SCHEMA = z.string().check(z.regex(/^\d{17}$/, { error: 'must be 17 digits' }));
const ID_TEXT_SCHEMA = z.string().check(z.maxLength(64));
const ID_15_SCHEMA = z.string().check(z.regex(/^\d{15}$/, { error: 'must be 15 digits' }));

/** The GB 11643-1999 check character of the first 17 digits. */
export function residentIdCheckCharacter(first17: string): string {
  const digits = parseInput(FIRST_17_SCHEMA, first17, {
    code: 'INVALID_RESIDENT_ID',
    path: ['first17'],
  });
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(digits[i]) * (WEIGHTS[i] as number);
  return CHECK_CHARACTERS[sum % 11] as string;
}

function reject(reason: string, message: string): never {
  throw new HezuoError('INVALID_RESIDENT_ID', message, { path: ['id'], details: { reason } });
}

/**
 * Validates a resident identity number (居民身份证号码, GB 11643-1999) and says what it encodes.
 * Checks, in order: 18 characters (17 digits and a digit or `X`) or a 15-digit legacy number
 * (converted by inserting `19` before the year and computing the check character); a known
 * province-level prefix; a date of birth that exists (and is not after `asOf`, when given);
 * the check character.
 *
 * @throws HezuoError `INVALID_RESIDENT_ID` with `details.reason` one of `format`, `region`,
 * `birthDate`, `checkCharacter`. The message never repeats the number.
 *
 * @example
 * ```ts
 * validateResidentId('11010519491231002X').birthDate; // "1949-12-31"
 * ```
 */
export function validateResidentId(id: string, options: ResidentIdOptions = {}): ResidentIdInfo {
  const text = parseInput(ID_TEXT_SCHEMA, id, {
    code: 'INVALID_RESIDENT_ID',
    path: ['id'],
  });
  const { asOf } = parseInput(ResidentIdOptionsSchema, options, { path: ['options'] });
  let full: string;
  let convertedFromLegacy = false;
  if (/^\d{15}$/.test(text)) {
    const first17 = `${text.slice(0, 6)}19${text.slice(6)}`;
    full = first17 + residentIdCheckCharacter(first17);
    convertedFromLegacy = true;
  } else if (/^\d{17}[\dXx]$/.test(text)) {
    full = text.toUpperCase();
  } else {
    reject('format', 'a resident ID has 18 characters (17 digits and a digit or X) or 15 digits');
  }
  if (!PROVINCE_PREFIXES.has(full.slice(0, 2)))
    reject('region', 'the resident ID does not start with a known region code');
  const [year, month, day] = [full.slice(6, 10), full.slice(10, 12), full.slice(12, 14)];
  const birthDate = `${year}-${month}-${day}`;
  if (Number(year) < 1800 || !isCalendarDate(year, month, day)) {
    reject('birthDate', 'the resident ID does not encode a valid date of birth');
  }
  if (asOf !== undefined && birthDate > asOf)
    reject('birthDate', 'the resident ID encodes a date of birth in the future');
  if (residentIdCheckCharacter(full.slice(0, 17)) !== full[17]) {
    reject('checkCharacter', 'the resident ID check character does not match (GB 11643-1999)');
  }
  return {
    id: full,
    convertedFromLegacy,
    regionCode: full.slice(0, 6),
    birthDate,
    sex: Number(full[16]) % 2 === 1 ? 'male' : 'female',
  };
}

/** True when {@link validateResidentId} would accept `id`. Never throws. */
export function isValidResidentId(id: unknown, options: ResidentIdOptions = {}): boolean {
  try {
    validateResidentId(id as string, options);
    return true;
  } catch {
    return false;
  }
}

/** Converts a 15-digit legacy resident ID to its 18-character form. */
export function convertLegacyResidentId(id15: string): string {
  const text = parseInput(ID_15_SCHEMA, id15, {
    code: 'INVALID_RESIDENT_ID',
    path: ['id'],
  });
  return validateResidentId(text).id;
}

/**
 * Masks a resident ID for display and logs: the first 4 and last 4 characters stay
 * (`1101**********002X`); the date of birth and sequence never show. A 15-digit legacy
 * number keeps its last 3 (its date of birth ends at the 12th digit). Accepts any string,
 * valid or not, so it is safe to call on whatever arrived.
 */
export function maskResidentId(id: string): string {
  return maskMiddle(id, { keepStart: 4, keepEnd: typeof id === 'string' && id.length === 15 ? 3 : 4 });
}

/** Schema of a valid resident ID; parses to the normalised 18-character form. */
export const ResidentIdSchema = z.pipe(
  z.string(),
  z.transform((value: string, ctx) => {
    try {
      return validateResidentId(value).id;
    } catch (error) {
      // The message names the reason, never the number.
      ctx.issues.push({
        code: 'custom',
        message: error instanceof Error ? error.message : 'must be a valid resident ID (GB 11643-1999)',
        input: value,
      });
      return z.NEVER;
    }
  }),
);
