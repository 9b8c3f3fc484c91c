import type { ReactElement } from 'react';
import { defineWidget } from '../widget/defineWidget';
import { FieldNotes } from '../widget/FieldNotes';
import {
  type MembershipApplicationFormProps,
  MembershipApplicationFormPropsSchema,
} from './membershipApplicationProps';
import { type ApplicationField, useMembershipApplicationForm } from './useMembershipApplicationForm';

const ORDER: readonly ApplicationField[] = ['name', 'residentId', 'phone'];

function MembershipApplicationFormView(props: MembershipApplicationFormProps): ReactElement {
  const form = useMembershipApplicationForm(props);
  return (
    <form {...form.formProps}>
      <h2 className="hz-title" {...form.titleProps}>
        {form.title}
      </h2>
      {ORDER.map((name) => {
        const field = form.fields[name];
        return (
          <div key={name} className="hz-field" data-invalid={field.error !== undefined}>
            <label className="hz-label" htmlFor={field.labelProps.htmlFor}>
              {field.label}
            </label>
            <input className="hz-input" type="text" {...field.inputProps} />
            <FieldNotes
              hint={field.hint}
              hintProps={field.hintProps}
              error={field.error}
              errorProps={field.errorProps}
            />
          </div>
        );
      })}
      <button className="hz-button" type="submit">
        {form.submitLabel}
      </button>
      <p className="hz-status" role="status">
        {form.message}
      </p>
    </form>
  );
}

/**
 * A membership application (入社申请): name, resident ID and mobile number, validated with
 * core's rules; the resident ID shows masked whenever its field is not being edited. Errors
 * are announced and focus moves to the first bad field; keyboard only works throughout.
 *
 * @example
 * ```tsx
 * <MembershipApplicationForm asOf="2026-11-29" onSubmit={(app) => save(app)} />
 * ```
 */
export const MembershipApplicationForm: (props: MembershipApplicationFormProps) => ReactElement =
  defineWidget(
    'MembershipApplicationForm',
    MembershipApplicationFormPropsSchema,
    MembershipApplicationFormView,
  );
