import type { agriInput } from '@hezuo/agri-input';
import type { createHezuo, Locale } from '@hezuo/core';
import type { County } from '@hezuo/core/sample';
import type { finance } from '@hezuo/finance';
import type { trusteeship } from '@hezuo/trusteeship';

/** The client the season runs on: core with every plugin. */
export type SeasonClient = ReturnType<
  typeof createHezuo<
    [ReturnType<typeof finance>, ReturnType<typeof trusteeship>, ReturnType<typeof agriInput>]
  >
>;

/** Reports progress of a long step: `done` of `total` items. */
export type Progress = (step: string, done: number, total: number) => void;

/** What every step of the season gets. */
export interface SeasonContext {
  readonly hz: SeasonClient;
  readonly county: County;
  readonly locale: Locale;
  readonly progress: Progress;
  /** The season run live: the last year before the credit drive. */
  readonly seasonYear: number;
}

/** Groups items by a key, keeping their order. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group === undefined) groups.set(k, [item]);
    else group.push(item);
  }
  return groups;
}
