import { EXAMPLE_FERTILIZERS } from '@hezuo/agri-input';
import { distributeSurplus, type MemberStatement, type ScoreResult } from '@hezuo/core';

/** A scored member: rated B with two reasons. */
export const SCORE_RESULT: ScoreResult = {
  score: 612.4,
  probabilityBad: 0.083,
  grade: 'B',
  rated: true,
  characteristics: [],
  reasons: [
    {
      id: 'yearsFarming',
      pointsLost: 24.5,
      text: { 'zh-CN': '务农年限较短', en: 'Few years of farming' },
    },
    {
      id: 'loanOverdue',
      pointsLost: 12,
      text: { 'zh-CN': '近两年有逾期还款', en: 'A late repayment in the last two years' },
    },
  ],
  modelId: 'practice',
  modelVersion: '1.0.0',
  modelHash: 'sha256-0',
};

/** Member A's statement from the surplus guide's distribution. */
export const STATEMENT: MemberStatement = distributeSurplus({
  year: 2026,
  surplus: 5_000_000,
  lossCover: 200_000,
  subsidyProperty: 250_000,
  plan: { reserveRate: '0.10', patronageRefundRate: '0.6', conversion: { rate: '0.5' } },
  members: [
    { memberId: 'A', capital: 1_000_000, reserveShare: 0, transactionAmount: 3_000_000 },
    { memberId: 'B', capital: 500_000, reserveShare: 0, transactionAmount: 2_000_000 },
  ],
}).statements[0] as MemberStatement;

/** The planner's props: the example catalogue and local correction coefficients. */
export const PLANNER_PROPS = {
  products: EXAMPLE_FERTILIZERS,
  correction: { N: 0.5, P2O5: 0.6, K2O: 0.5 },
  initial: {
    crop: 'winterWheat',
    targetYieldKgPerMu: 495,
    areaMu: 5,
    soilTestMgPerKg: { N: 80, P2O5: 20, K2O: 110 },
  },
} as const;

/** A valid resident ID (GB 11643-1999 example). */
export const RESIDENT_ID = '11010519491231002X';
