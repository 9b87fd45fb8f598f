import { SegmentedControl } from '@mantine/core';
import { useIntl } from 'react-intl';
import { locales, useLocale, type Locale } from '../i18n/LocaleProvider.tsx';

// Each language is named in itself, so a person who cannot read the current one finds theirs.
const names: Record<Locale, string> = { sv: 'Svenska', en: 'English' };

export function LanguageSwitch({ size = 'xs' }: { size?: 'xs' | 'sm' }) {
  const intl = useIntl();
  const { locale, setLocale } = useLocale();
  return (
    <SegmentedControl
      size={size}
      aria-label={intl.formatMessage({ id: 'nav.language' })}
      value={locale}
      onChange={(value) => setLocale(value as Locale)}
      data={locales.map((value) => ({
        value,
        label: <span lang={value}>{names[value]}</span>,
      }))}
    />
  );
}
