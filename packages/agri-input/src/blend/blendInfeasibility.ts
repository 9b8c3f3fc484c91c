import { type ErrorPath, HezuoError, type LocalizedText } from '@hezuo/core';
import { NUTRIENT_LABELS, NUTRIENTS, type Nutrient } from '../nutrients';
import { decimalText } from '../quantityRounding';
import type { BlendProgram } from './blendProgram';

/** Why a nutrient cannot be met, in both locales, and a message for the error. */
interface Finding {
  readonly nutrient: Nutrient;
  readonly reason: LocalizedText;
}

/** Needs above what all stock together can supply (over all stages, as stock is shared). */
function shortOfStock(program: BlendProgram): Finding[] {
  const findings: Finding[] = [];
  for (const n of NUTRIENTS) {
    let most = 0;
    for (const p of program.products) {
      if (p.fraction[n] > 0) most += p.maxKg === null ? Number.POSITIVE_INFINITY : p.maxKg * p.fraction[n];
    }
    const total = program.stages.reduce((sum, need) => sum + need[n], 0);
    if (total > most + 1e-9) {
      const label = NUTRIENT_LABELS[n];
      findings.push({
        nutrient: n,
        reason: {
          'zh-CN': `${label['zh-CN']}需要 ${decimalText(total)} 公斤，现有产品和库存最多只能提供 ${decimalText(most)} 公斤`,
          en: `${label.en}: ${decimalText(total)} kg needed, but the products in stock can supply at most ${decimalText(most)} kg`,
        },
      });
    }
  }
  return findings;
}

/**
 * Explains why a blend program has no solution and throws. Needs are the only hard limits (the
 * tolerance gives way when it must), so the cause is stock: the nutrients whose total need the
 * stock cannot supply, or, when each total could be met, stock shared between stages that
 * cannot cover them all at once. The error's path ends with the first such nutrient.
 * @internal
 */
export function throwInfeasible(program: BlendProgram, needPath: ErrorPath): never {
  const findings = shortOfStock(program);
  const first = findings[0];
  const nutrients = [...new Set(findings.map((f) => f.nutrient))];
  const reasons: LocalizedText[] =
    findings.length > 0
      ? findings.map((f) => f.reason)
      : [
          {
            'zh-CN': '库存在各施肥阶段之间分配后，无法同时满足每个阶段的养分需求',
            en: "the stock, shared between the stages, cannot meet every stage's need at once",
          },
        ];
  const path = first === undefined ? needPath : [...needPath, first.nutrient];
  throw new HezuoError(
    'INVALID_INPUT',
    `no blend meets the need${nutrients.length > 0 ? ` for ${nutrients.join(', ')}` : ''}: ${reasons.map((r) => r.en).join('; ')}`,
    { path, details: { nutrients, reasons } },
  );
}
