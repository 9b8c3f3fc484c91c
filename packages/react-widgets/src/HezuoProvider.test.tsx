import { createHezuo, HezuoError } from '@hezuo/core';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { HezuoProvider } from './HezuoProvider';
import { useFormatFen } from './useFormatFen';
import { useHezuoClient } from './useHezuoClient';
import { useHezuoLocale } from './useHezuoLocale';

function Probe() {
  const locale = useHezuoLocale();
  const client = useHezuoClient();
  const format = useFormatFen();
  const parts = [
    locale,
    client ? client.plugins.length : 'none',
    format(-5),
    format(123456, { style: 'decimal' }),
    format(100, { locale: 'en' }),
  ];
  return <output>{parts.join('|')}</output>;
}

describe('HezuoProvider and hooks', () => {
  it('default to zh-CN and no client without a provider', () => {
    expect(renderToString(<Probe />)).toBe('<output>zh-CN|none|-¥0.05|1,234.56|CN¥1.00</output>');
  });

  it('share the provider locale', () => {
    const html = renderToString(
      <HezuoProvider locale="en">
        <Probe />
      </HezuoProvider>,
    );
    expect(html).toContain('en|none|-CN¥0.05|1,234.56|');
  });

  it("share the client and take the client's locale when none is given", () => {
    const hz = createHezuo({ locale: 'en' });
    const html = renderToString(
      <HezuoProvider client={hz}>
        <Probe />
      </HezuoProvider>,
    );
    expect(html).toContain('en|0|-CN¥0.05');
    expect(
      renderToString(
        <HezuoProvider client={hz} locale="zh-CN">
          <Probe />
        </HezuoProvider>,
      ),
    ).toContain('zh-CN|0|-¥0.05');
  });

  it.each([
    ['an unknown locale', { locale: 'fr' }, ['props', 'locale']],
    ['something that is not a client', { client: { locale: 'en' } }, ['props', 'client']],
  ])('throw HezuoError INVALID_INPUT for %s', (_what, props, path) => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      renderToString(<HezuoProvider {...(props as object)} />);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(HezuoError);
      expect(e).toMatchObject({ code: 'INVALID_INPUT', path });
    } finally {
      consoleError.mockRestore();
    }
  });

  it('touch no DOM (server rendering in Node)', () => {
    expect(typeof document).toBe('undefined');
    expect(typeof window).toBe('undefined');
  });
});
