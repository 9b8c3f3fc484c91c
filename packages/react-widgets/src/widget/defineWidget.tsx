import { hezuoErrorFromZod, safeParseInput } from '@hezuo/core';
import type { ComponentType, ReactElement } from 'react';
import type * as z from 'zod/mini';
import { reportInDevelopment } from './reportInDevelopment';
import { WidgetError } from './WidgetError';
import { WidgetErrorBoundary } from './WidgetErrorBoundary';

/**
 * Wraps a widget's view: props are checked against the schema first (so bad props show the
 * error state on the server too, where error boundaries do not run), then the view renders
 * inside a {@link WidgetErrorBoundary}.
 * @internal
 */
export function defineWidget<Props extends object>(
  name: string,
  schema: z.core.$ZodType,
  View: ComponentType<Props>,
): (props: Props) => ReactElement {
  function Widget(props: Props): ReactElement {
    const parsed = safeParseInput(schema, props);
    if (!parsed.success) {
      const error = hezuoErrorFromZod(parsed.error, { path: ['props'] });
      reportInDevelopment(name, error);
      return <WidgetError widget={name} error={error} />;
    }
    return (
      <WidgetErrorBoundary widget={name}>
        <View {...props} />
      </WidgetErrorBoundary>
    );
  }
  Widget.displayName = name;
  return Widget;
}
