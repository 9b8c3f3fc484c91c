import { z } from 'zod';
import { parseInput } from '../errors/fromZod';
import { HezuoError } from '../errors/HezuoError';
import type { LocalizedText } from '../i18n/locale';
import { maskMiddle } from './mask';

// Built once at load: a schema is an object graph, too costly to rebuild on every call.
const CODE_TEXT_SCHEMA = z.string().max(64);
const FIRST_17_SCHEMA = z.string().regex(/^[0-9A-HJ-NPQRTUWXY]{17}$/, {
  error: 'must be 17 characters of the code alphabet',
});

/** GB 32100-2015 code alphabet: digits and capitals without I, O, S, V, Z. Index = value. */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** Weights 3^(i-1) mod 31 for positions 1..17. */
const WEIGHTS = Array.from({ length: 17 }, (_, i) => {
  let w = 1;
  for (let k = 0; k < i; k++) w = (w * 3) % 31;
  return w;
});

/** What kind of entity a credit code names, decoded from its first two characters. */
export type UsccEntityKind =
  | 'agency'
  | 'publicInstitution'
  | 'massOrganization'
  | 'lawFirm'
  | 'notaryOffice'
  | 'socialOrganization'
  | 'privateNonEnterprise'
  | 'foundation'
  | 'religiousVenue'
  | 'tradeUnion'
  | 'enterprise'
  | 'individualBusiness'
  | 'farmerCooperative'
  | 'groupCollective'
  | 'villageCollective'
  | 'townshipCollective'
  | 'other'
  | 'unknown';

interface KindEntry {
  readonly kind: UsccEntityKind;
  readonly label: LocalizedText;
}

/**
 * Registration authority (position 1) × entity type (position 2), from GB 32100-2015 Annex A.
 * Codes not listed decode as `unknown`: the check character, not this table, decides validity.
 */
const KINDS: Readonly<Record<string, KindEntry>> = {
  '11': { kind: 'agency', label: { 'zh-CN': '机关', en: 'government agency' } },
  '12': { kind: 'publicInstitution', label: { 'zh-CN': '事业单位', en: 'public institution' } },
  '13': { kind: 'massOrganization', label: { 'zh-CN': '群众团体', en: 'mass organisation' } },
  '19': { kind: 'other', label: { 'zh-CN': '其他（机构编制）', en: 'other (establishment authority)' } },
  '31': { kind: 'lawFirm', label: { 'zh-CN': '律师执业机构', en: 'law firm' } },
  '32': { kind: 'notaryOffice', label: { 'zh-CN': '公证处', en: 'notary office' } },
  '51': { kind: 'socialOrganization', label: { 'zh-CN': '社会团体', en: 'social organisation' } },
  '52': {
    kind: 'privateNonEnterprise',
    label: { 'zh-CN': '民办非企业单位', en: 'private non-enterprise unit' },
  },
  '53': { kind: 'foundation', label: { 'zh-CN': '基金会', en: 'foundation' } },
  '59': { kind: 'other', label: { 'zh-CN': '其他（民政）', en: 'other (civil affairs)' } },
  '71': { kind: 'religiousVenue', label: { 'zh-CN': '宗教活动场所', en: 'religious venue' } },
  '81': { kind: 'tradeUnion', label: { 'zh-CN': '基层工会', en: 'grassroots trade union' } },
  '91': { kind: 'enterprise', label: { 'zh-CN': '企业', en: 'enterprise' } },
  '92': { kind: 'individualBusiness', label: { 'zh-CN': '个体工商户', en: 'individual business' } },
  '93': { kind: 'farmerCooperative', label: { 'zh-CN': '农民专业合作社', en: "farmers' cooperative" } },
  N1: { kind: 'groupCollective', label: { 'zh-CN': '组级集体经济组织', en: 'group-level collective' } },
  N2: { kind: 'villageCollective', label: { 'zh-CN': '村级集体经济组织', en: 'village collective' } },
  N3: { kind: 'townshipCollective', label: { 'zh-CN': '乡镇级集体经济组织', en: 'township collective' } },
  N9: { kind: 'other', label: { 'zh-CN': '其他（农业）', en: 'other (agriculture)' } },
  Y1: { kind: 'other', label: { 'zh-CN': '其他', en: 'other' } },
};

