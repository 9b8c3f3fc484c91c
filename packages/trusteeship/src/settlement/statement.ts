import { sumFen } from '@hezuo/core';
import type {
  EntrySettlementLine,
  SettlementEntry,
  SettlementLine,
  TrusteeshipSettlement,
  YieldClaim,
} from './settlementLine';

/** The entries a settlement nets, each list optional. @internal */
export interface NettedEntries {
  readonly inputAdvances?: readonly SettlementEntry[] | undefined;
  readonly saleProceeds?: readonly SettlementEntry[] | undefined;
  readonly prepayments?: readonly SettlementEntry[] | undefined;
}

function entryLines(entries: NettedEntries): EntrySettlementLine[] {
  const lines: EntrySettlementLine[] = [];
  for (const e of entries.inputAdvances ?? []) {
    lines.push({
      kind: 'inputAdvance',
      entryId: e.id,
      description: { 'zh-CN': `农资垫付：${e.description}`, en: `Input advance: ${e.description}` },
      amountFen: e.amountFen,
    });
  }
  for (const e of entries.saleProceeds ?? []) {
    lines.push({
      kind: 'saleProceeds',
      entryId: e.id,
      description: { 'zh-CN': `代销粮款：${e.description}`, en: `Sale proceeds: ${e.description}` },
      amountFen: -e.amountFen,
    });
  }
  for (const e of entries.prepayments ?? []) {
    lines.push({
      kind: 'prepayment',
      entryId: e.id,
      description: { 'zh-CN': `预交费用：${e.description}`, en: `Paid in advance: ${e.description}` },
      amountFen: -e.amountFen,
    });
  }
  return lines;
}

/**
 * A settlement statement: the contract's lines, then the netted entries (input advances, sale
 * proceeds, prepayments), and the totals, all exact sums of the lines.
 * @internal
 */
export function buildStatement(
  contract: { readonly id: string; readonly memberId: string },
  kind: 'menu' | 'full',
  contractLines: readonly SettlementLine[],
  entries: NettedEntries,
  harvests: readonly { readonly season: string; readonly harvestedOn: string }[],
  yieldClaims: readonly YieldClaim[],
): TrusteeshipSettlement {
  const lines = [...contractLines, ...entryLines(entries)];
  const chargesFen = sumFen(lines.filter((l) => l.amountFen > 0).map((l) => l.amountFen));
  const creditsFen = sumFen(lines.filter((l) => l.amountFen < 0).map((l) => -l.amountFen));
  const balanceFen = chargesFen - creditsFen;
  return {
    contractId: contract.id,
    memberId: contract.memberId,
    kind,
    lines,
    chargesFen,
    creditsFen,
    balanceFen,
    payer: balanceFen > 0 ? 'farmer' : balanceFen < 0 ? 'serviceCenter' : 'nobody',
    payableFen: Math.abs(balanceFen),
    harvests,
    yieldClaims,
  };
}
