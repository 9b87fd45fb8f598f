import { Alert, Anchor, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { z } from 'zod';
import { ErrorAlert } from '../../../platform/web/ui/ErrorAlert.tsx';
import { PageLoader } from '../../../platform/web/ui/PageLoader.tsx';
import type { FlaggedPerson } from '../privacy.contract.ts';
import { useEraseFlagged, useFlaggedPeople } from './useRetention.ts';

type Person = z.output<typeof FlaggedPerson>;

const fullName = (person: Person) => `${person.firstName} ${person.lastName}`;

/** The contacts the rule flags, each with a link to their page and erasure after a warning. */
export function FlaggedPeopleList() {
  const intl = useIntl();
  const flagged = useFlaggedPeople();
  const erase = useEraseFlagged();
  const [chosen, setChosen] = useState<Person | null>(null);
  const [erasedName, setErasedName] = useState<string | null>(null);
  const people = flagged.data?.pages.flatMap((page) => page.items) ?? [];

  function confirm(person: Person) {
    erase.mutate(person.id, {
      onSuccess: () => {
        setErasedName(fullName(person));
        setChosen(null);
      },
    });
  }

  if (flagged.isPending) return <PageLoader />;
  if (flagged.isError && people.length === 0) {
    return <ErrorAlert error={flagged.error} onRetry={() => void flagged.refetch()} />;
  }
  return (
    <Stack gap="sm">
      {erasedName && (
        <Alert color="green" variant="light" role="status">
          <FormattedMessage id="privacy.erase.done" values={{ name: erasedName }} />
        </Alert>
      )}
      {people.length === 0 ? (
        <Text size="sm" c="dimmed">
          <FormattedMessage id="retention.empty" />
        </Text>
      ) : (
        <Stack gap="xs" component="ul" className="plain-list">
          {people.map((person) => (
            <Group
              component="li"
              key={person.id}
              justify="space-between"
              wrap="wrap"
              gap="xs"
              py={6}
              style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
            >
              <div style={{ minWidth: 0 }}>
                <Anchor component={Link} to={`/people/${person.id}`} fw={600}>
                  {fullName(person)}
                </Anchor>
                <Text size="sm" c="dimmed">
                  {person.localGroup?.name ?? intl.formatMessage({ id: 'retention.noGroup' })}
                  {' · '}
                  <FormattedMessage
                    id="retention.lastActivity"
                    values={{
                      date: intl.formatDate(person.lastActivityAt, { dateStyle: 'medium' }),
                    }}
                  />
                </Text>
              </div>
              <Button
                size="xs"
                color="red.9"
                variant="outline"
                onClick={() => setChosen(person)}
                aria-label={intl.formatMessage(
                  { id: 'retention.eraseLabel' },
                  { name: fullName(person) },
                )}
              >
                <FormattedMessage id="retention.erase" />
              </Button>
            </Group>
          ))}
        </Stack>
      )}
      {flagged.hasNextPage && (
        <Button
          variant="default"
          size="sm"
          style={{ alignSelf: 'flex-start' }}
          loading={flagged.isFetchingNextPage}
          onClick={() => void flagged.fetchNextPage()}
        >
          <FormattedMessage id="retention.more" />
        </Button>
      )}
      <Modal
        opened={chosen !== null}
        onClose={() => setChosen(null)}
        title={
          chosen
            ? intl.formatMessage({ id: 'privacy.erase.confirmTitle' }, { name: fullName(chosen) })
            : ''
        }
        centered
        styles={{ title: { fontWeight: 700 } }}
        closeButtonProps={{ 'aria-label': intl.formatMessage({ id: 'common.close' }) }}
      >
        <Stack gap="md">
          <Text size="sm">
            <FormattedMessage id="privacy.erase.explain" />
          </Text>
          <Text size="sm" fw={700}>
            <FormattedMessage id="privacy.erase.final" />
          </Text>
          {erase.isError && <ErrorAlert error={erase.error} />}
          <Group gap="sm" justify="flex-end">
            <Button variant="default" onClick={() => setChosen(null)} data-autofocus>
              <FormattedMessage id="common.cancel" />
            </Button>
            <Button
              color="red.9"
              loading={erase.isPending}
              onClick={() => chosen && confirm(chosen)}
            >
              <FormattedMessage id="privacy.erase.confirm" />
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
