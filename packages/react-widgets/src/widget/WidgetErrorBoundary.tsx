import { Component, type ErrorInfo, type ReactElement, type ReactNode } from 'react';
import { reportInDevelopment } from './reportInDevelopment';
import { WidgetError } from './WidgetError';

/** Props of {@link WidgetErrorBoundary}. */
export interface WidgetErrorBoundaryProps {
  /** The widget inside, named in the error state. */
  readonly widget: string;
  /** The widget. */
  readonly children?: ReactNode;
}

/** Whether a render failed, and with what. */
interface WidgetErrorBoundaryState {
  /** What the widget threw. */
  readonly error: unknown;
  /** True once a render failed. */
  readonly failed: boolean;
}

// A class, because only class components can catch render errors.
class ErrorBoundary extends Component<WidgetErrorBoundaryProps, WidgetErrorBoundaryState> {
  /** No error yet. */
  override state: WidgetErrorBoundaryState = { error: undefined, failed: false };

  /** Switches to the error state. */
  static getDerivedStateFromError(error: unknown): WidgetErrorBoundaryState {
    return { error, failed: true };
  }

  /** Reports the error to the developer. */
  override componentDidCatch(error: unknown, _info: ErrorInfo): void {
    reportInDevelopment(this.props.widget, error);
  }

  /** The widget, or its error state. */
  override render(): ReactNode {
    if (this.state.failed) return <WidgetError widget={this.props.widget} error={this.state.error} />;
    return this.props.children;
  }
}

/**
 * Catches what a widget throws while rendering in the browser and shows {@link WidgetError}
 * instead, so one bad widget never takes the host page down. Every widget already sits in one;
 * wrap your own components the same way.
 *
 * @example
 * ```tsx
 * <WidgetErrorBoundary widget="MyPanel"><MyPanel /></WidgetErrorBoundary>
 * ```
 */
export function WidgetErrorBoundary(props: WidgetErrorBoundaryProps): ReactElement {
  return <ErrorBoundary {...props} />;
}
