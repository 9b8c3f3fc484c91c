import type { HTMLAttributes, ReactElement } from 'react';

/**
 * The notes under a form field: its hint, then its error, each with the prop bag (the `id` the
 * control's `aria-describedby` points at) the widget's hook gives it.
 * @internal
 */
export function FieldNotes({
  hint,
  hintProps,
  error,
  errorProps,
}: {
  readonly hint?: string | undefined;
  readonly hintProps?: HTMLAttributes<HTMLParagraphElement> | undefined;
  readonly error: string | undefined;
  readonly errorProps: HTMLAttributes<HTMLParagraphElement>;
}): ReactElement {
  return (
    <>
      {hint ? (
        <p className="hz-note" {...hintProps}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="hz-field__error" {...errorProps}>
          {error}
        </p>
      ) : null}
    </>
  );
}
