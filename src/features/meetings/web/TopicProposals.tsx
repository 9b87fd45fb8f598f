import { Badge, Button, Card, Group, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { z } from 'zod';
import { callApi } from '../../../platform/web/api.ts';
import { MeetingErrorAlert as ErrorAlert } from './MeetingErrorAlert.tsx';
import { useContractForm } from '../../../platform/web/ui/useContractForm.ts';
import { meetingRoutes } from '../meetings.contract.ts';
import { TopicProposalInput, type TopicProposal } from '../meeting-plan.contract.ts';
import { useMeetingChange, useTopicProposals } from './useMeetings.ts';

function ProposalForm({ meetingId }: { meetingId: string }) {
  const intl = useIntl();
  const form = useContractForm({ title: '', description: '' });
  const create = useMeetingChange((body: z.input<typeof TopicProposalInput>) =>
    callApi(meetingRoutes.createTopicProposal, { params: { id: meetingId }, body }),
  );
  function submit(event: FormEvent) {
    event.preventDefault();
    const body = form.validate(TopicProposalInput, form.values);
    if (body)
      create.mutate(body, {
        onSuccess: () => form.setValues({ title: '', description: '' }),
        onError: (error) => form.showServerErrors(error),
      });
  }
  return (
    <form ref={form.ref} onSubmit={submit} noValidate>
      <Stack gap="sm">
        {create.isError && !form.handlesError(create.error) && <ErrorAlert error={create.error} />}
        <TextInput
          {...form.field('title')}
          label={intl.formatMessage({ id: 'meetings.proposals.topic' })}
          required
        />
        <Textarea
          {...form.field('description')}
          label={intl.formatMessage({ id: 'meetings.proposals.why' })}
          autosize
          minRows={2}
        />
        <Button type="submit" loading={create.isPending} style={{ alignSelf: 'flex-start' }}>
          <FormattedMessage id="meetings.proposals.submit" />
        </Button>
      </Stack>
    </form>
  );
}

function ProposalRow({
  proposal,
  canManage,
  isOpen,
}: {
  proposal: TopicProposal;
  canManage: boolean;
  isOpen: boolean;
}) {
  const intl = useIntl();
  const id = proposal.id;
  const support = useMeetingChange((on: boolean) =>
    callApi(on ? meetingRoutes.supportTopicProposal : meetingRoutes.unsupportTopicProposal, {
      params: { id },
    }),
  );
  const take = useMeetingChange(() =>
    callApi(meetingRoutes.takeTopicProposal, { params: { id }, body: {} }),
  );
  const remove = useMeetingChange(() =>
    callApi(meetingRoutes.deleteTopicProposal, { params: { id } }),
  );
  const error = support.error ?? take.error ?? remove.error;
  const isTaken = proposal.agendaItemId !== null;
  return (
    <Card withBorder component="li" padding="sm">
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text fw={600}>{proposal.title}</Text>
          <Badge variant="light" tt="none" style={{ flexShrink: 0 }}>
            <FormattedMessage
              id="meetings.proposals.supports"
              values={{ count: proposal.supportCount }}
            />
          </Badge>
        </Group>
        {proposal.description && (
          <Text size="sm" className="pre-line">
            {proposal.description}
          </Text>
        )}
        {proposal.proposer && (
          <Text size="xs" c="dimmed">
            <FormattedMessage
              id="meetings.proposals.by"
              values={{ name: proposal.proposer.name }}
            />
          </Text>
        )}
        {error && <ErrorAlert error={error} />}
        <Group gap="xs">
          {isTaken ? (
            <Badge color="teal.9" variant="outline" tt="none">
              <FormattedMessage id="meetings.proposals.taken" />
            </Badge>
          ) : (
            isOpen && (
              <>
                {!proposal.isMine && (
                  <Button
                    size="compact-sm"
                    variant={proposal.isSupported ? 'filled' : 'light'}
                    aria-pressed={proposal.isSupported}
                    loading={support.isPending}
                    onClick={() => support.mutate(!proposal.isSupported)}
                  >
                    <FormattedMessage
                      id={
                        proposal.isSupported
                          ? 'meetings.proposals.supported'
                          : 'meetings.proposals.support'
                      }
                    />
                  </Button>
                )}
                {canManage && (
                  <Button
                    size="compact-sm"
                    variant="default"
                    loading={take.isPending}
                    onClick={() => take.mutate(undefined)}
                  >
                    <FormattedMessage id="meetings.proposals.take" />
                  </Button>
                )}
                {(proposal.isMine || canManage) && (
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    color="red"
                    loading={remove.isPending}
                    onClick={() => remove.mutate(undefined)}
                    aria-label={intl.formatMessage(
                      { id: 'meetings.proposals.withdrawName' },
                      { title: proposal.title },
                    )}
                  >
                    <FormattedMessage
                      id={proposal.isMine ? 'meetings.proposals.withdraw' : 'common.delete'}
                    />
                  </Button>
                )}
              </>
            )
          )}
        </Group>
      </Stack>
    </Card>
  );
}

/** Members propose topics and support each other's; planners see them ranked and take them up. */
export function TopicProposals({
  meetingId,
  canManage,
  isOpen,
}: {
  meetingId: string;
  canManage: boolean;
  isOpen: boolean;
}) {
  const proposals = useTopicProposals(meetingId);
  const items = proposals.data?.items ?? [];
  // After the meeting, the section only says something if members proposed anything.
  if (!isOpen && items.length === 0) return null;
  return (
    <Card withBorder component="section" aria-labelledby="proposals-heading">
      <Stack gap="md">
        <Title order={2} size="h3" id="proposals-heading">
          <FormattedMessage id="meetings.proposals.title" />
        </Title>
        <Text size="sm">
          <FormattedMessage
            id={isOpen ? 'meetings.proposals.intro' : 'meetings.proposals.closed'}
          />
        </Text>
        {isOpen && <ProposalForm meetingId={meetingId} />}
        {proposals.isError && (
          <ErrorAlert error={proposals.error} onRetry={() => void proposals.refetch()} />
        )}
        {items.length > 0 && (
          <Stack gap="xs" component="ol" className="plain-list" aria-label={undefined}>
            {items.map((p) => (
              <ProposalRow key={p.id} proposal={p} canManage={canManage} isOpen={isOpen} />
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
