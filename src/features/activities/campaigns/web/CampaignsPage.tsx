import { Anchor, Button, Card, ColorSwatch, Group, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { z } from 'zod';
import { callApi } from '../../../../platform/web/api.ts';
import { ErrorAlert } from '../../../../platform/web/ui/ErrorAlert.tsx';
import { PageLoader } from '../../../../platform/web/ui/PageLoader.tsx';
import { PageTitle } from '../../../../platform/web/ui/PageTitle.tsx';
import { useEditToggle } from '../../../../platform/web/ui/useEditToggle.ts';
import { hasRole, useCurrentSession } from '../../../../platform/web/ui/useSession.ts';
import { campaignRoutes, type Campaign } from '../campaigns.contract.ts';
import { CampaignForm } from './CampaignForm.tsx';
import { dayAsDate } from '../../schedule/web/calendar-time.ts';
import { ConfirmDelete } from '../../../../platform/web/ui/ConfirmDelete.tsx';
import { activitiesQueryKey } from '../../schedule/web/useActivities.ts';
import { campaignsQueryKey, useCampaigns } from './useCampaigns.ts';

function CampaignRow({
  campaign,
  canChange,
}: {
  campaign: z.output<typeof Campaign>;
  canChange: boolean;
}) {
  const intl = useIntl();
  const queryClient = useQueryClient();
  const edit = useEditToggle();
  const day = (date: string) => intl.formatDate(dayAsDate(date), { dateStyle: 'medium' });
  const period =
    campaign.startsOn || campaign.endsOn
      ? `${campaign.startsOn ? day(campaign.startsOn) : ''}–${campaign.endsOn ? day(campaign.endsOn) : ''}`
      : null;
  if (edit.isOpen) {
    return (
      <li className="tag-row">
        <CampaignForm campaign={campaign} onDone={edit.close} />
      </li>
    );
  }
  return (
    <li className="tag-row">
      <Group justify="space-between" wrap="wrap" gap="xs" align="flex-start">
        <Group gap="sm" align="flex-start" wrap="nowrap">
          <ColorSwatch color={campaign.colour} size={18} mt={4} aria-hidden="true" />
          <div>
            <Text fw={600}>{campaign.title}</Text>
            <Text size="sm" c="dimmed">
              {[period, campaign.owner?.name].filter(Boolean).join(' · ')}
            </Text>
            {campaign.description && (
              <Text size="sm" className="pre-line" lineClamp={3}>
                {campaign.description}
              </Text>
            )}
            <Anchor
              component={Link}
              to={`/activities?view=list&campaignId=${campaign.id}${campaign.startsOn ? `&date=${campaign.startsOn}` : ''}`}
              size="sm"
            >
              <FormattedMessage
                id="campaigns.activityCount"
                values={{ count: campaign.activityCount }}
              />
            </Anchor>
          </div>
        </Group>
        {canChange && (
          <Group gap={4}>
            <Button
              size="xs"
              variant="subtle"
              ref={edit.triggerRef}
              onClick={edit.open}
              aria-label={intl.formatMessage(
                { id: 'campaigns.editNamed' },
                { title: campaign.title },
              )}
            >
              <FormattedMessage id="campaigns.edit" />
            </Button>
            <ConfirmDelete
              buttonLabel={intl.formatMessage(
                { id: 'campaigns.deleteNamed' },
                { title: campaign.title },
              )}
              title={intl.formatMessage(
                { id: 'campaigns.confirmDelete' },
                { title: campaign.title },
              )}
              text={intl.formatMessage(
                { id: 'campaigns.confirmDeleteText' },
                { count: campaign.activityCount },
              )}
              onDelete={() =>
                callApi(campaignRoutes.deleteCampaign, { params: { id: campaign.id } })
              }
              onDeleted={() =>
                Promise.all([
                  queryClient.invalidateQueries({ queryKey: campaignsQueryKey }),
                  queryClient.invalidateQueries({ queryKey: activitiesQueryKey }),
                ])
              }
            />
          </Group>
        )}
      </Group>
    </li>
  );
}

/** "Kampanjer": every campaign with its period, colour and owner; organizers create and change them. */
export function CampaignsPage() {
  const intl = useIntl();
  const session = useCurrentSession();
  const canChange = hasRole(session, 'organizer');
  const campaigns = useCampaigns();
  return (
    <Stack gap="lg">
      <PageTitle>{intl.formatMessage({ id: 'campaigns.title' })}</PageTitle>
      <Text>
        <FormattedMessage id="campaigns.intro" />
      </Text>
      {canChange && (
        <Card withBorder component="section" aria-labelledby="new-campaign-heading">
          <Title order={2} size="h4" id="new-campaign-heading" mb="sm">
            <FormattedMessage id="campaigns.new" />
          </Title>
          <CampaignForm />
        </Card>
      )}
      <Card withBorder component="section" aria-labelledby="campaigns-heading">
        <Title order={2} size="h4" id="campaigns-heading" mb="xs">
          <FormattedMessage id="campaigns.all" />
        </Title>
        {campaigns.isPending ? (
          <PageLoader />
        ) : campaigns.isError ? (
          <ErrorAlert error={campaigns.error} onRetry={() => void campaigns.refetch()} />
        ) : campaigns.data.items.length === 0 ? (
          <Text size="sm" c="dimmed">
            <FormattedMessage id="campaigns.none" />
          </Text>
        ) : (
          <ul className="plain-list tag-list">
            {campaigns.data.items.map((campaign) => (
              <CampaignRow key={campaign.id} campaign={campaign} canChange={canChange} />
            ))}
          </ul>
        )}
      </Card>
    </Stack>
  );
}
