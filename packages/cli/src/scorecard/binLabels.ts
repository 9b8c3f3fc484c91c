import type { Characteristic } from '@hezuo/core';

/** Longest label of a group of categories; the rest is cut with an ellipsis. */
const MAX_CATEGORY_LABEL = 60;

/** Labels of the bin codes `scoreBatch` gives for the policies: −1 missing, −2 special, −3 unseen. */
export const POLICY_BIN_LABELS: Readonly<Record<number, string>> = Object.freeze({
  [-1]: '(missing)',
  [-2]: '(special)',
  [-3]: '(unseen)',
});

/**
 * A label per bin of a characteristic, to compare populations over the model's own bins:
 * `[25, 40)` for an interval (∞ for an open end), the values joined by `/` for a group of
 * categories (cut to 60 characters, then numbered if two would read the same).
 *
 * @internal
 */
export function binLabels(c: Characteristic): string[] {
  if (c.type === 'numeric') {
    return c.bins.map((b) => `[${b.lower ?? '-∞'}, ${b.upper ?? '+∞'})`);
  }
  const labels = c.bins.map((b) => {
    const joined = b.values.join('/');
    return joined.length > MAX_CATEGORY_LABEL ? `${joined.slice(0, MAX_CATEGORY_LABEL - 1)}…` : joined;
  });
  return labels.map((label, j) => (labels.indexOf(label) === j ? label : `${label} #${j + 1}`));
}
