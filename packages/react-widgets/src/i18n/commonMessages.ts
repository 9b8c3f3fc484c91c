import type { Locale } from '@hezuo/core';

/**
 * The texts every widget may show whatever it is: its error state. A catalogue of its own, so
 * the error state does not bring every widget's texts into each widget's bundle.
 */
export interface CommonWidgetMessages {
  readonly widgetError: string;
  readonly widgetErrorField: (field: string) => string;
  readonly unknownWidget: (name: string) => string;
}

/** {@link CommonWidgetMessages} in `zh-CN` and `en`; part of `WIDGET_MESSAGES`. @internal */
export const COMMON_WIDGET_MESSAGES: Readonly<Record<Locale, CommonWidgetMessages>> = Object.freeze({
  'zh-CN': {
    widgetError: '此组件无法显示：输入的数据有误。',
    widgetErrorField: (field) => `有误的字段：${field}`,
    unknownWidget: (name) => `没有名为“${name}”的组件。`,
  },
  en: {
    widgetError: 'This widget cannot be shown: its data is not valid.',
    widgetErrorField: (field) => `Field in error: ${field}`,
    unknownWidget: (name) => `There is no widget named "${name}".`,
  },
});
