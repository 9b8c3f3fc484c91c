/**
 * A short text for any value, for messages: never throws, even for objects without a
 * prototype or with a throwing `toString`.
 * @internal
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}
