const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV field as written (RFC 4180): as is, or in double quotes with its quotes doubled when it
 * holds a comma, a quote or a line break.
 */
export function csvField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
