/**
 * The standalone bundle for pages with no build step (global `HezuoWidgets`, React included):
 * `HezuoWidgets.mount(element, 'CreditRatingCard', props)`.
 * @internal
 */
export { mount } from './mount/mount';
export { WIDGET_NAMES } from './mount/widgetRegistry';
