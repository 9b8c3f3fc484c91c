import { type FuzzTarget, fuzzTotality } from '@hezuo/core/testing';
import fc from 'fast-check';
import { renderToString } from 'react-dom/server';
import { describe, it, vi } from 'vitest';
import { Amount, HezuoProvider } from '../index';

const fen = fc.oneof(fc.integer({ min: -1e12, max: 1e12 }), fc.maxSafeInteger());
const locale = fc.constantFrom(undefined, 'zh-CN', 'en', 'fr');

const TARGETS: readonly FuzzTarget[] = [
  {
    name: '<Amount>',
    arity: 3,
    call: (amount, lang, className) =>
      renderToString(<Amount fen={amount as number} locale={lang as never} className={className as never} />),
    nearlyValid: [fen, locale, fc.constantFrom(undefined, 'total', '')],
  },
  {
    name: '<HezuoProvider>',
    arity: 2,
    call: (lang, client) =>
      renderToString(
        <HezuoProvider locale={lang as never} client={client as never}>
          <Amount fen={1} />
        </HezuoProvider>,
      ),
    nearlyValid: [locale, fc.constant(undefined)],
  },
];

describe('widgets render or throw a HezuoError, whatever their props', () => {
  it('are total over hostile props', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      await fuzzTotality(TARGETS, { numRuns: 300 });
    } finally {
      consoleError.mockRestore();
    }
  });
});
