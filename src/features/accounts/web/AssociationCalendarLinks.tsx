import { Anchor, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { FormattedMessage } from 'react-intl';
import { callApi } from '../../../platform/web/api.ts';
import { organizationRoutes } from '../../organizations/organizations.contract.ts';

/**
 * For a visitor who came to log in but only wants to see what is on: each association's public
 * calendar (served by the server: a whole page load). Nothing while loading or on error.
 */
export function AssociationCalendarLinks() {
  const associations = useQuery({
    queryKey: ['public-associations'],
    queryFn: () => callApi(organizationRoutes.listPublicAssociations),
    staleTime: Infinity,
  });
  const items = associations.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Stack gap={4} component="section" aria-labelledby="login-public">
      <Text fw={700} id="login-public">
        <FormattedMessage id="login.public.title" />
      </Text>
      {items.map((association) => (
        <Anchor key={association.slug} href={`/o/${association.slug}`}>
          <FormattedMessage id="login.public.link" values={{ name: association.name }} />
        </Anchor>
      ))}
    </Stack>
  );
}
