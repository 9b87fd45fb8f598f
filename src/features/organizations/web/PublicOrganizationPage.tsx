import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { ApiError, callApi } from '../../../platform/web/api.ts';
import { ErrorAlert } from '../../../platform/web/ui/ErrorAlert.tsx';
import { NotFoundPage } from '../../../platform/web/ui/NotFoundPage.tsx';
import { PageLoader } from '../../../platform/web/ui/PageLoader.tsx';
import { PageTitle } from '../../../platform/web/ui/PageTitle.tsx';
import { Slot } from '../../../platform/web/ui/slots.tsx';
import { organizationRoutes } from '../organizations.contract.ts';

/** `/o/:slug`: what an association shows the public. No login, kept light. */
export function PublicOrganizationPage() {
  const intl = useIntl();
  const { slug = '' } = useParams();
  const organization = useQuery({
    queryKey: ['public-organization', slug],
    queryFn: () => callApi(organizationRoutes.publicOrganization, { params: { slug } }),
  });

  if (organization.isPending) return <PageLoader />;
  if (organization.isError) {
    if (organization.error instanceof ApiError && organization.error.code === 'not_found') {
      return <NotFoundPage />;
    }
    return (
      <Stack gap="md">
        <PageTitle>{intl.formatMessage({ id: 'error.pageTitle' })}</PageTitle>
        <ErrorAlert error={organization.error} onRetry={() => void organization.refetch()} />
      </Stack>
    );
  }
  const { name, ancestors, localGroups } = organization.data;
  return (
    <Stack gap="lg" className="wide-page">
      {ancestors.length > 0 && (
        // Plain text: only associations have a public page.
        <ol className="breadcrumbs" aria-label={intl.formatMessage({ id: 'public.partOf' })}>
          {ancestors.map((ancestor) => (
            <li key={ancestor.slug}>
              <Text size="sm" span>
                {ancestor.name}
              </Text>
            </li>
          ))}
        </ol>
      )}
      <PageTitle>{name}</PageTitle>
      {/* The kalendarium, placed here by the activities module. */}
      <Slot name="organization:public" props={{ slug }} />
      <section aria-labelledby="public-groups">
        <Title order={2} size="h3" id="public-groups" mb="sm">
          <FormattedMessage id="groups.title" />
        </Title>
        {localGroups.length === 0 ? (
          <Text c="dimmed">
            <FormattedMessage id="public.noGroups" />
          </Text>
        ) : (
          <Stack gap="sm">
            {localGroups.map((group) => (
              <Card key={group.id} withBorder>
                <Title order={3} size="h5">
                  <Anchor component={Link} to={`/o/${slug}/groups/${group.id}`}>
                    {group.name}
                  </Anchor>
                </Title>
                {group.areaDescription && (
                  <Text size="sm" className="pre-line">
                    {group.areaDescription}
                  </Text>
                )}
              </Card>
            ))}
          </Stack>
        )}
      </section>
      <Text size="sm">
        <Anchor component={Link} to="/login">
          <FormattedMessage id="public.memberLogin" />
        </Anchor>
      </Text>
    </Stack>
  );
}
