import { basename, dirname } from 'node:path';
import { formatFen, type Locale } from '@hezuo/core';
import type { BankScoringResult } from './bankScoring';
import { mostCommonFirstReason } from './tallies';

/** The words of the summary in one language. */
interface SummaryWords {
  readonly title: (year: number) => string;
  readonly model: (id: string, version: string, hash: string, selected: number, candidates: number) => string;
  readonly discrimination: (trainAuc: string, cvAuc: string, lower: string, upper: string) => string;
  readonly exported: (files: readonly string[], dir: string) => string;
  readonly scored: (households: string, input: string, output: string) => string;
  readonly grade: (grade: string) => string;
  readonly households: string;
  readonly topReason: (label: string, households: string) => string;
  readonly lines: (requested: string, approved: string, total: string) => string;
}

const WORDS: Readonly<Record<Locale, SummaryWords>> = {
  'zh-CN': {
    title: (year) => `整村授信 · ${year} 年度`,
    model: (id, version, hash, selected, candidates) =>
      `模型 ${id} ${version}（sha256 ${hash}…），入模特征 ${selected}/${candidates} 个`,
    discrimination: (train, cv, lower, upper) =>
      `区分度：训练 AUC ${train}，五折交叉验证 AUC ${cv}（95% 区间 ${lower}–${upper}）`,
    exported: (files, dir) => `导出 ${files.join('、')} 至 ${dir}`,
    scored: (n, input, output) => `评分 ${n} 户：${input} → ${output}`,
    grade: (grade) => (grade === 'unrated' ? '未评级' : grade),
    households: '户',
    topReason: (label, n) => `未评级户最常见的首要扣分项：${label}（${n} 户）`,
    lines: (requested, approved, total) => `授信申请 ${requested} 户，获批 ${approved} 户，授信总额 ${total}`,
  },
  en: {
    title: (year) => `County-wide credit, ${year} season`,
    model: (id, version, hash, selected, candidates) =>
      `Model ${id} ${version} (sha256 ${hash}…), ${selected} of ${candidates} characteristics`,
    discrimination: (train, cv, lower, upper) =>
      `Discrimination: training AUC ${train}, 5-fold cross-validated AUC ${cv} (95% interval ${lower}–${upper})`,
    exported: (files, dir) => `Exported ${files.join(', ')} to ${dir}`,
    scored: (n, input, output) => `Scored ${n} households: ${input} → ${output}`,
    grade: (grade) => grade,
    households: 'households',
    topReason: (label, n) => `Most common first reason among the unrated: ${label} (${n} households)`,
    lines: (requested, approved, total) =>
      `Credit lines: ${requested} requested, ${approved} approved, ${total} granted in all`,
  },
};

/** Pads text to a width in terminal columns, Chinese characters taking two. */
function padColumns(text: string, width: number): string {
  let columns = 0;
  for (const ch of text) columns += /[\u2E80-\uFFEF]/u.test(ch) ? 2 : 1;
  return text + ' '.repeat(Math.max(0, width - columns));
}

/**
 * The run as a few readable lines, in Simplified Chinese unless told: the model and how well it
 * separates, the files written, the grade distribution, the most common reason not to be rated,
 * and the credit lines granted.
 */
export function formatSummary(result: BankScoringResult, locale: Locale = 'zh-CN'): string[] {
  const w = WORDS[locale];
  const { fitted, files, scored, grades, granted } = result;
  const count = new Intl.NumberFormat(locale);
  const share = new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const auc = (x: number) => x.toFixed(3);
  const cv = fitted.crossValidation;
  const interval = cv.confidence?.scores.auc;

  const lines = [
    w.title(result.year),
    w.model(
      fitted.model.id,
      fitted.model.version,
      result.modelHash.slice(0, 12),
      fitted.model.characteristics.length,
      fitted.report.characteristics.length,
    ),
    w.discrimination(
      auc(fitted.report.training.scores.auc),
      auc(cv.mean.scores.auc),
      interval ? auc(interval.lower) : '–',
      interval ? auc(interval.upper) : '–',
    ),
    w.exported(
      [files.model, files.sql, files.pmml].map((f) => basename(f)),
      dirname(files.model),
    ),
    w.scored(count.format(scored.length), basename(files.county), basename(files.scores)),
  ];
  for (const { grade, households } of grades) {
    const part = scored.length === 0 ? 0 : households / scored.length;
    lines.push(
      `  ${padColumns(w.grade(grade), 8)} ${count.format(households).padStart(6)} ${w.households}  ${share.format(part)}`,
    );
  }
  const unrated = new Set(fitted.model.gradeBands.filter((b) => b.rated === false).map((b) => b.grade));
  const top = mostCommonFirstReason(scored, unrated);
  if (top) {
    const label = fitted.model.characteristics.find((c) => c.id === top.id)?.label[locale] ?? top.id;
    lines.push(w.topReason(label, count.format(top.households)));
  }
  lines.push(
    w.lines(
      count.format(granted.requested),
      count.format(granted.approved),
      formatFen(granted.grantedFen, { locale }),
    ),
  );
  return lines;
}
