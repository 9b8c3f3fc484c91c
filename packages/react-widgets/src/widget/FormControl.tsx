import type { ChangeEvent, ReactElement } from 'react';
import { FieldNotes } from './FieldNotes';

/** What {@link FormControl} needs of a hook's field bag. @internal */
export interface FormControlField {
  /** `<select>`, or the `type` of the `<input>`. */
  readonly kind: 'select' | 'text' | 'date';
  readonly label: string;
  readonly hint?: string | undefined;
  readonly hintProps?: { readonly id: string };
  readonly error: string | undefined;
  readonly errorProps: { readonly id: string };
  /** The options of a select; empty for an input. */
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly labelProps: { readonly htmlFor: string };
  readonly controlProps: {
    readonly id: string;
    readonly name: string;
    readonly value: string;
    readonly 'aria-invalid': boolean;
    readonly 'aria-describedby': string | undefined;
    readonly 'aria-required'?: true;
    readonly inputMode?: 'decimal' | 'numeric';
    readonly autoComplete?: 'off';
    readonly onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => void;
    readonly ref: (element: HTMLInputElement | HTMLSelectElement | null) => void;
  };
}

/**
 * One labelled form field from a hook's field bag: a `<select>` or an `<input>`, then its hint
 * and error.
 * @internal
 */
export function FormControl({ field }: { readonly field: FormControlField }): ReactElement {
  return (
    <div className="hz-field" data-invalid={field.error !== undefined}>
      <label className="hz-label" htmlFor={field.labelProps.htmlFor}>
        {field.label}
      </label>
      {field.kind === 'select' ? (
        <select className="hz-input" {...field.controlProps}>
          {field.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : (
        <input className="hz-input" type={field.kind} {...field.controlProps} />
      )}
      <FieldNotes
        hint={field.hint}
        hintProps={field.hintProps}
        error={field.error}
        errorProps={field.errorProps}
      />
    </div>
  );
}
