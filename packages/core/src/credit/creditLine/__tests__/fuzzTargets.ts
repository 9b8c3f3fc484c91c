import fc from 'fast-check';
import type { FuzzTarget } from '../../../testing';
import { gradeFor, PRACTICE_GRADE_BANDS } from '../../grades/gradeBands';
import { creditLineFor } from '../creditLine';
import { PRACTICE_CREDIT_LINE_POLICY } from '../creditLinePolicy';

/** Grades and credit lines: input-taking exports, for the kernel fuzz harness. */
export const CREDIT_LINE_FUZZ_TARGETS: Record<string, FuzzTarget> = {
  gradeFor: {
    name: 'gradeFor',
    arity: 2,
    call: (bands, score) => gradeFor(bands as never, score as number),
    nearlyValid: [fc.constant(PRACTICE_GRADE_BANDS), fc.double()],
  },
  creditLineFor: {
    name: 'creditLineFor',
    arity: 2,
    call: (policy, applicant) => creditLineFor(policy as never, applicant as never),
    nearlyValid: [
      fc.constantFrom(PRACTICE_CREDIT_LINE_POLICY, { ...PRACTICE_CREDIT_LINE_POLICY, incomeMultiple: '2' }),
      fc.record({
        memberId: fc.constantFrom('M1', ''),
        grade: fc.constantFrom('AAA', 'AA', 'B', '__proto__', 'constructor'),
        annualIncome: fc.oneof(fc.nat(), fc.constant(-1)),
        grantedOn: fc.constantFrom('2026-07-01', '2026-02-30'),
      }),
    ],
  },
};
