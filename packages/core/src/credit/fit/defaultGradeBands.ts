import { z } from 'zod';
import { parseInput } from '../../errors/fromZod';
import type { GradeBand } from '../grades/gradeBands';

const finite = z.number().refine(Number.isFinite, { error: 'must be a finite number' });
const ArgumentsSchema = z.tuple([finite, z.number().gt(0).max(1e6)]);

/**
 * Grade bands for a fitted scorecard when none are given, by odds: AAA at the base odds or
 * better (600 points at 50:1 by default, a bad rate of about 2 %), AA one `pdo` lower (odds
 * halved), A two lower, and below that not rated. A starting point to replace with the
 * lender's own cut-offs, named like the practice grades (DESIGN §3.6).
 *
 * @throws HezuoError `INVALID_INPUT` for a base score outside ±1e9 or a `pdo` not in (0, 1e6].
 *
 * @example
 * ```ts
 * oddsGradeBands(600, 20).map((b) => b.minScore); // [600, 580, 560, null]
 * ```
 */
export function oddsGradeBands(baseScore: number, pdo: number): GradeBand[] {
  const [base, step] = parseInput(ArgumentsSchema, [baseScore, pdo], { path: ['arguments'] });
  return [
    {
      grade: 'AAA',
      label: { 'zh-CN': '信用等级 AAA（优秀）', en: 'AAA (excellent)' },
      minScore: base,
      rated: true,
    },
    {
      grade: 'AA',
      label: { 'zh-CN': '信用等级 AA（较好）', en: 'AA (good)' },
      minScore: base - step,
      rated: true,
    },
    {
      grade: 'A',
      label: { 'zh-CN': '信用等级 A（一般）', en: 'A (fair)' },
      minScore: base - 2 * step,
      rated: true,
    },
    { grade: 'unrated', label: { 'zh-CN': '未评级', en: 'not rated' }, minScore: null, rated: false },
  ];
}
