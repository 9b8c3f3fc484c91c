import { z } from 'zod';
import type { CreditFeatureRegistrar } from '../credit/featureRegistry';
import { parseInput } from '../errors/fromZod';
import type { EventBus } from '../events/eventBus';
import type { Locale } from '../i18n/locale';
import type { Logger } from '../logging/logger';
import type { Clock } from '../runtime/clock';
import type { Store } from '../store/store';

/** What a plugin receives at setup: the client's shared services. */
export interface PluginContext {
  /** The client's store. */
  readonly store: Store;
  /** The client's event bus. */
  readonly events: EventBus;
  /** The client's clock; pass `clock.today()` to pure domain functions. */
  readonly clock: Clock;
  /** The client's logger (identifiers are masked before the host sees them). */
  readonly logger: Logger;
  /** The client's default locale for user-facing text. */
  readonly locale: Locale;
  /** Where the plugin contributes credit characteristics. */
  readonly credit: CreditFeatureRegistrar;
  /**
   * The API of a plugin set up earlier (one named in {@link HezuoPlugin.requires}).
   * Throws `UNKNOWN_PLUGIN` for any other name.
   */
  use<Api = unknown>(name: string): Api;
}

/**
 * A plugin: a name and a `setup` that returns the API the client exposes under that name.
 * Write plugins with {@link definePlugin} so the name's literal type is kept.
 */
export interface HezuoPlugin<Name extends string = string, Api = unknown> {
  /** The key the API appears under on the client (`client[name]`): camelCase, unique. */
  readonly name: Name;
  /** The plugin's version, for diagnostics. */
  readonly version?: string;
  /** Plugins that must be set up before this one (their APIs are then available through `ctx.use`). */
  readonly requires?: readonly string[];
  /** Builds the plugin's API; called once, in the order plugins are given. */
  setup(ctx: PluginContext): Api;
}

/**
 * Declares a plugin, keeping its name as a literal type so the client's type can expose its API
 * under that name.
 *
 * @example
 * ```ts
 * export const greeter = () =>
 *   definePlugin({ name: 'greeter', setup: (ctx) => ({ hello: () => `你好 ${ctx.clock.today()}` }) });
 * ```
 */
export function definePlugin<const Name extends string, Api>(
  plugin: HezuoPlugin<Name, Api>,
): HezuoPlugin<Name, Api> {
  parseInput(HezuoPluginSchema, plugin, { code: 'INVALID_PLUGIN', path: ['plugin'] });
  return plugin;
}

/** Client keys a plugin may not take. */
export const RESERVED_PLUGIN_NAMES = [
  'core',
  'store',
  'events',
  'clock',
  'logger',
  'locale',
  'credit',
  'cooperatives',
  'plugins',
  'plugin',
  'hasPlugin',
  'then',
  'constructor',
  'prototype',
  'toJSON',
] as const;

/** Schema of a plugin object (its `setup` is checked to be a function). */
export const HezuoPluginSchema = z.object({
  name: z
    .string()
    .regex(/^[a-z][a-zA-Z0-9]{0,63}$/, {
      error: 'a plugin name is camelCase letters and digits, e.g. agriInput',
    })
    .refine((name) => !(RESERVED_PLUGIN_NAMES as readonly string[]).includes(name), {
      error: 'this name is reserved by the client',
    }),
  version: z.string().max(64).optional(),
  requires: z.array(z.string().max(64)).max(64).optional(),
  setup: z.custom<HezuoPlugin['setup']>((v) => typeof v === 'function', {
    error: 'setup must be a function',
  }),
});

/** Turns a union `A | B` into the intersection `A & B` (how plugin APIs are merged). */
export type UnionToIntersection<U> = (U extends unknown ? (arg: U) => void : never) extends (
  arg: infer I,
) => void
  ? I
  : never;

/** The APIs of a list of plugins, merged into one object type keyed by plugin name. */
export type PluginApis<Plugins extends readonly HezuoPlugin[]> = UnionToIntersection<
  {
    [K in keyof Plugins]: Plugins[K] extends HezuoPlugin<infer Name, infer Api>
      ? { readonly [N in Name]: Api }
      : never;
  }[number]
>;
