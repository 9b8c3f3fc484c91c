import { describe, expectTypeOf, it } from 'vitest';
import type { CliIo } from './io';
import { run } from './run';

describe('run types', () => {
  it('takes argv and an optional io, and resolves to an exit code', () => {
    expectTypeOf(run).parameters.toEqualTypeOf<[argv: readonly string[], io?: CliIo]>();
    expectTypeOf(run).returns.resolves.toEqualTypeOf<number>();
  });

  it('needs stdout and stderr on io', () => {
    // @ts-expect-error stderr is missing
    void run([], { stdout: () => {} });
  });
});
