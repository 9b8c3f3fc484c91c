import { isHezuoError } from '@hezuo/core';
import type { ReactElement } from 'react';
import { COMMON_WIDGET_MESSAGES } from '../i18n/commonMessages';
import { useHezuoLocale } from '../useHezuoLocale';

/** Props of {@link WidgetError}. */
export interface WidgetErrorProps {
  /** The widget that failed, e.g. `CreditRatingCard`. */
  readonly widget: string;
  /** What went wrong: a `HezuoError` names the bad field. */
  readonly error: unknown;
}

const isSegment = (segment: unknown) => typeof segment === 'string' || typeof segment === 'number';

/** The widget name as an attribute: whatever arrived, never a crash. @internal */
export const safeName = (widget: unknown): string =>
  typeof widget === 'string' ? widget.slice(0, 100) : 'widget';

/**
 * The visible, accessible error state every widget falls back to (`role="alert"`): a
 * sentence in the locale and, for a `HezuoError`, the path of the bad field. Never a blank box.
 */
export function WidgetError({ widget, error }: WidgetErrorProps): ReactElement {
  // Its own small catalogue: a widget's bundle need not carry every other widget's texts.
  const t = COMMON_WIDGET_MESSAGES[useHezuoLocale()];
  const path = isHezuoError(error) && Array.isArray(error.path) ? error.path.filter(isSegment).join('.') : '';
  return (
    <div className="hz-widget hz-error" role="alert" data-widget={safeName(widget)} data-state="error">
      <p className="hz-error__text">{t.widgetError}</p>
      {path ? <p className="hz-error__field">{t.widgetErrorField(path)}</p> : null}
    </div>
  );
}
