import { HezuoError } from '@hezuo/core';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { Amount } from './Amount';
import { HezuoProvider } from './HezuoProvider';

function renderError(element: React.ReactElement): unknown {
  const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
  try {
    renderToString(element);
  } catch (e) {
    return e;
  } finally {
    consoleError.mockRestore();
  }
  throw new Error('expected rendering to throw');
}

describe('Amount', () => {
  it('renders ¥1,234.56 in zh-CN by default, without a provider', () => {
    const html = renderToString(<Amount fen={123456} />);
    expect(html).toBe('<span class="hz-amount" data-negative="false" data-zero="false">¥1,234.56</span>');
  });

  it('renders CN¥1,234.56 under an English provider', () => {
    const html = renderToString(
      <HezuoProvider locale="en">
        <Amount fen={123456} />
      </HezuoProvider>,
    );
    expect(html).toContain('>CN¥1,234.56</span>');
  });

  it('lets one amount override the provider locale', () => {
    const html = renderToString(
      <HezuoProvider locale="zh-CN">
        <Amount fen={123456} locale="en" />
        <Amount fen={123456} />
      </HezuoProvider>,
    );
    expect(html).toContain('>CN¥1,234.56<');
    expect(html).toContain('>¥1,234.56<');
  });

  it('marks negative and zero amounts with data attributes', () => {
    expect(renderToString(<Amount fen={-123456} />)).toBe(
      '<span class="hz-amount" data-negative="true" data-zero="false">-¥1,234.56</span>',
    );
    expect(renderToString(<Amount fen={0} />)).toBe(
      '<span class="hz-amount" data-negative="false" data-zero="true">¥0.00</span>',
    );
  });

  it('adds the host class after hz-amount', () => {
    expect(renderToString(<Amount fen={5} className="total strong" />)).toContain(
      'class="hz-amount total strong"',
    );
  });

  it('prints the largest safe amount to the fen', () => {
    expect(renderToString(<Amount fen={Number.MAX_SAFE_INTEGER} />)).toContain('¥90,071,992,547,409.91');
  });

  it.each([
    ['a fractional amount', 1.5],
    ['NaN', Number.NaN],
    ['an unsafe amount', 2 ** 53],
    ['a string', '100' as unknown as number],
  ])('does not render %s: HezuoError INVALID_AMOUNT propagates', (_what, fen) => {
    const error = renderError(<Amount fen={fen} />);
    expect(error).toBeInstanceOf(HezuoError);
    expect(error).toMatchObject({ code: 'INVALID_AMOUNT', path: ['fen'] });
  });

  it('refuses a bad locale override', () => {
    const error = renderError(<Amount fen={1} locale={'fr' as never} />);
    expect(error).toMatchObject({ code: 'INVALID_INPUT', path: ['locale'] });
  });
});
