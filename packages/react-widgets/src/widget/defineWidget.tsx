import { hezuoErrorFromZod } from '@hezuo/core';
import type { ComponentType, ReactElement } from 'react';
import type { z } from 'zod';
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
  schema: z.ZodType,
  View: ComponentType<Props>,
): (props: Props) => ReactElement {
  function Widget(props: Props): ReactElement {
    const parsed = schema.safeParse(props);
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
