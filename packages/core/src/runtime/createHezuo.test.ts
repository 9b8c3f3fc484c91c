import { describe, expect, it, vi } from 'vitest';
import { CORE_CREDIT_FEATURES } from '../credit/memberFeatures/coreCreditFeatures';
import type { Logger } from '../logging/logger';
import { definePlugin } from '../plugins/plugin';
import { fixedClock } from './clock';
import { createHezuo } from './createHezuo';

const counter = () =>
  definePlugin({
    name: 'counter',
    setup: (ctx) => {
      ctx.credit.register({
        id: 'counter.visits',
        type: 'numeric',
        unit: 'count',
        label: { 'zh-CN': '到访次数', en: 'visits' },
        description: { 'zh-CN': '成员到访次数', en: 'how often the member visited' },
        compute: async ({ memberId, store }) =>
          (await store.list(`counter.visit`)).filter(
            (r) => (r.value as { memberId: string }).memberId === memberId,
          ).length || null,
      });
      return {
        visit: (memberId: string, id: string) =>
          ctx.store.put('counter.visit', id, { memberId, on: ctx.clock.today() }),
      };
    },
  });

const greeter = () =>
  definePlugin({
    name: 'greeter',
    requires: ['counter'],
    setup: (ctx) => {
      const c = ctx.use<ReturnType<ReturnType<typeof counter>['setup']>>('counter');
      return { greet: (who: string) => `你好，${who}`, counterApi: c };
    },
  });

