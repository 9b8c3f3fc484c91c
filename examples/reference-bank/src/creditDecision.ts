import type { BankCreditLineDecision, BankCreditLineRequest } from '@hezuo/finance';

/** The reference bank's caps per grade, in fen (practice: 60,000 / 30,000 / 20,000 yuan). */
export const REFERENCE_CAPS: Readonly<Record<string, number>> = Object.freeze({
  AAA: 6_000_000,
  AA: 3_000_000,
  A: 2_000_000,
});

function addYears(date: string, years: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * How the reference bank decides a credit-line request: the amount asked, at most the grade's
 * cap, valid two years; declined for a grade without a cap. A stand-in for a bank's own credit
 * process, kept simple and deterministic.
 */
export function decideCreditLine(
  request: BankCreditLineRequest,
  id: string,
  now: Date,
  caps: Readonly<Record<string, number>> = REFERENCE_CAPS,
): BankCreditLineDecision {
  const cap = Object.hasOwn(caps, request.grade) ? (caps[request.grade] as number) : 0;
  const decidedAt = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const today = decidedAt.slice(0, 10);
  if (cap === 0 || request.requestedAmountFen === 0) {
    return {
      id,
      requestId: request.requestId,
      status: 'declined',
      approvedAmountFen: 0,
      reason: `no line for grade ${request.grade}`,
      decidedAt,
    };
  }
  return {
    id,
    requestId: request.requestId,
    status: 'approved',
    approvedAmountFen: Math.min(cap, request.requestedAmountFen),
    validFrom: today,
    validUntil: addYears(today, 2),
    annualRate: '0.0435',
    decidedAt,
  };
}
