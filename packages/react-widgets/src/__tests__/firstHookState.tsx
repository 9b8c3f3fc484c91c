import type { Locale } from '@hezuo/core';
import { renderToString } from 'react-dom/server';
import { HezuoProvider } from '../HezuoProvider';

/** Runs a hook with props and hands its state out. */
function Probe<Props, State>({
  useHook,
  props,
  onState,
}: {
  readonly useHook: (props: Props) => State;
  readonly props: Props;
  readonly onState: (state: State) => void;
}): null {
  onState(useHook(props));
  return null;
}

/** A hook's first state for these props, read through a server render inside a provider. */
export function firstHookState<Props, State>(
  useHook: (props: Props) => State,
  props: Props,
  locale: Locale = 'zh-CN',
): State {
  let state: { value: State } | undefined;
  renderToString(
    <HezuoProvider locale={locale}>
      <Probe
        useHook={useHook}
        props={props}
        onState={(value: State) => {
          state = { value };
        }}
      />
    </HezuoProvider>,
  );
  if (!state) throw new Error('the hook did not run');
  return state.value;
}
