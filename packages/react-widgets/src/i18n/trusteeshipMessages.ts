import type { Locale } from '@hezuo/core';

/**
 * The texts of the trusteeship widgets, `TrusteeshipQuote` and `ServiceCenterFinder`. Functions
 * fill in values already formatted. A catalogue of its own so that each widget's bundle carries
 * its own texts only; `WIDGET_MESSAGES` holds these too.
 */
export interface TrusteeshipWidgetMessages {
  readonly quoteTitle: string;
  readonly quoteKind: string;
  readonly quoteKindMenu: string;
  readonly quoteKindMenuDetail: string;
  readonly quoteKindFull: string;
  readonly quoteKindFullDetail: (feePerMu: string) => string;
  readonly quoteServices: string;
  readonly quoteUnitMu: string;
  readonly quoteUnitTonne: string;
  readonly quotePlotName: (name: string) => string;
  readonly quoteArea: string;
  readonly quoteYields: string;
  readonly quoteYieldYear: (year: 0 | 1 | 2) => string;
  readonly quoteTonnes: string;
  readonly quoteConsolidated: string;
  readonly quoteSubmit: string;
  readonly quoteInvalid: (field: string) => string;
  readonly quoteNotNumber: (field: string) => string;
  readonly quoteNeedTwoServices: string;
  readonly quoteNeedYields: (plot: string) => string;
  readonly quoteGuaranteeBelow: (plot: string) => string;
  readonly quoteResultTitle: string;
  readonly quoteItem: string;
  readonly quoteQuantity: string;
  readonly quoteUnitPrice: string;
  readonly quoteAmount: string;
  readonly quoteSubtotal: string;
  readonly quoteTotal: string;
  readonly quoteTotalArea: (mu: string) => string;
  readonly quoteFullFee: (plot: string) => string;
  readonly quoteGuaranteeTitle: string;
  readonly quotePlot: string;
  readonly quoteAverage: string;
  readonly quoteGuaranteed: string;
  readonly quoteGainShare: (share: string) => string;
  readonly finderTitle: string;
  readonly finderListLegend: (place: string) => string;
  readonly finderKm: (km: string) => string;
  readonly finderWithin: (radius: string) => string;
  readonly finderOutside: (radius: string) => string;
  readonly finderYou: string;
  readonly finderPlot: (plotId: string) => string;
  readonly finderNearest: string;
  readonly finderNorth: string;
  readonly finderMapTitle: string;
  readonly finderMapDescription: (map: {
    readonly place: string;
    readonly count: number;
    readonly nearest: string;
    readonly distance: string;
    readonly within: boolean;
    readonly selected: string;
  }) => string;
}

