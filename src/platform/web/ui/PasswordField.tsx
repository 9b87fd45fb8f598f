import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useIntl } from 'react-intl';

/** A password input whose show/hide button is labelled in the current language. */
export function PasswordField(props: PasswordInputProps) {
  const intl = useIntl();
  return (
    <PasswordInput
      {...props}
      visibilityToggleButtonProps={{
        'aria-label': intl.formatMessage({ id: 'form.togglePasswordVisibility' }),
      }}
    />
  );
}