const UNKNOWN_KIND: KindEntry = { kind: 'unknown', label: { 'zh-CN': '未知类型', en: 'unknown kind' } };

/** What a valid unified social credit code says about its holder. */
export interface UsccInfo {
  /** The 18-character code. */
  readonly code: string;
  /** Position 1: the registration authority code. */
  readonly registrationAuthority: string;
  /** Positions 1-2: the authority and entity-type pair, e.g. `93`. */
  readonly entityTypeCode: string;
  /** The entity kind decoded from positions 1-2. */
  readonly entityKind: UsccEntityKind;
  /** A label for the kind in each locale. */
  readonly entityKindLabel: LocalizedText;
  /** Positions 3-8: the administrative division code of the registering authority. */
  readonly regionCode: string;
  /** Positions 9-17: the organisation code (GB 11714). */
  readonly organizationCode: string;
}

/** The GB 32100-2015 check character of the first 17 characters. */
export function usccCheckCharacter(first17: string): string {
  const text = parseInput(FIRST_17_SCHEMA, first17, { code: 'INVALID_USCC', path: ['first17'] });
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(text[i] as string) * (WEIGHTS[i] as number);
  return ALPHABET[(31 - (sum % 31)) % 31] as string;
}

function reject(reason: string, message: string): never {
  throw new HezuoError('INVALID_USCC', message, { path: ['code'], details: { reason } });
}

/**
 * Validates a unified social credit code (统一社会信用代码, GB 32100-2015) and decodes it.
 * Positions 1-2 may be letters of the code alphabet (rural collectives start with `N`);
 * positions 3-8 are digits; positions 9-18 are characters of the alphabet (no I, O, S, V, Z);
 * the check character is `(31 − Σ valueᵢ × 3^(i−1) mod 31) mod 31`. Lower case is accepted
 * and upper-cased.
 *
 * @throws HezuoError `INVALID_USCC` with `details.reason` one of `format`, `checkCharacter`.
 *
 * @example
 * ```ts
 * validateUscc('91350100M000100Y43').entityKind; // "enterprise"
 * ```
 */
export function validateUscc(code: string): UsccInfo {
  const text = parseInput(CODE_TEXT_SCHEMA, code, { code: 'INVALID_USCC', path: ['code'] }).toUpperCase();
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(text)) {
    reject(
      'format',
      'a credit code has 18 characters: 2 of the code alphabet, 6 digits, then 10 of the alphabet (no I, O, S, V, Z)',
    );
  }
  if (usccCheckCharacter(text.slice(0, 17)) !== text[17]) {
    reject('checkCharacter', 'the credit code check character does not match (GB 32100-2015)');
  }
  const entityTypeCode = text.slice(0, 2);
  const entry = KINDS[entityTypeCode] ?? UNKNOWN_KIND;
  return {
    code: text,
    registrationAuthority: text.slice(0, 1),
    entityTypeCode,
    entityKind: entry.kind,
    entityKindLabel: entry.label,
    regionCode: text.slice(2, 8),
    organizationCode: text.slice(8, 17),
  };
}

/** True when {@link validateUscc} would accept `code`. Never throws. */
export function isValidUscc(code: unknown): boolean {
  try {
    validateUscc(code as string);
    return true;
  } catch {
    return false;
  }
}

/** Masks a credit code for display and logs: first 4 and last 4 stay (`9135**********0Y43`). */
export function maskUscc(code: string): string {
  return maskMiddle(code, { keepStart: 4, keepEnd: 4 });
}

/** Schema of a valid credit code; parses to its upper-case form. */
export const UsccSchema = z.string().transform((value, ctx) => {
  try {
    return validateUscc(value).code;
  } catch (error) {
    ctx.addIssue({
      code: 'custom',
      message:
        error instanceof Error ? error.message : 'must be a valid unified social credit code (GB 32100-2015)',
    });
    return z.NEVER;
  }
});
