import { describe, expect, it } from 'vitest';
import { gradeFor, PRACTICE_GRADE_BANDS } from '../grades/gradeBands';
import { creditLineFor } from './creditLine';
import { PRACTICE_CREDIT_LINE_POLICY } from './creditLinePolicy';

describe('grade bands (practice: AAA ≥ 80, AA ≥ 70, A ≥ 60, below not rated)', () => {
  it.each([
    [100, 'AAA'],
    [80, 'AAA'],
    [79.99, 'AA'],
    [70, 'AA'],
    [69.99, 'A'],
    [60, 'A'],
    [59.99, 'unrated'],
    [-5, 'unrated'],
  ])('%d → %s', (score, grade) => {
    expect(gradeFor(PRACTICE_GRADE_BANDS, score).grade).toBe(grade);
  });

  it('refuses gaps, disorder and repeated grades', () => {
    const [aaa, aa, a, unrated] = PRACTICE_GRADE_BANDS as [never, never, never, never];
    expect(() => gradeFor([aaa, aa, a], 50)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['bands', 2, 'minScore'] }),
    );
    expect(() => gradeFor([aa, aaa, unrated], 50)).toThrow(
      expect.objectContaining({ path: ['bands', 1, 'minScore'] }),
    );
    expect(() => gradeFor([aa, aa, unrated], 50)).toThrow(
      expect.objectContaining({ path: ['bands', 1, 'grade'] }),
    );
    expect(() => gradeFor(PRACTICE_GRADE_BANDS, Number.NaN)).toThrow(
      expect.objectContaining({ path: ['score'] }),
    );
  });
});

describe('creditLineFor', () => {
  it('grants the grade cap for 2 years with its derivation', () => {
    expect(
      creditLineFor(PRACTICE_CREDIT_LINE_POLICY, { memberId: 'M01', grade: 'AAA', grantedOn: '2026-07-01' }),
    ).toEqual({
      memberId: 'M01',
      policyId: 'practice-rcc-2-years',
      grade: 'AAA',
      amount: 6_000_000,
      validFrom: '2026-07-01',
      validUntil: '2028-06-30',
      derivation: [
        {
          step: 'gradeCap',
          amount: 6_000_000,
          label: { 'zh-CN': 'AAA 级授信上限 60000.00 元', en: 'cap for grade AAA: 60000.00 yuan' },
        },
        {
          step: 'rounding',
          amount: 6_000_000,
          label: { 'zh-CN': '按 1000.00 元向下取整', en: 'rounded down to 1000.00 yuan' },
        },
      ],
    });
    expect(
      creditLineFor(PRACTICE_CREDIT_LINE_POLICY, {
        memberId: 'M02',
        grade: 'unrated',
        grantedOn: '2026-07-01',
      }).amount,
    ).toBe(0);
  });

  it('lowers the line by income and net-asset terms and rounds down', () => {
    const policy = { ...PRACTICE_CREDIT_LINE_POLICY, incomeMultiple: '1.5', netAssetShare: '0.5' };
    const line = creditLineFor(policy, {
      memberId: 'M03',
      grade: 'AA',
      annualIncome: 1_850_050,
      netAssets: 8_000_000,
      grantedOn: '2026-07-01',
    });
    // AA cap 3,000,000; 1.5 × 1,850,050 = 2,775,075; 0.5 × 8,000,000 = 4,000,000; rounded down to 2,700,000.
    expect(line.derivation.map((s) => [s.step, s.amount])).toEqual([
      ['gradeCap', 3_000_000],
      ['incomeTerm', 2_775_075],
      ['netAssetTerm', 2_775_075],
      ['rounding', 2_700_000],
    ]);
    expect(() => creditLineFor(policy, { memberId: 'M03', grade: 'AA', grantedOn: '2026-07-01' })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['applicant', 'annualIncome'] }),
    );
  });
});
