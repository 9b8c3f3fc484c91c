import { HezuoError, type Locale } from '@hezuo/core';
import type { ComponentType, ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { HezuoProvider } from '../HezuoProvider';
import { useWidgetMessages } from '../i18n/useWidgetMessages';
import { reportInDevelopment } from '../widget/reportInDevelopment';
import { WidgetErrorBoundary } from '../widget/WidgetErrorBoundary';
import { WIDGET_EVENTS, WIDGETS, type WidgetName } from './widgetRegistry';

/** Props for {@link mount}: the widget's own props, plus the locale it speaks. */
export type MountProps = Readonly<Record<string, unknown>> & { readonly locale?: Locale };

/**
 * A handler of a widget event; it receives what the widget's own callback prop does: `submit`
 * (MembershipApplicationForm, `onSubmit`), `plan` (FertilizerPlanner), `schedule` (LoanCalculator),
 * `quote` (InsuranceQuote) and so on, one event per `on…` prop.
 */
export type WidgetEventHandler = (payload: unknown) => void;

/** What {@link mount} returns. */
export interface MountedWidget {
  /** Renders the widget again with new props (they replace the old ones). */
  readonly update: (props: MountProps) => void;
  /** Removes the widget and leaves the element empty. */
  readonly unmount: () => void;
  /** Listens to an event of the widget; returns a function that stops listening. */
  readonly on: (event: string, handler: WidgetEventHandler) => () => void;
}

function UnknownWidget({ name }: { readonly name: string }): ReactElement {
  const t = useWidgetMessages();
  return (
    <div className="hz-widget hz-error" role="alert" data-state="error">
      <p className="hz-error__text">{t.unknownWidget(name)}</p>
    </div>
  );
}

function isElement(value: unknown): value is Element {
  return typeof value === 'object' && value !== null && (value as { nodeType?: unknown }).nodeType === 1;
}

/**
 * Places a widget in a plain HTML page, with no build step: pass the element, the widget's
 * name (see `WIDGET_NAMES`) and its props. An unknown name or bad props render the widget's
 * accessible error state and, in development, explain why in the console; the host page never
 * crashes.
 *
 * @throws HezuoError `INVALID_INPUT` (path `element`) when `element` is not a DOM element
 *
 * @example
 * ```ts
 * const card = HezuoWidgets.mount(document.getElementById('card'), 'CreditRatingCard', { result, locale: 'en' });
 * card.update({ result: next });
 * ```
 */
export function mount(element: Element, widget: string, props: MountProps = {}): MountedWidget {
  if (!isElement(element)) {
    throw new HezuoError('INVALID_INPUT', 'mount needs a DOM element to render into', { path: ['element'] });
  }
  const root = createRoot(element);
  const handlers = new Map<string, Set<WidgetEventHandler>>();
  const known = Object.hasOwn(WIDGETS, widget);
  if (!known) {
    reportInDevelopment(
      'mount',
      new HezuoError(
        'INVALID_INPUT',
        `unknown widget "${widget}": use one of ${Object.keys(WIDGETS).join(', ')}`,
        {
          path: ['widget'],
        },
      ),
    );
  }

  const render = (next: MountProps) => {
    const { locale, ...own } = typeof next === 'object' && next !== null ? next : ({} as MountProps);
    const wired: Record<string, unknown> = { ...own };
    if (known) {
      for (const [event, prop] of Object.entries(WIDGET_EVENTS[widget as WidgetName])) {
        const given = own[prop];
        wired[prop] = (payload: unknown) => {
          if (typeof given === 'function') given(payload);
          for (const handler of handlers.get(event) ?? []) handler(payload);
        };
      }
    }
    const Widget = known
      ? (WIDGETS[widget as WidgetName] as unknown as ComponentType<Record<string, unknown>>)
      : null;
    root.render(
      <WidgetErrorBoundary widget={widget}>
        <HezuoProvider {...(locale === undefined ? {} : { locale })}>
          {Widget ? <Widget {...wired} /> : <UnknownWidget name={widget} />}
        </HezuoProvider>
      </WidgetErrorBoundary>,
    );
  };

  render(props);
  return {
    update: render,
    unmount: () => root.unmount(),
    on: (event, handler) => {
      let set = handlers.get(event);
      if (!set) {
        set = new Set();
        handlers.set(event, set);
      }
      set.add(handler);
      return () => set.delete(handler);
    },
  };
}
