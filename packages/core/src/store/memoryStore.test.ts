import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from './memoryStore';
import type { Store } from './store';

async function snapshot(store: Store, kinds: string[]) {
  return Object.fromEntries(await Promise.all(kinds.map(async (k) => [k, await store.list(k)])));
}

describe('createMemoryStore', () => {
  it('puts, gets, lists by kind in id order, and deletes', async () => {
    const store = createMemoryStore();
    await store.put('core.member', 'm2', { name: '李四' });
    await store.put('core.member', 'm1', { name: '张三' });
    await store.put('trusteeship.contract', 'c1', { areaMu: 12.5 });
    expect(await store.get('core.member', 'm1')).toEqual({ name: '张三' });
    expect((await store.list('core.member')).map((r) => r.id)).toEqual(['m1', 'm2']);
    expect(await store.delete('core.member', 'm1')).toBe(true);
    expect(await store.delete('core.member', 'm1')).toBe(false);
    expect(await store.get('core.member', 'm1')).toBeUndefined();
    expect(await store.list('core.nothing')).toEqual([]);
  });

  it('keeps a copy of what is written and hands out frozen values: neither side can change the store', async () => {
    const store = createMemoryStore();
    const value = { tags: ['a'], owner: { name: 'Li' } };
    await store.put('core.member', 'm1', value);
    value.tags.push('b');
    const read = await store.get<{ tags: string[]; owner: { name: string } }>('core.member', 'm1');
    expect(() => read?.tags.push('c')).toThrow(TypeError);
    expect(() => {
      if (read) read.owner.name = 'Wang';
    }).toThrow(TypeError);
    const [listed] = await store.list<{ tags: string[] }>('core.member');
    expect(Object.isFrozen(listed?.value.tags)).toBe(true);
    expect(await store.get('core.member', 'm1')).toEqual({ tags: ['a'], owner: { name: 'Li' } });
    // The given value stays the caller's own, unfrozen.
    expect(Object.isFrozen(value)).toBe(false);
  });

  it('applies a transaction all or nothing', async () => {
    const store = createMemoryStore();
    await store.put('core.account', 'a', { balance: 100 });
    await expect(
      store.transaction(async (tx) => {
        await tx.put('core.account', 'a', { balance: 0 });
        await tx.put('core.account', 'b', { balance: 100 });
        expect(await tx.get('core.account', 'b')).toEqual({ balance: 100 }); // reads its own writes
        throw new Error('transfer refused');
      }),
    ).rejects.toMatchObject({ code: 'TRANSACTION_FAILED', details: { cause: 'transfer refused' } });
    expect(await snapshot(store, ['core.account'])).toEqual({
      'core.account': [{ kind: 'core.account', id: 'a', value: { balance: 100 } }],
    });
    const result = await store.transaction(async (tx) => {
      await tx.put('core.account', 'a', { balance: 0 });
      await tx.put('core.account', 'b', { balance: 100 });
      await tx.delete('core.account', 'a');
      return 'done';
    });
    expect(result).toBe('done');
    expect((await store.list('core.account')).map((r) => r.id)).toEqual(['b']);
  });

  it('a failed single write changes nothing and says why', async () => {
    const store = createMemoryStore();
    await store.put('core.member', 'm1', { n: 1 });
    const before = await snapshot(store, ['core.member']);
    const bad: [string, string, unknown, string][] = [
      ['Core', 'm1', { n: 2 }, 'INVALID_INPUT'],
      ['core.member', '', { n: 2 }, 'INVALID_INPUT'],
      ['core.member', 'm1', { n: Number.NaN }, 'INVALID_RECORD'],
      ['core.member', 'm1', { when: new Date(0) }, 'INVALID_RECORD'],
      ['core.member', 'm1', () => 1, 'INVALID_RECORD'],
      ['core.member', 'm1', undefined, 'INVALID_RECORD'],
      ['core.member', 'm1', { big: 1n }, 'INVALID_RECORD'],
    ];
    for (const [kind, id, value, code] of bad) {
      await expect(store.put(kind, id, value)).rejects.toMatchObject({ code });
    }
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    await expect(store.put('core.member', 'm1', cyclic)).rejects.toMatchObject({ code: 'INVALID_RECORD' });
    expect(await snapshot(store, ['core.member'])).toEqual(before);
  });

  it('a transaction whose later write is invalid leaves no trace of its earlier writes', async () => {
    const store = createMemoryStore();
    await expect(
      store.transaction(async (tx) => {
        await tx.put('core.member', 'm1', { ok: true });
        await tx.put('core.member', 'm2', { bad: Number.POSITIVE_INFINITY });
      }),
    ).rejects.toMatchObject({ code: 'INVALID_RECORD', path: ['value', 'bad'] });
    expect(await store.list('core.member')).toEqual([]);
  });

  it('serialises transactions so concurrent read-modify-write never loses an update', async () => {
    const store = createMemoryStore();
    await store.put('core.counter', 'c', { n: 0 });
    await Promise.all(
      Array.from({ length: 50 }, () =>
        store.transaction(async (tx) => {
          const current = (await tx.get<{ n: number }>('core.counter', 'c'))?.n ?? 0;
          await new Promise((resolve) => setTimeout(resolve, 0));
          await tx.put('core.counter', 'c', { n: current + 1 });
        }),
      ),
    );
    expect(await store.get('core.counter', 'c')).toEqual({ n: 50 });
  });

  it('refuses use of a transaction handle after it ended', async () => {
    const store = createMemoryStore();
    let leaked: Parameters<Parameters<Store['transaction']>[0]>[0] | undefined;
    await store.transaction((tx) => {
      leaked = tx;
    });
    await expect(leaked?.put('core.member', 'm1', {})).rejects.toMatchObject({ code: 'TRANSACTION_FAILED' });
    expect(await store.list('core.member')).toEqual([]);
  });

  it('property: a failing transaction never changes the store', async () => {
    const op = fc.record({
      id: fc.constantFrom('a', 'b', 'c'),
      value: fc.oneof(fc.integer(), fc.constant(Number.NaN), fc.string()),
      del: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(op, { maxLength: 8 }),
        fc.array(op, { maxLength: 8 }),
        async (setup, attempt) => {
          const store = createMemoryStore();
          for (const o of setup)
            if (Number.isFinite(o.value) || typeof o.value === 'string')
              await store.put('core.x', o.id, { v: o.value });
          const before = await store.list('core.x');
          await store
            .transaction(async (tx) => {
              for (const o of attempt) {
                if (o.del) await tx.delete('core.x', o.id);
                else await tx.put('core.x', o.id, { v: o.value });
              }
              throw new Error('abort');
            })
            .catch(() => undefined);
          expect(await store.list('core.x')).toEqual(before);
        },
      ),
      { numRuns: 300 },
    );
  });
});
