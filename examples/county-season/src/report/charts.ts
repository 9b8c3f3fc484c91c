import type { ReportData } from './reportData';
import { escapeHtml, px, svg } from './svg';

const KM_PER_DEGREE_LAT = 111.32;

/**
 * The coverage map: plots as dots (grey when no centre reaches them), centres as circles of
 * their reach. Equirectangular around the mean latitude, which is true to a few per mille over
 * a county; no tiles, so it opens offline.
 */
export function coverageMap(coverage: ReportData['coverage'], title: string, description: string): string {
  const points = [...coverage.centers, ...coverage.plots];
  const meanLat = points.reduce((s, p) => s + p.lat, 0) / Math.max(1, points.length);
  const kx = KM_PER_DEGREE_LAT * Math.cos((meanLat * Math.PI) / 180);
  const xs = points.map((p) => p.lng * kx);
  const ys = points.map((p) => p.lat * KM_PER_DEGREE_LAT);
  const reach = Math.max(0, ...coverage.centers.map((c) => c.radiusKm));
  const minX = Math.min(...xs) - reach;
  const maxX = Math.max(...xs) + reach;
  const minY = Math.min(...ys) - reach;
  const maxY = Math.max(...ys) + reach;
  const width = 640;
  const scale = (width - 20) / Math.max(1e-9, maxX - minX);
  const height = Math.max(120, (maxY - minY) * scale + 20);
  const at = (p: { lng: number; lat: number }) => ({
    x: 10 + (p.lng * kx - minX) * scale,
    y: 10 + (maxY - p.lat * KM_PER_DEGREE_LAT) * scale,
  });
  const circles = coverage.centers
    .map((c) => {
      const { x, y } = at(c);
      return `<circle cx="${px(x)}" cy="${px(y)}" r="${px(c.radiusKm * scale)}" class="reach"/><circle cx="${px(x)}" cy="${px(y)}" r="4" class="center"><title>${escapeHtml(c.name)}</title></circle>`;
    })
    .join('');
  const dots = coverage.plots
    .map((p) => {
      const { x, y } = at(p);
      return `<circle cx="${px(x)}" cy="${px(y)}" r="1.6" class="${p.centerId === null ? 'plot unserved' : 'plot'}"/>`;
    })
    .join('');
  const barKm = 5;
  const scaleBar = `<g class="scale"><line x1="14" y1="${px(height - 14)}" x2="${px(14 + barKm * scale)}" y2="${px(height - 14)}"/><text x="14" y="${px(height - 18)}">${barKm} km</text></g>`;
  const north = `<g class="north"><path d="M${width - 24} 30 l6 -16 l6 16 z"/><text x="${width - 22}" y="42">N</text></g>`;
  return svg('coverage', title, description, width, height, circles + dots + scaleBar + north);
}

/** Expected (last season) and actual (this season) shares per score band, side by side. */
export function stabilityChart(
  stability: ReportData['stability'],
  title: string,
  description: string,
): string {
  const width = 640;
  const height = 220;
  const bottom = 180;
  const top = 20;
  const n = Math.max(1, stability.bins.length);
  const band = (width - 40) / n;
  const max = Math.max(0.01, ...stability.bins.flatMap((b) => [b.expected, b.actual]));
  const h = (share: number) => (share / max) * (bottom - top);
  const bars = stability.bins
    .map((bin, i) => {
      const x = 20 + i * band;
      const w = band * 0.35;
      return [
        `<rect x="${px(x + band * 0.12)}" y="${px(bottom - h(bin.expected))}" width="${px(w)}" height="${px(h(bin.expected))}" class="expected"/>`,
        `<rect x="${px(x + band * 0.12 + w)}" y="${px(bottom - h(bin.actual))}" width="${px(w)}" height="${px(h(bin.actual))}" class="actual"/>`,
        `<text x="${px(x + band / 2)}" y="${bottom + 16}" text-anchor="middle" class="small">${escapeHtml(bin.label)}</text>`,
      ].join('');
    })
    .join('');
  const axis = `<line x1="16" y1="${bottom}" x2="${width - 16}" y2="${bottom}" class="axis"/>`;
  return svg('stability', title, description, width, height, axis + bars);
}
