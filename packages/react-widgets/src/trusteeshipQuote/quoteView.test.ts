import { GAOMI_2014_WHEAT_CATALOGUE, quoteFullTrusteeship, quoteMenuTrusteeship } from '@hezuo/trusteeship';
import { describe, expect, it } from 'vitest';
import { hezuoFormatters } from '../format/useHezuoFormat';
import { WIDGET_MESSAGES } from '../i18n/messages';
import { quoteView } from './quoteView';

const menu = quoteMenuTrusteeship({
  kind: 'menu',
  catalogue: { ...GAOMI_2014_WHEAT_CATALOGUE, volumeRules: [{ minAreaMu: 20, discountRate: 0.05 }] },
  crop: 'wheat',
  season: '2014-2015',
  serviceIds: ['wheat-ploughing', 'wheat-sowing', 'wheat-spraying', 'wheat-harvest'],
  plots: [
    { plotId: 'P-01', areaMu: 12.35 },
    { plotId: 'P-02', areaMu: 8.4 },
  ],
  consolidated: true,
});

const full = quoteFullTrusteeship({
  kind: 'full',
  crop: 'wheat',
  season: '2025-2026',
  feePerMuFen: 100_000,
  plots: [
    { plotId: 'P-11', areaMu: 20.5, yieldHistoryKgPerMu: [420, 455, 441] },
    { plotId: 'P-12', areaMu: 3, guaranteedYieldKgPerMu: 400 },
  ],
  rules: { guaranteeFloor: 'none' },
});

const names = new Map([['P-11', '东地']]);
const view = (quote: Parameters<typeof quoteView>[0], locale: 'zh-CN' | 'en') =>
  quoteView(quote, names, locale, hezuoFormatters(locale), WIDGET_MESSAGES[locale]);

describe('a quote as text', () => {
  it('menu: each line, the discount as a negative line, subtotal and total in yuan', () => {
    const zh = view(menu, 'zh-CN');
    expect(zh.lines.map((l) => [l.label, l.quantity, l.unitPrice, l.amount, l.negative])).toEqual([
      ['深耕', '20.75 亩', '¥70.00/亩', '¥1,452.50', false],
      ['播种', '20.75 亩', '¥20.00/亩', '¥415.00', false],
      ['统防统治（两遍）', '20.75 亩', '¥25.00/亩', '¥518.75', false],
      ['机收', '20.75 亩', '¥50.00/亩', '¥1,037.50', false],
      ['连片托管优惠 5 %（20 亩以上）', '', '', '-¥171.19', true],
    ]);
    expect([zh.subtotal, zh.total, zh.area]).toEqual(['¥3,423.75', '¥3,252.56', '托管面积合计 20.75 亩。']);
    expect(zh.guarantees).toEqual([]);
    expect(zh.gainShare).toBeUndefined();
    const en = view(menu, 'en');
    expect(en.lines[0]?.label).toBe('Ploughing');
    expect(en.lines[0]?.unitPrice).toBe('CN¥70.00/mu');
    expect(en.total).toBe('CN¥3,252.56');
  });

  it('menu without a discount has no subtotal line', () => {
    const plain = quoteMenuTrusteeship({
      kind: 'menu',
      catalogue: GAOMI_2014_WHEAT_CATALOGUE,
      crop: 'wheat',
      season: '2014-2015',
      serviceIds: ['wheat-ploughing', 'wheat-harvest'],
      plots: [{ plotId: 'P-01', areaMu: 10.5 }],
    });
    expect(view(plain, 'zh-CN').subtotal).toBeUndefined();
  });

  it('full: the fee per plot, each plot’s guarantee, and the farmer’s share of the gain', () => {
    const zh = view(full, 'zh-CN');
    expect(zh.lines.map((l) => [l.label, l.quantity, l.amount])).toEqual([
      ['全托管服务费（地块 东地）', '20.5 亩', '¥20,500.00'],
      ['全托管服务费（地块 P-12）', '3 亩', '¥3,000.00'],
    ]);
    expect(zh.guarantees).toEqual([
      { plot: '地块 东地', average: '438.7', guaranteed: '438.7' },
      { plot: '地块 P-12', average: '—', guaranteed: '400' },
    ]);
    expect(zh.gainShare).toBe('超出保底产量的增产收益，70%归农户。');
    expect(zh.total).toBe('¥23,500.00');
    expect(view(full, 'en').gainShare).toBe('70% of the gain above the guaranteed yield goes to the farmer.');
  });
});
