import { useEffect, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import type { z } from 'zod';
import { ApiError } from '../api.ts';
import { fieldErrorMessage } from './error-messages.ts';

type Values = Record<string, string>;

/**
 * State for a form whose fields are named as in a contract schema. Validates in the browser
 * with the same zod schema the server uses, and shows the server's field errors the same way.
 * Input is never cleared on errors.
 */
export function useContractForm<V extends Values>(
  initial: V,
  options: { messages?: Record<string, string> } = {},
) {
  const intl = useIntl();
  const [values, setValues] = useState<V>(initial);
  // field name → error code
  const [errors, setErrors] = useState<Record<string, string>>({});
  const formRef = useRef<HTMLFormElement>(null);
  // After a failed submit, focus moves to the first marked field so it is announced.
  const shouldFocusError = useRef(false);

  useEffect(() => {
    if (!shouldFocusError.current) return;
    shouldFocusError.current = false;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  function setValue(name: keyof V & string, value: string): void {
    setValues((current) => ({ ...current, [name]: value }));
    setErrors((current) => {
      if (!(name in current)) return current;
      const next = { ...current };
      delete next[name];
      return next;
    });
  }

  function errorFor(name: string): string | undefined {
    const code = errors[name];
    return code ? fieldErrorMessage(intl, name, code, options.messages) : undefined;
  }

  /** Props for a Mantine input bound to `name`. */
  function field(name: keyof V & string) {
    return {
      name,
      value: values[name],
      onChange: (event: { currentTarget: { value: string } }) =>
        setValue(name, event.currentTarget.value),
      error: errorFor(name),
    };
  }

  /** Parses `input` with the contract schema; on failure marks the fields and returns null. */
  function validate<S extends z.ZodType>(schema: S, input: unknown): z.output<S> | null {
    const result = schema.safeParse(input);
    if (result.success) {
      setErrors({});
      return result.data;
    }
    const next: Record<string, string> = {};
    for (const issue of result.error.issues) {
      const name = String(issue.path[0] ?? '');
      next[name] ??= issue.code;
    }
    shouldFocusError.current = true;
    setErrors(next);
    return null;
  }

  /** The server's field errors that belong to fields of this form, as field name → code. */
  function formFieldErrors(error: unknown): Record<string, string> {
    const found: Record<string, string> = {};
    if (!(error instanceof ApiError)) return found;
    for (const fieldError of error.fieldErrors) {
      const name = fieldError.path.replace(/^(body|query|params)\./, '').split('.')[0] ?? '';
      if (name in values) found[name] ??= fieldError.code;
    }
    return found;
  }

  /** True when `error` is explained by field errors this form shows next to its fields. */
  function handlesError(error: unknown): boolean {
    return Object.keys(formFieldErrors(error)).length > 0;
  }

  /** Marks the fields a server's problem names (paths like `body.email`). */
  function showServerErrors(error: unknown): void {
    shouldFocusError.current = true;
    setErrors(formFieldErrors(error));
  }

  function markError(name: string, code: string): void {
    shouldFocusError.current = true;
    setErrors((current) => ({ ...current, [name]: code }));
  }

  return {
    /** Pass to `<form ref>` so focus can move to the first field with an error. */
    ref: formRef,
    values,
    setValue,
    setValues,
    field,
    errorFor,
    validate,
    showServerErrors,
    handlesError,
    markError,
    hasErrors: Object.keys(errors).length > 0,
  };
}
