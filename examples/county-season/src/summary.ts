import { formatFen, type Locale } from '@hezuo/core';
import type { SeasonResult } from './runSeason';

/**
 * The season in a few readable lines, in the demo's language. Every amount is a total the
 * packages returned, formatted from fen.
 */
export function summaryLines(r: SeasonResult, locale: Locale): string[] {
  const money = (fen: number) => formatFen(fen, { locale });
  const n = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const c = r.county;
  const m = r.marketing;
  const t = r.trusteeship;
  const a = r.agriInput;
  const s = r.surplus.season;
  const k = r.credit;
  const b = r.bank;
  const i = r.insurance;
  const grades = k.grades.map((g) => `${g.grade} ${n.format(g.count)}`).join(' · ');
  const badRates = k.grades.map((g) => `${g.grade} ${pct.format(g.badRate)}`).join(' · ');
  if (locale === 'en') {
    return [
      `${c.region.nameEn}, seed ${c.seed}: ${c.townships.length} townships, ${c.cooperatives.length} co-ops, ${c.unions.length} unions, 1 federation, ${n.format(c.households.length)} member households`,
      `Membership: ${r.membership.cooperatives} co-ops founded, ${n.format(r.membership.members)} members admitted under the law's rules (farmers ≥ ${r.membership.lowestFarmerPercent} % in every co-op); share capital paid in ${money(r.membership.paidInFen)}`,
      `History ${c.year - c.historyYears}–${r.seasonYear - 1} loaded: ${n.format(r.history.transactions)} member transactions, ${n.format(r.history.purchases)} input purchases, ${n.format(r.history.meetings)} meetings, ${n.format(r.history.contracts)} trusteeship contracts, ${n.format(r.history.installments)} loan installments`,
      `Season ${r.seasonYear} marketing: ${n.format(m.deliveries)} deliveries worth ${money(m.deliveredFen)}; ${n.format(m.orders)} buyer orders took ${n.format(m.matchedKg)} kg for ${money(m.revenueFen)} (commission ${money(m.commissionFen)})`,
      `Trusteeship: ${n.format(t.plots)} plots, ${t.centers} service centres reaching ${pct.format(t.assignedShare)} of the land; ${n.format(t.contracts)} full contracts on ${n.format(t.contractedMu)} mu, ${n.format(t.workOrders)} work orders, ${t.terminated} terminated; farmers paid ${money(t.farmersPayFen)}, centres paid ${money(t.centersPayFen)} (${t.yieldClaims} guaranteed-yield claims)`,
      `A menu quote (Gaomi catalogue) for ${n.format(t.menuQuote.areaMu)} mu: ${money(t.menuQuote.totalFen)}`,
      `Group buy of urea in ${a.cooperativeId}: ${a.groupBuyOrders} orders, ${n.format(a.bags)} bags, members pay ${money(a.payableFen)} and save ${money(a.savingFen)}`,
      `Soil-test fertilising plan in whole bags: ${money(a.planCostFen)} (${a.planLines.map((l) => `${l.name} × ${l.bags}`).join(', ')})`,
      `Surplus ${r.seasonYear}: ${money(s.surplusFen)}; reserve ${money(s.reserveFen)}, patronage refunds ${money(s.patronageRefundFen)}, dividends ${money(s.dividendFen)}; paid out ${money(s.paidOutFen)} = distributable ${money(s.distributableFen)}: ${s.paidOutFen === s.distributableFen ? 'checks' : 'DOES NOT CHECK'}; earlier years equal the generator's to the fen: ${r.surplus.historyMatched}/${r.surplus.historyTotal}`,
      `Credit drive on ${k.asOf} (three-in-one reference sheet): ${grades}; PSI against a year before ${k.psi.toFixed(4)}`,
      `Credit lines asked of the bank over HTTP: ${n.format(b.requested)} requests for ${money(b.requestedFen)}; ${n.format(b.approved)} approved for ${money(b.approvedFen)}, ${b.declined} declined`,
      `Wheat insurance: ${n.format(i.policies)} policies, ${i.refused} refused (more land than under trusteeship); premiums ${money(i.premiumFen)} = central ${money(i.centreFen)} + provincial ${money(i.provinceFen)} + county ${money(i.countyFen)} + farmers ${money(i.farmerFen)}; ${i.claims} claims paid ${money(i.claimFen)}`,
      `Season ${c.year} outcome: ${n.format(k.defaults)} households defaulted; bad rate by grade ${badRates}; AUC ${k.auc.toFixed(3)}`,
    ];
  }
  return [
    `${c.region.name}（种子 ${c.seed}）：${c.townships.length} 个镇街、${c.cooperatives.length} 个合作社、${c.unions.length} 个联合社、1 个农合联，社员 ${n.format(c.households.length)} 户`,
    `成员：${r.membership.cooperatives} 个合作社依法设立，按法定条件吸收社员 ${n.format(r.membership.members)} 户（各社农民成员占比均不低于 ${r.membership.lowestFarmerPercent}%）；实缴股金 ${money(r.membership.paidInFen)}`,
    `导入 ${c.year - c.historyYears}–${r.seasonYear - 1} 年历史：社员交易 ${n.format(r.history.transactions)} 笔、农资购买 ${n.format(r.history.purchases)} 笔、成员大会 ${n.format(r.history.meetings)} 次、托管合同 ${n.format(r.history.contracts)} 份、贷款还款期次 ${n.format(r.history.installments)} 个`,
    `${r.seasonYear} 年产销对接：交售 ${n.format(m.deliveries)} 笔，计 ${money(m.deliveredFen)}；${n.format(m.orders)} 份采购订单成交 ${n.format(m.matchedKg)} 公斤，货款 ${money(m.revenueFen)}（佣金 ${money(m.commissionFen)}）`,
    `土地托管：地块 ${n.format(t.plots)} 个，${t.centers} 个服务中心覆盖 ${pct.format(t.assignedShare)} 的面积；全托管合同 ${n.format(t.contracts)} 份共 ${n.format(t.contractedMu)} 亩，作业单 ${n.format(t.workOrders)} 张，解除 ${t.terminated} 份；农户付 ${money(t.farmersPayFen)}，中心付 ${money(t.centersPayFen)}（保底赔付 ${t.yieldClaims} 份）`,
    `菜单式托管报价（高密价目）${n.format(t.menuQuote.areaMu)} 亩：${money(t.menuQuote.totalFen)}`,
    `${a.cooperativeId} 尿素团购：订单 ${a.groupBuyOrders} 份、${n.format(a.bags)} 袋，社员付 ${money(a.payableFen)}，节省 ${money(a.savingFen)}`,
    `测土配方施肥方案（整袋）：${money(a.planCostFen)}（${a.planLines.map((l) => `${l.name} × ${l.bags}`).join('，')}）`,
    `${r.seasonYear} 年盈余 ${money(s.surplusFen)}：公积金 ${money(s.reserveFen)}，按交易量返还 ${money(s.patronageRefundFen)}，按股分红 ${money(s.dividendFen)}；分配合计 ${money(s.paidOutFen)} = 可分配盈余 ${money(s.distributableFen)}：${s.paidOutFen === s.distributableFen ? '核对无误' : '核对不符'}；往年分配与生成器逐分一致：${r.surplus.historyMatched}/${r.surplus.historyTotal}`,
    `${k.asOf} 整村授信（三位一体参考评分表）：${grades}；与一年前相比 PSI ${k.psi.toFixed(4)}`,
    `通过 HTTP 向银行申请授信：${n.format(b.requested)} 笔共 ${money(b.requestedFen)}；批准 ${n.format(b.approved)} 笔共 ${money(b.approvedFen)}，拒绝 ${b.declined} 笔`,
    `小麦保险：保单 ${n.format(i.policies)} 份，拒保 ${i.refused} 份（投保面积超过托管面积）；保费 ${money(i.premiumFen)} = 中央 ${money(i.centreFen)} + 省 ${money(i.provinceFen)} + 县 ${money(i.countyFen)} + 农户 ${money(i.farmerFen)}；理赔 ${i.claims} 笔共 ${money(i.claimFen)}`,
    `${c.year} 年结果：违约 ${n.format(k.defaults)} 户；各等级违约率 ${badRates}；AUC ${k.auc.toFixed(3)}`,
  ];
}
