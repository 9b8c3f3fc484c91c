import { describe, expect, it, vi } from 'vitest';
import type { Logger } from './logger';
import { redactFields, redactingLogger, redactText } from './redact';

describe('redaction of identifiers in logs', () => {
  it('masks resident IDs and credit codes in text', () => {
    expect(redactText('member 11010519491231002X joined 91350100M000100Y43')).toBe(
      'member 1101**********002X joined 9135**********0Y43',
    );
    expect(redactText('legacy 110105491231002.')).toBe('legacy 1101********002.');
    expect(redactText('order 12345 of 2026-06-30')).toBe('order 12345 of 2026-06-30');
  });

  it('masks deep fields, arrays, errors and survives cycles', () => {
    const cyclic: Record<string, unknown> = { id: '440524188001010014' };
    cyclic.self = cyclic;
    const out = redactFields({
      member: cyclic,
      list: ['11010519491231002X'],
      error: new Error('bad 11010519491231002X'),
    });
    expect(out).toEqual({
      member: { id: '4405**********0014', self: '[…]' },
      list: ['1101**********002X'],
      error: { name: 'Error', message: 'bad 1101**********002X' },
    });
  });

  it('wraps a logger so the host never sees the number', () => {
    const inner: Logger = { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const logger = redactingLogger(inner);
    logger.info('checked 11010519491231002X', { id: '11010519491231002X' });
    logger.debug('plain');
    expect(inner.info).toHaveBeenCalledWith('checked 1101**********002X', { id: '1101**********002X' });
    expect(inner.debug).toHaveBeenCalledWith('plain', undefined);
  });
});
