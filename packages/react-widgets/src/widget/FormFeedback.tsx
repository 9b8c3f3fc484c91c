import type { ReactElement } from 'react';

/**
 * The lines under a widget's submit button: a failure the user cannot fix in a field, announced
 * at once (`role="alert"`), and the status of the last request, announced politely.
 * @internal
 */
export function FormFeedback({
  failure,
  message,
}: {
  readonly failure: string | undefined;
  readonly message: string | undefined;
}): ReactElement {
  return (
    <>
      {failure ? (
        <p className="hz-field__error" role="alert">
          {failure}
        </p>
      ) : null}
      <p className="hz-status" role="status">
        {message}
      </p>
    </>
  );
}
