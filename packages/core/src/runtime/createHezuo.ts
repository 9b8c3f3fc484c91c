import { z } from 'zod';
import { type CreditFeatureRegistry, createCreditFeatureRegistry } from '../credit/featureRegistry';
import { CORE_CREDIT_FEATURES } from '../credit/memberFeatures/coreCreditFeatures';
import { describeValue } from '../errors/describeValue';
import { parseInput } from '../errors/fromZod';
import { HezuoError } from '../errors/HezuoError';
import { createEventBus, type EventBus } from '../events/eventBus';
import { DEFAULT_LOCALE, type Locale, LocaleSchema } from '../i18n/locale';
import { type Logger, LoggerSchema, silentLogger } from '../logging/logger';
import { redactingLogger } from '../logging/redact';
import { type HezuoPlugin, HezuoPluginSchema, type PluginApis, type PluginContext } from '../plugins/plugin';
import { createMemoryStore } from '../store/memoryStore';
import type { Store } from '../store/store';
import { type Clock, systemClock } from './clock';
import { type CooperativesApi, createCooperativesApi } from './cooperativesApi';
import { observeCommits } from './observeCommits';
import { objectWith } from './shapes';

/** Options for {@link createHezuo}. */
export interface HezuoOptions<Plugins extends readonly HezuoPlugin[] = readonly HezuoPlugin[]> {
  /** Plugins, set up in this order; each one's API appears on the client under its name. */
  readonly plugins?: Plugins;
  /** Where records live; an in-memory store by default. */
  readonly store?: Store;
  /** Where time comes from; the system clock (China Standard Time dates) by default. */
  readonly clock?: Clock;
  /** Where logs go; silent by default. Identifiers are masked before they reach it. */
  readonly logger?: Logger;
  /** Default locale of user-facing text; `zh-CN` unless told. */
  readonly locale?: Locale;
}

/** What every client has, whatever its plugins. */
export interface HezuoCore {
  /** The store records live in. */
  readonly store: Store;
  /** The typed event bus. */
  readonly events: EventBus;
  /** The clock. */
  readonly clock: Clock;
  /** The logger (masking identifiers). */
  readonly logger: Logger;
  /** Default locale of user-facing text. */
  readonly locale: Locale;
  /** Credit characteristics contributed by the plugins. */
  readonly credit: CreditFeatureRegistry;
  /** Cooperatives: founding, membership, exits, member accounts, kept in the store. */
  readonly cooperatives: CooperativesApi;
  /** The names of the plugins, in setup order. */
  readonly plugins: readonly string[];
  /** True when a plugin of that name is installed. */
  hasPlugin(name: string): boolean;
  /** A plugin's API by name, for code that only knows the name at run time; throws `UNKNOWN_PLUGIN`. */
  plugin<Api = unknown>(name: string): Api;
}

/** A client: the core services plus each plugin's API under the plugin's name. */
export type HezuoClient<Plugins extends readonly HezuoPlugin[] = readonly []> = HezuoCore &
  PluginApis<Plugins>;

/** Schema of {@link HezuoOptions}. */
export const HezuoOptionsSchema = z.strictObject({
  plugins: z.array(z.unknown()).max(64).optional(),
  store: objectWith(['get', 'put', 'delete', 'list', 'transaction'], 'Store').optional(),
  clock: objectWith(['now', 'today'], 'Clock').optional(),
  logger: LoggerSchema.optional(),
  locale: z.optional(LocaleSchema),
});

/**
 * Creates a Hezuo client. Plugins are set up in order; the client's type merges each one's
 * API under its name, so `createHezuo({ plugins: [finance()] }).finance` is fully typed.
 *
 * @throws HezuoError `INVALID_PLUGIN`, `DUPLICATE_PLUGIN`, `PLUGIN_DEPENDENCY`, `INVALID_INPUT`
 *
 * @example
 * ```ts
 * import { createHezuo, fixedClock } from '@hezuo/core';
 * import { trusteeship } from '@hezuo/trusteeship';
 *
 * const hz = createHezuo({ plugins: [trusteeship()], clock: fixedClock('2026-06-30T00:00:00+08:00') });
 * hz.trusteeship; // typed API
 * ```
 */
export function createHezuo<const Plugins extends readonly HezuoPlugin[] = readonly []>(
  options: HezuoOptions<Plugins> = {},
): HezuoClient<Plugins> {
  parseInput(HezuoOptionsSchema, options, { path: ['options'] });
  const plugins: readonly HezuoPlugin[] = options.plugins ?? [];
  const names = new Set<string>();
  plugins.forEach((plugin, index) => {
    parseInput(HezuoPluginSchema, plugin, { code: 'INVALID_PLUGIN', path: ['options', 'plugins', index] });
    if (names.has(plugin.name)) {
      throw new HezuoError('DUPLICATE_PLUGIN', `two plugins are named "${plugin.name}"`, {
        path: ['options', 'plugins', index, 'name'],
      });
    }
    for (const required of plugin.requires ?? []) {
      if (!names.has(required)) {
        throw new HezuoError(
          'PLUGIN_DEPENDENCY',
          `plugin "${plugin.name}" needs plugin "${required}" set up before it: add it earlier in the list`,
          {
            path: ['options', 'plugins', index, 'requires'],
            details: { plugin: plugin.name, requires: required },
          },
        );
      }
    }
    names.add(plugin.name);
  });

  const logger = redactingLogger(options.logger ?? silentLogger);
  const events = createEventBus(logger);
  const store = observeCommits(options.store ?? createMemoryStore(), events);
  const clock = options.clock ?? systemClock();
  const locale = options.locale ?? DEFAULT_LOCALE;
  const { registry, registrarFor } = createCreditFeatureRegistry(store, events);
  const coreFeatures = registrarFor('core');
  for (const feature of CORE_CREDIT_FEATURES) coreFeatures.register(feature);

  const apis = new Map<string, unknown>();
  const lookup = <Api>(name: string, allowed: (name: string) => boolean): Api => {
    if (typeof name !== 'string' || !apis.has(name) || !allowed(name)) {
      throw new HezuoError('UNKNOWN_PLUGIN', `no plugin named "${describeValue(name)}" is available here`, {
        path: ['name'],
        details: { available: [...apis.keys()].filter(allowed) },
      });
    }
    return apis.get(name) as Api;
  };

  for (const plugin of plugins) {
    const requires = new Set(plugin.requires ?? []);
    const context: PluginContext = {
      store,
      events,
      clock,
      logger,
      locale,
      credit: registrarFor(plugin.name),
      use: (name) => lookup(name, (n) => requires.has(n)),
    };
    apis.set(plugin.name, plugin.setup(context));
    events.emit('plugin.ready', { name: plugin.name });
  }

  const core: HezuoCore = {
    store,
    events,
    clock,
    logger,
    locale,
    credit: registry,
    cooperatives: createCooperativesApi(store, events),
    plugins: Object.freeze([...apis.keys()]),
    hasPlugin: (name) => apis.has(name),
    plugin: (name) => lookup(name, () => true),
  };
  return Object.freeze(
    Object.assign(Object.create(null), core, Object.fromEntries(apis)),
  ) as HezuoClient<Plugins>;
}
