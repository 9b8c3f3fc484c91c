import { isValidResidentId, maskResidentId, parseInput, validateResidentId } from '@hezuo/core';
import { type ChangeEvent, type FormEvent, useId, useRef, useState } from 'react';
import { useWidgetMessages } from '../i18n/useWidgetMessages';
import {
  type MembershipApplication,
  type MembershipApplicationFormProps,
  MembershipApplicationFormPropsSchema,
} from './membershipApplicationProps';

/** The fields of the membership application. */
export type ApplicationField = 'name' | 'residentId' | 'phone';

const FIELDS: readonly ApplicationField[] = ['name', 'residentId', 'phone'];
const MOBILE = /^1\d{10}$/;

/** Prop bags for one field: its label, input and error message. */
export interface ApplicationFieldBag {
  /** The label text, in the locale. */
  readonly label: string;
  /** The error text, when the field is invalid. */
  readonly error: string | undefined;
  /** A hint under the field, when there is one. */
  readonly hint: string | undefined;
  /** Spread on the `<label>`. */
  readonly labelProps: { readonly htmlFor: string };
  /** Spread on the `<input>`. */
  readonly inputProps: {
    readonly id: string;
    readonly name: ApplicationField;
    readonly value: string;
    readonly 'aria-invalid': boolean;
    readonly 'aria-describedby': string | undefined;
    readonly 'aria-required': true;
    readonly autoComplete: string;
    readonly inputMode?: 'numeric' | 'tel';
    readonly onChange: (event: ChangeEvent<HTMLInputElement>) => void;
    readonly onFocus: () => void;
    readonly onBlur: () => void;
    readonly ref?: (element: HTMLInputElement | null) => void;
  };
  /** Spread on the error element. */
  readonly errorProps: { readonly id: string };
  /** Spread on the hint element. */
  readonly hintProps: { readonly id: string };
}

/** What {@link useMembershipApplicationForm} gives the markup. */
export interface MembershipApplicationFormState {
  /** The form title, in the locale. */
  readonly title: string;
  /** `editing`, `invalid` (a submit found errors) or `submitted`. */
  readonly status: 'editing' | 'invalid' | 'submitted';
  /** One bag per field. */
  readonly fields: Readonly<Record<ApplicationField, ApplicationFieldBag>>;
  /** The status line: the error count or the confirmation (with the ID masked). */
  readonly message: string | undefined;
  /** The submit button text. */
  readonly submitLabel: string;
  /** Spread on the `<form>`. */
  readonly formProps: {
    readonly className: string;
    readonly noValidate: true;
    readonly 'aria-labelledby': string;
    readonly 'data-state': 'editing' | 'invalid' | 'submitted';
    readonly onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  };
  /** Spread on the title. */
  readonly titleProps: { readonly id: string };
}

type Values = Record<ApplicationField, string>;
type Errors = Partial<Record<ApplicationField, string>>;

/**
 * The headless part of {@link MembershipApplicationForm}: field values, validation with
 * core's `validateResidentId`, and a resident ID that shows masked (`maskResidentId`) whenever
 * its field is not being edited, so the full number stays out of the DOM. Throws `HezuoError`
 * for bad props.
 *
 * @example
 * ```tsx
 * const form = useMembershipApplicationForm({ onSubmit: save });
 * <form {...form.formProps}><input {...form.fields.name.inputProps} /></form>
 * ```
 */
export function useMembershipApplicationForm(
  props: MembershipApplicationFormProps,
): MembershipApplicationFormState {
  const { asOf, className } = parseInput(MembershipApplicationFormPropsSchema, props, { path: ['props'] });
  const t = useWidgetMessages();
  const baseId = useId();
  const [values, setValues] = useState<Values>({ name: '', residentId: '', phone: '' });
  const [errors, setErrors] = useState<Errors>({});
  const [status, setStatus] = useState<'editing' | 'invalid' | 'submitted'>('editing');
  const [editingId, setEditingId] = useState(false);
  const inputs = useRef<Partial<Record<ApplicationField, HTMLInputElement | null>>>({});
  const idOptions = asOf === undefined ? {} : { asOf };

  const check = (field: ApplicationField, value: string): string | undefined => {
    const text = value.trim();
    if (text === '') return t.applicationRequired;
    if (field === 'name') return text.length > 50 ? t.applicationNameTooLong : undefined;
    if (field === 'residentId')
      return isValidResidentId(text, idOptions) ? undefined : t.applicationInvalidResidentId;
    return MOBILE.test(text) ? undefined : t.applicationInvalidPhone;
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Errors = {};
    for (const field of FIELDS) {
      const error = check(field, values[field]);
      if (error) found[field] = error;
    }
    setErrors(found);
    const firstBad = FIELDS.find((field) => found[field] !== undefined);
    if (firstBad) {
      setStatus('invalid');
      inputs.current[firstBad]?.focus();
      return;
    }
    setStatus('submitted');
    const application: MembershipApplication = {
      name: values.name.trim(),
      residentId: validateResidentId(values.residentId.trim(), idOptions).id,
      phone: values.phone.trim(),
    };
    props.onSubmit?.(application);
  };

  const bag = (field: ApplicationField, label: string, autoComplete: string): ApplicationFieldBag => {
    const id = `${baseId}-${field}`;
    const error = errors[field];
    const hint = field === 'residentId' ? t.applicationResidentIdHint : undefined;
    const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
    const raw = values[field];
    // The ID shows in full only while its field has focus: everywhere else the DOM holds the masked form.
    const shown = field === 'residentId' && !editingId && raw !== '' ? maskResidentId(raw) : raw;
    return {
      label,
      error,
      hint,
      labelProps: { htmlFor: id },
      inputProps: {
        id,
        name: field,
        value: shown,
        'aria-invalid': error !== undefined,
        'aria-describedby': describedBy || undefined,
        'aria-required': true,
        autoComplete,
        ...(field === 'phone' ? { inputMode: 'tel' as const } : {}),
        onChange: (event) => {
          const value = event.target.value;
          setValues((old) => ({ ...old, [field]: value }));
          if (status === 'submitted') setStatus('editing');
        },
        onFocus: () => {
          if (field === 'residentId') setEditingId(true);
        },
        onBlur: () => {
          if (field === 'residentId') setEditingId(false);
          // Re-check a field already marked wrong, so the error clears as soon as it is fixed.
          if (errors[field] !== undefined)
            setErrors((old) => ({ ...old, [field]: check(field, values[field]) }));
        },
        ref: (element) => {
          inputs.current[field] = element;
        },
      },
      errorProps: { id: `${id}-error` },
      hintProps: { id: `${id}-hint` },
    };
  };

  const errorCount = Object.values(errors).filter((e) => e !== undefined).length;
  return {
    title: t.applicationTitle,
    status,
    fields: {
      name: bag('name', t.applicationName, 'name'),
      residentId: bag('residentId', t.applicationResidentId, 'off'),
      phone: bag('phone', t.applicationPhone, 'tel'),
    },
    message:
      status === 'submitted'
        ? t.applicationSubmitted(maskResidentId(values.residentId.trim()))
        : status === 'invalid' && errorCount > 0
          ? t.applicationFixErrors(errorCount)
          : undefined,
    submitLabel: t.applicationSubmit,
    formProps: {
      className: className ? `hz-widget hz-application ${className}` : 'hz-widget hz-application',
      noValidate: true,
      'aria-labelledby': `${baseId}-title`,
      'data-state': status,
      onSubmit,
    },
    titleProps: { id: `${baseId}-title` },
  };
}
