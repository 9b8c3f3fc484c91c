import type { Locale } from '@hezuo/core';
import { renderToString } from 'react-dom/server';
import { HezuoProvider } from '../HezuoProvider';

/** A hook's first state for these props, read through a server render inside a provider. */
export function firstHookState<Props, State>(
  useHook: (props: Props) => State,
  props: Props,
  locale: Locale = 'zh-CN',
): State {
  let state: { value: State } | undefined;
  function Probe(): null {
    state = { value: useHook(props) };
    return null;
  }
  renderToString(
    <HezuoProvider locale={locale}>
      <Probe />
    </HezuoProvider>,
  );
  if (!state) throw new Error('the hook did not run');
  return state.value;
}