/** {@link TrusteeshipWidgetMessages} in `zh-CN` and `en`; part of `WIDGET_MESSAGES`. @internal */
export const TRUSTEESHIP_WIDGET_MESSAGES: Readonly<Record<Locale, TrusteeshipWidgetMessages>> = Object.freeze(
  {
    'zh-CN': {
      quoteTitle: '土地托管报价',
      quoteKind: '托管方式',
      quoteKindMenu: '半托管（菜单式）',
      quoteKindMenuDetail: '选两项或以上作业，按面积计费',
      quoteKindFull: '全托管（保姆式）',
      quoteKindFullDetail: (feePerMu) => `${feePerMu}/亩/季，保底产量，增产分成`,
      quoteServices: '托管作业（至少两项）',
      quoteUnitMu: '亩',
      quoteUnitTonne: '吨',
      quotePlotName: (name) => `地块 ${name}`,
      quoteArea: '托管面积（亩）',
      quoteYields: '前三年亩产（公斤/亩）',
      quoteYieldYear: (year) => ['三年前', '两年前', '去年'][year] ?? '',
      quoteTonnes: '预计粮食吨数（烘干、仓储、代销按吨计费）',
      quoteConsolidated: '地块连片作业（可享连片优惠）',
      quoteSubmit: '计算报价',
      quoteInvalid: (field) => `无法报价：请检查“${field}”。`,
      quoteNotNumber: (field) => `“${field}”需填写数字。`,
      quoteNeedTwoServices: '半托管需选择两项或以上不同的作业。',
      quoteNeedYields: (plot) => `全托管的保底产量不低于前三年平均亩产：请填写${plot}前三年的亩产。`,
      quoteGuaranteeBelow: (plot) => `${plot}的保底产量低于前三年平均亩产。`,
      quoteResultTitle: '报价明细',
      quoteItem: '项目',
      quoteQuantity: '数量',
      quoteUnitPrice: '单价',
      quoteAmount: '金额',
      quoteSubtotal: '小计',
      quoteTotal: '合计',
      quoteTotalArea: (mu) => `托管面积合计 ${mu} 亩。`,
      quoteFullFee: (plot) => `全托管服务费（${plot}）`,
      quoteGuaranteeTitle: '保底产量',
      quotePlot: '地块',
      quoteAverage: '前三年平均（公斤/亩）',
      quoteGuaranteed: '保底（公斤/亩）',
      quoteGainShare: (share) => `超出保底产量的增产收益，${share}归农户。`,
      finderTitle: '附近的为农服务中心',
      finderListLegend: (place) => `离${place}由近到远的服务中心`,
      finderKm: (km) => `${km} 公里`,
      finderWithin: (radius) => `在 ${radius}服务半径内`,
      finderOutside: (radius) => `超出 ${radius}服务半径`,
      finderYou: '您的位置',
      finderPlot: (plotId) => `地块 ${plotId}`,
      finderNearest: '最近',
      finderNorth: '北',
      finderMapTitle: '服务中心位置示意图',
      finderMapDescription: (m) =>
        `示意图标出${m.place}和 ${m.count} 个服务中心及其服务圈。最近的是${m.nearest}，相距 ${m.distance}，${
          m.within ? '在其服务半径内' : '超出其服务半径'
        }。已选：${m.selected}。各中心的距离见下方列表。`,
    },
    en: {
      quoteTitle: 'Land trusteeship quote',
      quoteKind: 'Kind of trusteeship',
      quoteKindMenu: 'Menu trusteeship',
      quoteKindMenuDetail: 'two or more operations, paid per mu',
      quoteKindFull: 'Full trusteeship',
      quoteKindFullDetail: (feePerMu) => `${feePerMu} per mu per season, guaranteed yield, gain shared`,
      quoteServices: 'Operations (two or more)',
      quoteUnitMu: 'mu',
      quoteUnitTonne: 't',
      quotePlotName: (name) => `Plot ${name}`,
      quoteArea: 'Area (mu)',
      quoteYields: 'Yields of the last three years (kg per mu)',
      quoteYieldYear: (year) => ['Three years ago', 'Two years ago', 'Last year'][year] ?? '',
      quoteTonnes: 'Expected tonnes of grain (drying, storage and sale are priced per tonne)',
      quoteConsolidated: 'Plots worked as one consolidated block (volume discount)',
      quoteSubmit: 'Get a quote',
      quoteInvalid: (field) => `Cannot quote: please check "${field}".`,
      quoteNotNumber: (field) => `"${field}" needs a number.`,
      quoteNeedTwoServices: 'Menu trusteeship needs two or more different operations.',
      quoteNeedYields: (plot) =>
        `The guaranteed yield may not be below the 3-year average: give the yields of the last three years for ${plot}.`,
      quoteGuaranteeBelow: (plot) => `The guaranteed yield of ${plot} is below its 3-year average.`,
      quoteResultTitle: 'Quote',
      quoteItem: 'Item',
      quoteQuantity: 'Quantity',
      quoteUnitPrice: 'Unit price',
      quoteAmount: 'Amount',
      quoteSubtotal: 'Subtotal',
      quoteTotal: 'Total',
      quoteTotalArea: (mu) => `Total area ${mu} mu.`,
      quoteFullFee: (plot) => `Full trusteeship fee (${plot})`,
      quoteGuaranteeTitle: 'Guaranteed yield',
      quotePlot: 'Plot',
      quoteAverage: '3-year average (kg per mu)',
      quoteGuaranteed: 'Guaranteed (kg per mu)',
      quoteGainShare: (share) => `${share} of the gain above the guaranteed yield goes to the farmer.`,
      finderTitle: 'Service centres nearby',
      finderListLegend: (place) => `Service centres, nearest to ${place} first`,
      finderKm: (km) => `${km} km`,
      finderWithin: (radius) => `within its ${radius} service radius`,
      finderOutside: (radius) => `outside its ${radius} service radius`,
      finderYou: 'your location',
      finderPlot: (plotId) => `plot ${plotId}`,
      finderNearest: 'nearest',
      finderNorth: 'N',
      finderMapTitle: 'Map of the service centres',
      finderMapDescription: (m) =>
        `The map shows ${m.place} and ${m.count} service ${m.count === 1 ? 'centre' : 'centres'} with their service circles. The nearest is ${m.nearest}, ${m.distance} away, ${
          m.within ? 'within' : 'outside'
        } its service radius. Selected: ${m.selected}. The list below gives every distance.`,
    },
  },
);
