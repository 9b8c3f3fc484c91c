import type { Locale } from '@hezuo/core';
import { describe, expect, it } from 'vitest';
import { firstHookState } from '../__tests__/firstHookState';
import { QUOTE_PROPS } from '../__tests__/fixtures';
import type { TrusteeshipQuoteProps } from './trusteeshipQuoteProps';
import { type TrusteeshipQuoteState, useTrusteeshipQuote } from './useTrusteeshipQuote';

/** The hook's first state for these props, read through a server render. */
function stateOf(props: TrusteeshipQuoteProps, locale: Locale = 'zh-CN'): TrusteeshipQuoteState {
  return firstHookState(useTrusteeshipQuote, props, locale);
}

describe('useTrusteeshipQuote', () => {
  it('offers the kinds, the catalogue’s services with their prices, and the plots', () => {
    const q = stateOf(QUOTE_PROPS);
    expect(q.status).toBe('idle');
    expect(q.kind).toBe('menu');
    expect(q.kinds?.options.map((o) => [o.label, o.detail, o.inputProps.checked])).toEqual([
      ['半托管（菜单式）', '选两项或以上作业，按面积计费', true],
      ['全托管（保姆式）', '¥1,000.00/亩/季，保底产量，增产分成', false],
    ]);
    expect(q.services?.options).toHaveLength(8);
    expect(q.services?.options.filter((o) => o.inputProps.checked).map((o) => o.inputProps.value)).toEqual([
      'wheat-ploughing',
      'wheat-sowing',
      'wheat-spraying',
      'wheat-harvest',
    ]);
    expect(q.services?.options[5]?.label).toBe('统防统治（两遍）');
    expect(q.services?.options[5]?.detail).toBe('¥25.00/亩');
    expect(q.plots.map((p) => [p.legend, p.area.inputProps.value, p.yields.length])).toEqual([
      ['地块 东地', '12.35', 0],
      ['地块 河边地', '8.4', 0],
    ]);
    expect(q.consolidated?.inputProps.checked).toBe(true);
    expect(q.tonnes).toBeUndefined();
    expect(q.result).toBeUndefined();
    expect(q.error).toBeUndefined();
  });

  it('every control has a label bound to it and a unique id', () => {
    const q = stateOf({ ...QUOTE_PROPS, initial: { kind: 'full' } });
    const bags = [...(q.kinds?.options ?? []), ...q.plots.flatMap((p) => [p.area, ...p.yields])];
    const ids = bags.map((b) => b.inputProps.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const bag of bags) {
      expect(bag.labelProps.htmlFor).toBe(bag.inputProps.id);
      expect(bag.label).not.toBe('');
    }
  });

  it('for the full package: no services, the three yields of each plot instead', () => {
    const q = stateOf({ ...QUOTE_PROPS, initial: { kind: 'full' } }, 'en');
    expect(q.kind).toBe('full');
    expect(q.services).toBeUndefined();
    expect(q.consolidated).toBeUndefined();
    expect(q.plots[0]?.yields.map((y) => [y.label, y.inputProps.value])).toEqual([
      ['Three years ago', '420'],
      ['Two years ago', '455'],
      ['Last year', '441'],
    ]);
    expect(q.formProps['data-kind']).toBe('full');
  });

  it('with no props: the Gaomi example catalogue, one empty plot, menu only', () => {
    const q = stateOf({});
    expect(q.kinds).toBeUndefined();
    expect(q.consolidated).toBeUndefined();
    expect(q.services?.options.map((o) => o.inputProps.value)).toHaveLength(8);
    expect(q.plots.map((p) => [p.legend, p.area.inputProps.value])).toEqual([['地块 P-1', '']]);
    expect(q.formProps.className).toBe('hz-widget hz-quote');
  });

  it('throws a HezuoError naming the prop for bad props', () => {
    expect(() => stateOf({ ...QUOTE_PROPS, initial: { serviceIds: ['rice-ploughing'] } })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['props', 'initial', 'serviceIds', 0] }),
    );
    expect(() => stateOf({ initial: { kind: 'full' } })).toThrow(
      expect.objectContaining({ path: ['props', 'initial', 'kind'] }),
    );
    expect(() => stateOf({ crop: 'rice' })).toThrow(expect.objectContaining({ path: ['props', 'crop'] }));
  });
});
