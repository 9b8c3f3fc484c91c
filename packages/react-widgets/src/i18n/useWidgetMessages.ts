import { useHezuoLocale } from '../useHezuoLocale';
import { WIDGET_MESSAGES, type WidgetMessages } from './messages';

/** The message catalogue of the provider's locale. */
export function useWidgetMessages(): WidgetMessages {
  return WIDGET_MESSAGES[useHezuoLocale()];
}
