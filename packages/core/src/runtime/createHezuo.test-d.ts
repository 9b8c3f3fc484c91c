import { describe, expectTypeOf, it } from 'vitest';
import { definePlugin, type HezuoPlugin } from '../plugins/plugin';
import type { Store } from '../store/store';
import { createHezuo, type HezuoClient } from './createHezuo';

const a = () =>
  definePlugin({ name: 'a', setup: () => ({ ping: (n: number) => n + 1, label: 'A' as const }) });
const b = (prefix = '') =>
  definePlugin({ name: 'b', setup: () => ({ shout: (s: string) => `${prefix}${s}!` }) });

describe('createHezuo types', () => {
  it('exposes client.a and client.b with their types', () => {
    const client = createHezuo({ plugins: [a(), b()] });
    expectTypeOf(client.a.ping).toEqualTypeOf<(n: number) => number>();
    expectTypeOf(client.a.label).toEqualTypeOf<'A'>();
    expectTypeOf(client.b.shout).parameters.toEqualTypeOf<[s: string]>();
    expectTypeOf(client.b.shout).returns.toEqualTypeOf<string>();
    expectTypeOf(client.store).toEqualTypeOf<Store>();
    // @ts-expect-error no plugin named c
    client.c;
  });

  it('a client without plugins has only the core', () => {
    const client = createHezuo();
    expectTypeOf(client.plugins).toEqualTypeOf<readonly string[]>();
    // @ts-expect-error no plugins installed
    client.a;
  });

  it('HezuoClient names the type of a client for hosts to pass around', () => {
    const plugins = [a(), b()] as const;
    expectTypeOf(createHezuo({ plugins })).toEqualTypeOf<HezuoClient<typeof plugins>>();
    expectTypeOf(a()).toExtend<HezuoPlugin<'a', unknown>>();
  });
});
