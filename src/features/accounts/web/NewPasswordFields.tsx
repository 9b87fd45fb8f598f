import { Stack } from '@mantine/core';
import { useIntl } from 'react-intl';
import { PasswordField } from '../../../platform/web/ui/PasswordField.tsx';
import type { PasswordContext } from '../password-policy.ts';
import { PasswordStrengthMeter } from './PasswordStrengthMeter.tsx';

interface FieldProps {
  name: string;
  value: string | undefined;
  onChange: (event: { currentTarget: { value: string } }) => void;
  error: string | undefined;
}

/** A new password typed twice, with a strength meter; used by password reset and invitation. */
export function NewPasswordFields({
  password,
  passwordConfirm,
  context,
}: {
  password: FieldProps;
  passwordConfirm: FieldProps;
  /** Whose password it is, as far as the page knows. */
  context: PasswordContext;
}) {
  const intl = useIntl();
  return (
    <Stack gap="md">
      <Stack gap="xs">
        <PasswordField
          {...password}
          label={intl.formatMessage({ id: 'form.newPassword' })}
          description={intl.formatMessage({ id: 'form.newPassword.hint' })}
          autoComplete="new-password"
          required
        />
        <PasswordStrengthMeter
          password={password.value ?? ''}
          context={context}
          hasFieldError={Boolean(password.error)}
        />
      </Stack>
      <PasswordField
        {...passwordConfirm}
        label={intl.formatMessage({ id: 'form.passwordConfirm' })}
        autoComplete="new-password"
        required
      />
    </Stack>
  );
}

/** Message ids for the new-password forms: a reset password must be long, not just present. */
export const newPasswordMessages = {
  'password.too_small': 'error.field.newPassword.too_small',
  'password.too_big': 'error.field.newPassword.too_big',
};
