import { describe, expect, it, vi } from 'vitest';
import type { Logger } from '../logging/logger';
import { createEventBus } from './eventBus';

const quietLogger = () =>
  ({
    debug: vi.fn(),
    info: vi.fn(),
    warn: vi.fn(),
    error: vi.fn(),
  }) satisfies Logger;

describe('createEventBus', () => {
  it('delivers typed payloads in order and removes listeners', () => {
    const bus = createEventBus(quietLogger());
    const seen: string[] = [];
    const first = (p: { name: string }) => seen.push(`a:${p.name}`);
    const stop = bus.on('plugin.ready', first);
    bus.on('plugin.ready', (p) => seen.push(`b:${p.name}`));
    expect(bus.emit('plugin.ready', { name: 'finance' })).toBe(true);
    stop();
    bus.emit('plugin.ready', { name: 'trusteeship' });
    expect(seen).toEqual(['a:finance', 'b:finance', 'b:trusteeship']);
    expect(bus.listenerCount('plugin.ready')).toBe(1);
  });

  it('runs once-listeners once and off() removes only the given listener', () => {
    const bus = createEventBus(quietLogger());
    const once = vi.fn();
    const kept = vi.fn();
    bus.once('store.committed', once);
    bus.on('store.committed', kept);
    bus.emit('store.committed', { writes: 1 });
    bus.emit('store.committed', { writes: 2 });
    expect(once).toHaveBeenCalledTimes(1);
    expect(kept).toHaveBeenCalledTimes(2);
    bus.off('store.committed', kept);
    expect(bus.emit('store.committed', { writes: 3 })).toBe(false);
  });

  it('isolates a throwing listener: the others still run, the failure is logged', () => {
    const logger = quietLogger();
    const bus = createEventBus(logger);
    const after = vi.fn();
    bus.on('plugin.ready', () => {
      throw new Error('boom');
    });
    bus.on('plugin.ready', after);
    expect(() => bus.emit('plugin.ready', { name: 'x' })).not.toThrow();
    expect(after).toHaveBeenCalledOnce();
    expect(logger.error).toHaveBeenCalledWith(
      expect.stringContaining('listener'),
      expect.objectContaining({ event: 'plugin.ready' }),
    );
  });

  it('refuses a listener that is not a function', () => {
    const bus = createEventBus(quietLogger());
    expect(() => bus.on('plugin.ready', 'nope' as unknown as () => void)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['listener'] }),
    );
  });
});
