import { z } from 'zod';
import { parseInput } from '../../errors/fromZod';
import { HezuoError } from '../../errors/HezuoError';
import { OutcomeSampleSchema, toBadFlags } from './samples';

const GradeSchema = z.string().min(1).max(50);

/** Grade labels, one per observation (e.g. `AAA`, `AA`, `A`, `NR`); checked in one tight loop. */
export const GradeSampleSchema = z
  .custom<readonly string[]>((v) => Array.isArray(v), { message: 'expected an array of grades' })
  .superRefine((v, ctx) => {
    for (let i = 0; i < v.length; i++) {
      const x: unknown = v[i];
      if (typeof x !== 'string' || x.length === 0 || x.length > 50) {
        ctx.addIssue({ code: 'custom', message: `element ${i} is not a grade`, path: [i] });
        return;
      }
    }
  });

/** Input of {@link badRateByGrade}. */
export const BadRateByGradeInputSchema = z
  .strictObject({
    /** The grade of each observation. */
    grades: GradeSampleSchema,
    /** Outcome per observation, same order: `true`/`1` = bad. */
    bad: OutcomeSampleSchema,
    /**
     * The grades in report order, best first (e.g. `['AAA', 'AA', 'A', 'NR']`). Grades listed
     * but unobserved get a row with count 0; an observed grade not listed is an error.
     * Without it, observed grades in code-unit order.
     */
    gradeOrder: z
      .array(GradeSchema)
      .min(1)
      .max(100)
      .refine((g) => new Set(g).size === g.length, { message: 'grades must be unique' })
      .optional(),
  })
  .refine((v) => v.grades.length === v.bad.length, {
    message: 'grades and bad must have the same length',
    path: ['bad'],
  });

/** Input of {@link badRateByGrade}, as given. */
export type BadRateByGradeInput = z.input<typeof BadRateByGradeInputSchema>;

/** One grade's outcomes. */
export interface GradeBadRate {
  /** The grade. */
  readonly grade: string;
  /** Observations with this grade. */
  readonly count: number;
  /** Bad observations with this grade. */
  readonly bads: number;
  /** `bads / count`, or `null` when the grade has no observations. */
  readonly badRate: number | null;
}

/** Bad rate per grade and overall. */
export interface BadRateByGradeResult {
  /** One row per grade, in report order. */
  readonly grades: readonly GradeBadRate[];
  /** All observations together. */
  readonly total: GradeBadRate;
}

/**
 * 分等级不良率 — count, bads and bad rate per grade: the check that better grades default less
 * (DESIGN §3.6, monitor). Rates are plain proportions; counts are exact.
 *
 * @throws HezuoError `INVALID_INPUT` for bad samples, lengths that differ, or an observed
 * grade missing from `gradeOrder` (path `['grades', i]`).
 */
export function badRateByGrade(input: BadRateByGradeInput): BadRateByGradeResult {
  const { grades, bad, gradeOrder } = parseInput(BadRateByGradeInputSchema, input);
  const flags = toBadFlags(bad);
  const rows = new Map<string, [number, number]>();
  for (const g of gradeOrder ?? []) rows.set(g, [0, 0]);
  let totalBads = 0;
  for (let i = 0; i < grades.length; i++) {
    const grade = grades[i] as string;
    let row = rows.get(grade);
    if (!row) {
      if (gradeOrder) {
        throw new HezuoError('INVALID_INPUT', `grade ${JSON.stringify(grade)} is not in gradeOrder`, {
          path: ['grades', i],
        });
      }
      row = [0, 0];
      rows.set(grade, row);
    }
    row[0] += 1;
    row[1] += flags[i] as number;
    totalBads += flags[i] as number;
  }
  const order = gradeOrder ?? [...rows.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const toRow = (grade: string, count: number, bads: number): GradeBadRate => ({
    grade,
    count,
    bads,
    badRate: count === 0 ? null : bads / count,
  });
  return {
    grades: order.map((g) => {
      const [count, bads] = rows.get(g) as [number, number];
      return toRow(g, count, bads);
    }),
    total: toRow('total', grades.length, totalBads),
  };
}
