import { isHezuoError } from '@hezuo/core';

/** True unless the host bundled for production (bundlers replace `process.env.NODE_ENV`). */
function isDevelopment(): boolean {
  return typeof process !== 'undefined' && process.env.NODE_ENV !== 'production';
}

/**
 * Tells the developer why a widget shows its error state. Only the code, the path and the
 * message go out: Hezuo messages never repeat personal data such as ID numbers.
 * @internal
 */
export function reportInDevelopment(widget: string, error: unknown): void {
  if (!isDevelopment()) return;
  const detail = isHezuoError(error)
    ? `${error.code} at ${error.path.join('.') || '(root)'}: ${error.message}`
    : error instanceof Error
      ? error.message
      : 'a value that is not an Error was thrown';
  console.error(`[@hezuo/react-widgets] ${typeof widget === 'string' ? widget : 'widget'}: ${detail}`);
}
