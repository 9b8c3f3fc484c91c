import { formatFen } from '@hezuo/core';
import { coverageMap, stabilityChart } from './charts';
import type { ReportData } from './reportData';
import { escapeHtml, horizontalBarChart } from './svg';

const TEXT = {
  'zh-CN': {
    summary: '概要',
    grades: '信用等级分布',
    gradesDesc: (n: number) => `${n} 户社员按信用等级的户数。`,
    surplus: '社员盈余返还（前 30 户）',
    surplusDesc: '每户按交易量返还与按股分红之和，从高到低。',
    coverage: '为农服务中心覆盖图',
    coverageDesc: (c: number, p: number, u: number) =>
      `${c} 个服务中心的服务半径与 ${p} 个地块，其中 ${u} 个不在任何中心的半径内（灰色）。`,
    stability: '评分稳定性',
    stabilityDesc: (psi: string) => `上季与本季评分分段占比对比，PSI = ${psi}。`,
    legendExpected: '上季',
    legendActual: '本季',
    households: (n: number) => `${n} 户`,
    psiReading: (psi: number) =>
      psi < 0.1
        ? '稳定（PSI < 0.1）'
        : psi < 0.25
          ? '轻微变化（0.1 ≤ PSI < 0.25）'
          : '显著变化（PSI ≥ 0.25）',
  },
  en: {
    summary: 'Summary',
    grades: 'Members by credit grade',
    gradesDesc: (n: number) => `How many of ${n} member households fall in each credit grade.`,
    surplus: 'Surplus paid to members (top 30)',
    surplusDesc: 'Each household’s patronage refund plus dividend, largest first.',
    coverage: 'Service-centre coverage',
    coverageDesc: (c: number, p: number, u: number) =>
      `The reach of ${c} service centres and ${p} plots; ${u} plots lie outside every centre's reach (grey).`,
    stability: 'Score stability',
    stabilityDesc: (psi: string) =>
      `Share of members per score band, last season against this season; PSI = ${psi}.`,
    legendExpected: 'last season',
    legendActual: 'this season',
    households: (n: number) => `${n} households`,
    psiReading: (psi: number) =>
      psi < 0.1
        ? 'stable (PSI < 0.1)'
        : psi < 0.25
          ? 'some shift (0.1 ≤ PSI < 0.25)'
          : 'a major shift (PSI ≥ 0.25)',
  },
} as const;

const STYLE = `
body{font-family:system-ui,"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;margin:2rem auto;max-width:720px;color:#1f2328;padding:0 1rem}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem}
pre{background:#f6f8fa;padding:1rem;white-space:pre-wrap;font-size:.85rem;line-height:1.45}
.chart{max-width:100%;height:auto;font-size:12px}
.chart text{fill:#1f2328}.chart .small{font-size:10px}
.bar{fill:#2f6f4f}.expected{fill:#9aa5b1}.actual{fill:#2f6f4f}.axis{stroke:#57606a}
.reach{fill:rgba(47,111,79,.08);stroke:#2f6f4f;stroke-width:1}.center{fill:#b3261e}
.plot{fill:#2f6f4f;opacity:.6}.plot.unserved{fill:#8c959f;opacity:.9}
.scale line{stroke:#1f2328;stroke-width:2}.north path{fill:#1f2328}
.legend span{display:inline-block;width:.8em;height:.8em;margin:0 .3em 0 1em;vertical-align:middle}
`;

/**
 * The season's report as one self-contained HTML file: inline CSS and inline SVG charts, no
 * script and nothing fetched, so it opens from disk in any browser.
 */
export function renderReport(data: ReportData): string {
  const t = TEXT[data.locale];
  const total = data.grades.reduce((s, g) => s + g.count, 0);
  const grades = horizontalBarChart({
    id: 'grades',
    title: t.grades,
    description: t.gradesDesc(total),
    bars: data.grades.map((g) => ({ label: g.grade, value: g.count, shown: t.households(g.count) })),
    labelWidth: 80,
  });
  const top = data.surplusByMember.slice(0, 30);
  const surplus = horizontalBarChart({
    id: 'surplus',
    title: t.surplus,
    description: t.surplusDesc,
    bars: top.map((m) => ({
      label: m.memberId,
      value: m.amountFen,
      shown: formatFen(m.amountFen, { locale: data.locale }),
    })),
  });
  const unserved = data.coverage.plots.filter((p) => p.centerId === null).length;
  const map = coverageMap(
    data.coverage,
    t.coverage,
    t.coverageDesc(data.coverage.centers.length, data.coverage.plots.length, unserved),
  );
  const psi = data.stability.psi.toFixed(4);
  const stability = stabilityChart(data.stability, t.stability, t.stabilityDesc(psi));
  const lang = data.locale === 'zh-CN' ? 'zh-CN' : 'en';
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(data.title)}</title><style>${STYLE}</style></head>
<body>
<main>
<h1>${escapeHtml(data.title)}</h1>
<h2>${t.summary}</h2>
<pre>${escapeHtml(data.summary.join('\n'))}</pre>
<h2>${t.grades}</h2>
${grades}
<h2>${t.surplus}</h2>
${surplus}
<h2>${t.coverage}</h2>
${map}
<h2>${t.stability}</h2>
<p class="legend"><span style="background:#9aa5b1"></span>${t.legendExpected}<span style="background:#2f6f4f"></span>${t.legendActual} — PSI ${psi}: ${t.psiReading(data.stability.psi)}</p>
${stability}
</main>
</body>
</html>
`;
}
