import { EventEmitter } from 'eventemitter3';
import { parseInput } from '../errors/fromZod';
import { HezuoError } from '../errors/HezuoError';
import { type Logger, LoggerSchema } from '../logging/logger';

/**
 * The events a Hezuo client emits, by name, each with its payload. Plugins add their own by
 * declaration merging:
 *
 * ```ts
 * declare module '@hezuo/core' {
 *   interface HezuoEvents {
 *     'trusteeship:contractSigned': { contractId: string };
 *   }
 * }
 * ```
 */
export interface HezuoEvents {
  /** A plugin finished its setup. */
  'plugin.ready': { readonly name: string };
  /** A store transaction committed; `writes` counts the records put or deleted. */
  'store.committed': { readonly writes: number };
  /** A credit characteristic was registered by a plugin. */
  'credit.featureRegistered': { readonly id: string; readonly plugin: string };
  /** A member joined a cooperative (by founding or admission). Ids only, never personal data. */
  'member.joined': { readonly cooperativeId: string; readonly memberId: string; readonly joinedOn: string };
  /** A member gave written notice of exit; membership ends on `effectiveOn`. */
  'member.exitRequested': {
    readonly cooperativeId: string;
    readonly memberId: string;
    readonly noticeOn: string;
    readonly effectiveOn: string;
  };
  /** A member's exit took effect and was settled; `refund` in fen. */
  'member.exited': {
    readonly cooperativeId: string;
    readonly memberId: string;
    readonly exitedOn: string;
    readonly refund: number;
  };
  /** A transaction was posted to a member account or to the non-member totals. */
  'transaction.posted': {
    readonly cooperativeId: string;
    readonly transactionId: string;
    readonly memberId: string | null;
    readonly kind: string;
    readonly amount: number;
  };
  /** A year's surplus was distributed (Arts. 42, 44); `distributable` in fen. */
  'surplus.distributed': {
    readonly cooperativeId: string;
    readonly year: number;
    readonly distributable: number;
    readonly members: number;
  };
  /** A resolution passed at a member meeting. */
  'resolution.passed': {
    readonly cooperativeId: string;
    readonly resolutionId: string;
    readonly subject: string;
  };
  /** A resolution failed (quorum or threshold not reached). */
  'resolution.failed': {
    readonly cooperativeId: string;
    readonly resolutionId: string;
    readonly subject: string;
    readonly reason: string;
  };
}

/** A name in {@link HezuoEvents}. */
export type HezuoEventName = keyof HezuoEvents & string;

/** A listener for one event. */
export type HezuoListener<E extends HezuoEventName> = (payload: HezuoEvents[E]) => void;

/**
 * A typed event bus on eventemitter3. Listeners run synchronously in the order added; a
 * listener that throws is logged and skipped, so one faulty subscriber cannot break the
 * operation that emitted the event or starve the others.
 */
export interface EventBus {
  /** Adds a listener; returns a function that removes it. */
  on<E extends HezuoEventName>(event: E, listener: HezuoListener<E>): () => void;
  /** Adds a listener that runs at most once. */
  once<E extends HezuoEventName>(event: E, listener: HezuoListener<E>): () => void;
  /** Removes a listener added with {@link EventBus.on} or {@link EventBus.once}. */
  off<E extends HezuoEventName>(event: E, listener: HezuoListener<E>): void;
  /** Emits an event; returns whether anybody was listening. */
  emit<E extends HezuoEventName>(event: E, payload: HezuoEvents[E]): boolean;
  /** How many listeners an event has. */
  listenerCount(event: HezuoEventName): number;
}

/** Creates an {@link EventBus}; listener failures are reported to `logger`. */
export function createEventBus(logger: Logger): EventBus {
  parseInput(LoggerSchema, logger, { path: ['logger'] });
  const emitter = new EventEmitter();
  // One shared invoker per event, with the user's listener as its `this`: eventemitter3 then
  // matches `off(event, invoker, listener)` exactly, and every call is guarded.
  const invokers = new Map<string, (this: (payload: unknown) => void, payload: unknown) => void>();
  const invokerFor = (event: string) => {
    let invoker = invokers.get(event);
    if (!invoker) {
      invoker = function guarded(payload) {
        try {
          this(payload);
        } catch (error) {
          logger.error('an event listener threw; it was skipped', { event, error });
        }
      };
      invokers.set(event, invoker);
    }
    return invoker;
  };
  const checkEvent = (event: unknown) => {
    if (typeof event !== 'string' || event.length === 0 || event.length > 128) {
      throw new HezuoError('INVALID_INPUT', 'an event name is a non-empty string', { path: ['event'] });
    }
  };
  const checkListener = (event: unknown, listener: unknown) => {
    checkEvent(event);
    if (typeof listener !== 'function') {
      throw new HezuoError('INVALID_INPUT', 'a listener must be a function', { path: ['listener'] });
    }
  };
  const bus: EventBus = {
    on(event, listener) {
      checkListener(event, listener);
      emitter.on(event, invokerFor(event), listener);
      return () => bus.off(event, listener);
    },
    once(event, listener) {
      checkListener(event, listener);
      emitter.once(event, invokerFor(event), listener);
      return () => bus.off(event, listener);
    },
    off(event, listener) {
      checkEvent(event);
      emitter.off(event, invokerFor(event), listener);
    },
    emit(event, payload) {
      checkEvent(event);
      return emitter.emit(event, payload);
    },
    listenerCount(event) {
      checkEvent(event);
      return emitter.listenerCount(event);
    },
  };
  return bus;
}
