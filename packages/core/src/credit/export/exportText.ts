import { HezuoError } from '../../errors/HezuoError';

// A lone surrogate has no UTF-8 form: a database or XML file would hold U+FFFD instead, and
// a value that the library matches exactly would silently stop matching.
const LONE_SURROGATE = /\p{Cs}/u;
// XML 1.0 has no way, not even a character reference, to write C0 controls other than tab,
// line feed and carriage return, nor U+FFFE / U+FFFF.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters refused.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/u;

/** @internal Whether SQL text (an identifier or a string literal) can hold `value` as it is. */
export function isSqlText(value: string): boolean {
  return !value.includes('\u0000') && !LONE_SURROGATE.test(value);
}

/** @internal Whether an XML 1.0 document can hold `value` as it is. */
export function isXmlText(value: string): boolean {
  return !LONE_SURROGATE.test(value) && !NOT_XML.test(value);
}

/** @internal Throws a typed error naming the field when a target cannot represent `value`. */
export function requireText(
  value: string,
  target: 'SQL' | 'PMML',
  what: string,
  path: readonly (string | number)[],
): void {
  const ok = target === 'SQL' ? isSqlText(value) : isXmlText(value);
  if (ok) return;
  const why =
    target === 'SQL'
      ? 'SQL text cannot hold the NUL character or an unpaired surrogate'
      : 'XML 1.0 cannot hold control characters other than tab and line breaks, U+FFFE/U+FFFF or an unpaired surrogate';
  throw new HezuoError(
    'INVALID_INPUT',
    `${what} ${JSON.stringify(value.slice(0, 64))} cannot be exported: ${why}`,
    {
      path,
    },
  );
}
