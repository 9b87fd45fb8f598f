import { useIntl } from 'react-intl';

/** When the account last logged in, or "Aldrig". */
export function LastLogin({ at }: { at: string | null }) {
  const intl = useIntl();
  if (!at) return intl.formatMessage({ id: 'accounts.neverLoggedIn' });
  return (
    <time dateTime={at}>{intl.formatDate(at, { dateStyle: 'medium', timeStyle: 'short' })}</time>
  );
}
