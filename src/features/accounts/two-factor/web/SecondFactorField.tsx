import { TextInput } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useIntl } from 'react-intl';
import { useContractForm } from '../../../../platform/web/ui/useContractForm.ts';
import { z } from 'zod';
import { SecondFactorCode } from '../two-factor.contract.ts';

const CodeInput = z.object({ code: SecondFactorCode });

/** A one-field form for a code from the app (or a recovery code). */
export function useCodeForm() {
  const form = useContractForm({ code: '' });
  return {
    ...form,
    /** The typed code when it looks like one; otherwise marks the field and gives null. */
    read(): string | null {
      return form.validate(CodeInput, form.values)?.code ?? null;
    },
  };
}

/**
 * Where the code from the authenticator app is typed: digits on a phone's keyboard, and the
 * browser may fill in a code it received. `either` also takes a recovery code.
 */
export function SecondFactorField({
  field,
  kind,
  focus = false,
}: {
  field: {
    name: string;
    value: string;
    onChange: (event: { currentTarget: { value: string } }) => void;
    error: string | undefined;
  };
  kind: 'app' | 'recovery' | 'either';
  /** Take the focus when shown (the login's code step comes after the password). */
  focus?: boolean;
}) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus, kind]);
  const intl = useIntl();
  return (
    <TextInput
      {...field}
      ref={ref}
      label={intl.formatMessage({ id: `twoFactor.field.${kind}` })}
      description={intl.formatMessage({ id: `twoFactor.field.${kind}.hint` })}
      autoComplete="one-time-code"
      inputMode={kind === 'app' ? 'numeric' : 'text'}
      autoCapitalize="none"
      spellCheck={false}
      maxLength={20}
      required
      w="100%"
      maw={280}
    />
  );
}
