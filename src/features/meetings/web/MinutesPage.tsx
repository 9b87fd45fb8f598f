import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { callApi } from '../../../platform/web/api.ts';
import { MeetingErrorAlert as ErrorAlert } from './MeetingErrorAlert.tsx';
import { PageLoader } from '../../../platform/web/ui/PageLoader.tsx';
import { PageTitle } from '../../../platform/web/ui/PageTitle.tsx';
import { meetingRoutes } from '../meetings.contract.ts';
import { MinutesEditor } from './MinutesEditor.tsx';
import { useMeetingChange, useMinutes } from './useMeetings.ts';
import './meetings.css';

const statusColour = {
  none: 'gray.8',
  draft: 'gray.8',
  ready: 'orange.9',
  published: 'teal.9',
} as const;

/** The minutes: written, sent to the adjusters, approved by each, then published to members. */
export function MinutesPage() {
  const intl = useIntl();
  const { id = '' } = useParams();
  const minutes = useMinutes(id);
  const approve = useMeetingChange((readyAt: string) =>
    callApi(meetingRoutes.approveMinutes, { params: { id }, body: { readyAt } }),
  );
  if (minutes.isPending) return <PageLoader />;
  if (minutes.isError) {
    return (
      <Stack gap="md">
        <Anchor component={Link} to={`/meetings/${id}`} size="sm">
          <FormattedMessage id="meetings.back.meeting" />
        </Anchor>
        <PageTitle>{intl.formatMessage({ id: 'meetings.minutes.title' })}</PageTitle>
        <ErrorAlert
          error={minutes.error}
          messages={{ forbidden: 'meetings.minutes.notYet', not_found: 'meetings.minutes.notYet' }}
          onRetry={() => void minutes.refetch()}
        />
      </Stack>
    );
  }
  const m = minutes.data;
  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/meetings/${id}`} size="sm" className="no-print">
        <FormattedMessage id="meetings.back.meeting" />
      </Anchor>
      <PageTitle
        documentTitle={intl.formatMessage(
          { id: 'meetings.minutes.documentTitle' },
          { title: m.title },
        )}
      >
        {intl.formatMessage({ id: 'meetings.minutes.titleFor' }, { title: m.title })}
      </PageTitle>
      <Group gap="sm" className="no-print">
        <Text fw={700} c={statusColour[m.status]}>
          <FormattedMessage id={`meetings.minutesStatus.${m.status}`} />
        </Text>
        {m.status === 'published' && (
          <>
            <Button variant="light" onClick={() => window.print()}>
              <FormattedMessage id="meetings.minutes.print" />
            </Button>
            <Button component="a" href={`/api/meetings/${id}/minutes.pdf`} variant="light" download>
              <FormattedMessage id="meetings.minutes.pdf" />
            </Button>
          </>
        )}
      </Group>
      {m.canApprove && (
        <Card withBorder className="no-print">
          <Stack gap="sm">
            <Text>
              <FormattedMessage id="meetings.minutes.approveIntro" />
            </Text>
            {approve.isError && <ErrorAlert error={approve.error} />}
            <Button
              onClick={() => m.readyAt && approve.mutate(m.readyAt)}
              loading={approve.isPending}
              style={{ alignSelf: 'flex-start' }}
            >
              <FormattedMessage id="meetings.minutes.approve" />
            </Button>
          </Stack>
        </Card>
      )}
      {m.canEdit && m.status !== 'published' && <MinutesEditor minutes={m} />}
      {m.markdown !== null && (
        <Card withBorder component="article" aria-label={m.title}>
          <Stack gap="sm">
            <div className="minutes-text" dangerouslySetInnerHTML={{ __html: m.html }} />
            {m.adjusters.length > 0 && (
              <Stack gap={2}>
                <Title order={3} size="h5">
                  <FormattedMessage id="meetings.minutes.adjusters" />
                </Title>
                {m.adjusters.map((a) => (
                  <Text key={a.person.id} size="sm">
                    {a.approvedAt ? (
                      <FormattedMessage
                        id="meetings.minutes.approvedBy"
                        values={{
                          name: a.person.name,
                          time: intl.formatDate(a.approvedAt, {
                            dateStyle: 'medium',
                            timeStyle: 'short',
                          }),
                        }}
                      />
                    ) : (
                      <FormattedMessage
                        id="meetings.minutes.waitingFor"
                        values={{ name: a.person.name }}
                      />
                    )}
                  </Text>
                ))}
              </Stack>
            )}
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