describe('createHezuo', () => {
  it('exposes each plugin API under its name, with the core services', async () => {
    const hz = createHezuo({
      plugins: [counter(), greeter()],
      clock: fixedClock('2026-06-30T23:30:00+08:00'),
    });
    expect(hz.plugins).toEqual(['counter', 'greeter']);
    expect(hz.greeter.greet('张三')).toBe('你好，张三');
    expect(hz.hasPlugin('counter')).toBe(true);
    expect(hz.plugin('greeter')).toBe(hz.greeter);
    expect(hz.locale).toBe('zh-CN');
    await hz.counter.visit('m1', 'v1');
    await hz.counter.visit('m1', 'v2');
    expect(await hz.store.get('counter.visit', 'v1')).toEqual({ memberId: 'm1', on: '2026-06-30' });
    expect(await hz.credit.compute('m1', '2026-06-30', ['counter.visits'])).toEqual({ 'counter.visits': 2 });
    expect(await hz.credit.compute('m9', '2026-06-30', ['counter.visits'])).toEqual({
      'counter.visits': null,
    });
    // The core's own characteristics come first, then each plugin's.
    expect(hz.credit.list().map((f) => [f.id, f.plugin])).toEqual([
      ...CORE_CREDIT_FEATURES.map((f) => [f.id, 'core']),
      ['counter.visits', 'counter'],
    ]);
  });

  it('announces plugin setup and commits on the event bus', async () => {
    const hz = createHezuo({ plugins: [counter()] });
    const commits = vi.fn();
    hz.events.on('store.committed', commits);
    await hz.counter.visit('m1', 'v1');
    await hz.store.transaction(async (tx) => {
      await tx.put('counter.visit', 'v2', { memberId: 'm1' });
      await tx.put('counter.visit', 'v3', { memberId: 'm1' });
    });
    await hz.store.get('counter.visit', 'v1');
    expect(commits.mock.calls).toEqual([[{ writes: 1 }], [{ writes: 2 }]]);
  });

  it('refuses duplicate, malformed and reserved plugins with a path', () => {
    expect(() => createHezuo({ plugins: [counter(), counter()] })).toThrow(
      expect.objectContaining({ code: 'DUPLICATE_PLUGIN', path: ['options', 'plugins', 1, 'name'] }),
    );
    expect(() => createHezuo({ plugins: [{ name: 'store', setup: () => ({}) }] })).toThrow(
      expect.objectContaining({ code: 'INVALID_PLUGIN', path: ['options', 'plugins', 0, 'name'] }),
    );
    expect(() => definePlugin({ name: 'Finance Plugin', setup: () => ({}) })).toThrow(
      expect.objectContaining({ code: 'INVALID_PLUGIN', path: ['plugin', 'name'] }),
    );
    expect(() => createHezuo({ plugins: [{ name: 'x' } as never] })).toThrow(
      expect.objectContaining({ code: 'INVALID_PLUGIN', path: ['options', 'plugins', 0, 'setup'] }),
    );
    expect(() => createHezuo({ plugins: 'finance' as never })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
    expect(() => createHezuo({ clock: {} as never })).toThrow(
      expect.objectContaining({ path: ['options', 'clock'] }),
    );
    expect(() => createHezuo({ colour: 'red' } as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });

  it('requires dependencies to come first, and only they are reachable through ctx.use', () => {
    expect(() => createHezuo({ plugins: [greeter(), counter()] })).toThrow(
      expect.objectContaining({ code: 'PLUGIN_DEPENDENCY', path: ['options', 'plugins', 0, 'requires'] }),
    );
    const sneaky = definePlugin({ name: 'sneaky', setup: (ctx) => ctx.use('counter') });
    expect(() => createHezuo({ plugins: [counter(), sneaky] })).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_PLUGIN' }),
    );
    const hz = createHezuo({ plugins: [counter()] });
    expect(() => hz.plugin('finance')).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_PLUGIN', details: { available: ['counter'] } }),
    );
  });

  it('refuses a duplicate credit characteristic and one outside the plugin namespace', () => {
    const dup = definePlugin({
      name: 'dup',
      setup: (ctx) => {
        const def = {
          id: 'dup.x',
          type: 'numeric' as const,
          label: { 'zh-CN': '甲', en: 'x' },
          description: { 'zh-CN': '甲', en: 'x' },
          compute: () => 1,
        };
        ctx.credit.register(def);
        ctx.credit.register(def);
      },
    });
    expect(() => createHezuo({ plugins: [dup] })).toThrow(
      expect.objectContaining({ code: 'DUPLICATE_CREDIT_FEATURE' }),
    );
    const outside = definePlugin({
      name: 'outside',
      setup: (ctx) =>
        ctx.credit.register({
          id: 'finance.x',
          type: 'numeric',
          label: { 'zh-CN': '甲', en: 'x' },
          description: { 'zh-CN': '甲', en: 'x' },
          compute: () => 1,
        }),
    });
    expect(() => createHezuo({ plugins: [outside] })).toThrow(
      expect.objectContaining({ path: ['definition', 'id'] }),
    );
  });

  it('checks the type of computed characteristics', async () => {
    const broken = definePlugin({
      name: 'broken',
      setup: (ctx) =>
        ctx.credit.register({
          id: 'broken.nan',
          type: 'numeric',
          label: { 'zh-CN': '坏', en: 'bad' },
          description: { 'zh-CN': '坏', en: 'bad' },
          compute: () => Number.NaN,
        }),
    });
    const hz = createHezuo({ plugins: [broken] });
    await expect(hz.credit.compute('m1', '2026-01-01')).rejects.toMatchObject({
      code: 'INVALID_CREDIT_FEATURE_VALUE',
    });
    await expect(hz.credit.compute('m1', '2026-13-01')).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      path: ['asOf'],
    });
    await expect(hz.credit.compute('m1', '2026-01-01', ['nope.x'])).rejects.toMatchObject({
      code: 'UNKNOWN_CREDIT_FEATURE',
    });
  });

  it('logs through the host logger with identifiers masked', () => {
    const logger: Logger = { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const noisy = definePlugin({
      name: 'noisy',
      setup: (ctx) => ctx.logger.info('member 11010519491231002X joined'),
    });
    createHezuo({ plugins: [noisy], logger });
    expect(logger.info).toHaveBeenCalledWith('member 1101**********002X joined', undefined);
  });

  it('the client is frozen', () => {
    const hz = createHezuo({ plugins: [counter()] });
    expect(Object.isFrozen(hz)).toBe(true);
  });
});

describe('fixedClock at the ends of time', () => {
  it('refuses instants whose date would leave the years 0000-9999 at some offset', async () => {
    const { fixedClock } = await import('./clock');
    expect(fixedClock('9999-12-31T00:00:00Z', -600).today()).toBe('9999-12-30');
    expect(() => fixedClock(new Date(8.64e15), 840)).toThrow(/0000 to 9999/);
    expect(() => fixedClock('+010000-01-01T00:00:00Z')).toThrow(/0000 to 9999/);
  });
});
