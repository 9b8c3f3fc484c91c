// Small SVG helpers for the report: the charts are drawn as plain SVG so the file opens from
// disk with no script, no server and no fonts or tiles to fetch.

/** Escapes text for HTML and SVG content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** A number written for an SVG attribute: two decimals at most, no exponent. */
export function px(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** One bar of a bar chart. */
export interface Bar {
  /** The label under (or beside) the bar. */
  readonly label: string;
  /** The bar's value, ≥ 0. */
  readonly value: number;
  /** The value as shown at the end of the bar. */
  readonly shown: string;
}

/** Options of {@link horizontalBarChart}. */
export interface BarChartOptions {
  /** Names the chart for `data-chart` (tests find charts by it). */
  readonly id: string;
  /** The accessible title. */
  readonly title: string;
  /** A one-sentence description for screen readers. */
  readonly description: string;
  readonly bars: readonly Bar[];
  /** Width of the label column, in px. */
  readonly labelWidth?: number;
}

/** A horizontal bar chart, one row a bar, scaled to the largest value. */
export function horizontalBarChart(options: BarChartOptions): string {
  const { id, title, description, bars } = options;
  const labelWidth = options.labelWidth ?? 120;
  const row = 22;
  const width = 640;
  const valueWidth = 110;
  const plot = width - labelWidth - valueWidth;
  const height = Math.max(row, bars.length * row) + 8;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const rows = bars
    .map((bar, i) => {
      const y = 4 + i * row;
      const w = (bar.value / max) * plot;
      return [
        `<text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end">${escapeHtml(bar.label)}</text>`,
        `<rect x="${labelWidth}" y="${y + 3}" width="${px(Math.max(w, bar.value > 0 ? 1 : 0))}" height="${row - 6}" class="bar"/>`,
        `<text x="${px(labelWidth + w + 6)}" y="${y + 15}">${escapeHtml(bar.shown)}</text>`,
      ].join('');
    })
    .join('');
  return svg(id, title, description, width, height, rows);
}

/** Wraps chart content in an accessible, self-sized SVG element. */
export function svg(
  id: string,
  title: string,
  description: string,
  width: number,
  height: number,
  body: string,
): string {
  return (
    `<svg class="chart" data-chart="${escapeHtml(id)}" role="img" aria-labelledby="${id}-title ${id}-desc" ` +
    `viewBox="0 0 ${width} ${px(height)}" width="${width}" height="${px(height)}">` +
    `<title id="${id}-title">${escapeHtml(title)}</title><desc id="${id}-desc">${escapeHtml(description)}</desc>${body}</svg>`
  );
}
