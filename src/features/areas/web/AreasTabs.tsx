import { Anchor, Group } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useLocation } from 'react-router';

const tabs = [
  { to: '/areas/map', label: 'areas.tabs.map' },
  { to: '/areas/coverage', label: 'areas.tabs.coverage' },
  { to: '/areas/local-groups', label: 'areas.tabs.groups' },
  { to: '/areas/import', label: 'areas.tabs.import' },
];

/** The areas' pages, one link each; the current one is marked for screen readers too. */
export function AreasTabs() {
  const intl = useIntl();
  const { pathname } = useLocation();
  return (
    <nav aria-label={intl.formatMessage({ id: 'areas.tabs.label' })}>
      <Group gap="md">
        {tabs.map((tab) => (
          <Anchor
            key={tab.to}
            component={Link}
            to={tab.to}
            size="sm"
            fw={pathname === tab.to ? 700 : 400}
            aria-current={pathname === tab.to ? 'page' : undefined}
          >
            <FormattedMessage id={tab.label} />
          </Anchor>
        ))}
      </Group>
    </nav>
  );
}
