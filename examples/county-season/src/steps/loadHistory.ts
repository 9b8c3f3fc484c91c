import { countyTransactions } from '@hezuo/core/sample';
import { groupBy, type SeasonContext } from '../seasonContext';
import { groupBuyPurchases } from './runAgriInput';

/** How much history went into the client's records. */
export interface HistoryOutcome {
  readonly transactions: number;
  readonly purchases: number;
  readonly meetings: number;
  readonly contracts: number;
  readonly feePayments: number;
  readonly installments: number;
}

/** A contract of the season run live: one that starts in the season year. */
export function isSeasonContract(contract: { readonly startDate: string }, seasonYear: number): boolean {
  return contract.startDate.startsWith(`${seasonYear}-`);
}

/**
 * Loads the years before the season as records, the way a federation moving onto Hezuo imports
 * its books: member transactions, input purchases, member meetings with their attendance,
 * trusteeship contracts and fees, loan installments. The season's deliveries and its trusteeship
 * contracts are left out, and so are the purchases the group buy gathers: the next steps run them live.
 */
export async function loadHistory(ctx: SeasonContext): Promise<HistoryOutcome> {
  const { hz, county, seasonYear } = ctx;
  const seasonStart = `${seasonYear}-01-01`;

  // Member transactions (deliveries, purchases, fees), one posting per co-op.
  const viaGroupBuy = new Set(groupBuyPurchases(county, seasonYear).purchases.map((p) => p.id));
  const transactions = countyTransactions(county).filter(
    (t) => !(t.kind === 'produceDelivery' && t.date >= seasonStart) && !viaGroupBuy.has(t.id),
  );
  const byCoop = groupBy(transactions, (t) => t.cooperativeId);
  let done = 0;
  for (const [cooperativeId, list] of byCoop) {
    await hz.cooperatives.postTransactions(cooperativeId, list);
    ctx.progress('history', ++done, byCoop.size);
  }

  const purchases = county.inputPurchases.filter((p) => !viaGroupBuy.has(p.id));
  for (const purchase of purchases) await hz.agriInput.recordPurchase(purchase);

  // Member meetings: each decided with the members present voting for, which keeps attendance.
  for (const meeting of county.meetings) {
    await hz.cooperatives.decide(meeting.cooperativeId, {
      resolution: {
        id: meeting.resolutionId,
        subject: { type: 'other', title: meeting.resolutionId.startsWith('AGM') ? '年度报告' : '生产计划' },
        meetingDate: meeting.meetingDate,
      },
      attendance: meeting.present,
      ballots: meeting.present.map((memberId) => ({ memberId, choice: 'for' as const })),
    });
  }

  const history = county.trusteeshipContracts.filter((c) => !isSeasonContract(c, seasonYear));
  for (const contract of history) await hz.trusteeship.recordContract(contract);
  for (const fee of county.feePayments) await hz.trusteeship.recordFeePayment(fee);

  const installments = county.installments.filter((i) => i.dueDate < county.asOf);
  for (const installment of installments) await hz.finance.recordInstallment(installment);

  return {
    transactions: transactions.length,
    purchases: purchases.length,
    meetings: county.meetings.length,
    contracts: history.length,
    feePayments: county.feePayments.length,
    installments: installments.length,
  };
}
