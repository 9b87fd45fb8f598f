import { Button, Group, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { z } from 'zod';
import { callApi } from '../../../../platform/web/api.ts';
import { ErrorAlert } from '../../../../platform/web/ui/ErrorAlert.tsx';
import { useContractForm } from '../../../../platform/web/ui/useContractForm.ts';
import { CampaignInput, campaignRoutes, type Campaign } from '../campaigns.contract.ts';
import { ColourChoice } from '../../../../platform/web/ui/ColourChoice.tsx';
import {
  OrganizerPersonSearch,
  type PickedPerson,
} from '../../schedule/web/OrganizerPersonSearch.tsx';
import { activitiesQueryKey } from '../../schedule/web/useActivities.ts';
import { campaignsQueryKey } from './useCampaigns.ts';

const messages = {
  'title.too_small': 'campaigns.error.title',
  'endsOn.custom': 'campaigns.error.endsBeforeStart',
  'endsOn.before_start': 'campaigns.error.endsBeforeStart',
  'startsOn.invalid_format': 'activities.error.date',
  'endsOn.invalid_format': 'activities.error.date',
};

/** Creates a campaign, or (with `campaign`) changes it. */
export function CampaignForm({
  campaign,
  onDone,
}: {
  campaign?: z.output<typeof Campaign>;
  onDone?: () => void;
}) {
  const intl = useIntl();
  const queryClient = useQueryClient();
  const blank = { title: '', description: '', startsOn: '', endsOn: '', colour: '#c8102e' };
  const form = useContractForm(
    campaign
      ? {
          title: campaign.title,
          description: campaign.description,
          startsOn: campaign.startsOn ?? '',
          endsOn: campaign.endsOn ?? '',
          colour: campaign.colour,
        }
      : blank,
    { messages },
  );
  const [owner, setOwner] = useState<PickedPerson | null>(campaign?.owner ?? null);
  const save = useMutation({
    mutationFn: (body: z.output<typeof CampaignInput>) =>
      campaign
        ? callApi(campaignRoutes.updateCampaign, { params: { id: campaign.id }, body })
        : callApi(campaignRoutes.createCampaign, { body }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: campaignsQueryKey });
      // Titles and colours show in the calendar.
      if (campaign) await queryClient.invalidateQueries({ queryKey: activitiesQueryKey });
      if (!campaign) {
        form.setValues(blank);
        setOwner(null);
      }
      onDone?.();
    },
    onError: (error) => form.showServerErrors(error),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = form.validate(CampaignInput, {
      ...form.values,
      startsOn: form.values.startsOn || null,
      endsOn: form.values.endsOn || null,
      ownerId: owner?.id ?? null,
    });
    if (body) save.mutate(body);
  }

  const formId = campaign ? `campaign-${campaign.id}` : 'new-campaign';
  return (
    <form ref={form.ref} onSubmit={submit} noValidate>
      <Stack gap="sm">
        {save.isError && !form.handlesError(save.error) && <ErrorAlert error={save.error} />}
        <TextInput
          {...form.field('title')}
          label={intl.formatMessage({ id: 'campaigns.field.title' })}
          required
          maxLength={200}
          autoFocus={Boolean(campaign)}
        />
        <Textarea
          {...form.field('description')}
          label={intl.formatMessage({ id: 'campaigns.field.description' })}
          autosize
          minRows={2}
          maxLength={5000}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            {...form.field('startsOn')}
            type="date"
            label={intl.formatMessage({ id: 'campaigns.field.startsOn' })}
          />
          <TextInput
            {...form.field('endsOn')}
            type="date"
            label={intl.formatMessage({ id: 'campaigns.field.endsOn' })}
          />
        </SimpleGrid>
        <ColourChoice
          label={intl.formatMessage({ id: 'campaigns.field.colour' })}
          name={`${formId}-colour`}
          value={form.values.colour}
          onChange={(colour) => form.setValue('colour', colour)}
        />
        <OrganizerPersonSearch
          label={intl.formatMessage({ id: 'campaigns.field.owner' })}
          value={owner}
          onChange={setOwner}
        />
        <Group gap="sm">
          <Button type="submit" loading={save.isPending}>
            <FormattedMessage id={campaign ? 'common.save' : 'campaigns.create'} />
          </Button>
          {onDone && (
            <Button variant="default" onClick={onDone}>
              <FormattedMessage id="common.cancel" />
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
