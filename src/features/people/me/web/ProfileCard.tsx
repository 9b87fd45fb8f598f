import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { z } from 'zod';
import { useEditToggle } from '../../../../platform/web/ui/useEditToggle.ts';
import type { Profile } from '../me.contract.ts';
import { formatPhone } from '../../../../platform/shared/phone.ts';
import { PageLoader } from '../../../../platform/web/ui/PageLoader.tsx';

// The form is fetched when someone chooses to edit, not with the page.
const ProfileForm = lazy(async () => ({
  default: (await import('./ProfileForm.tsx')).ProfileForm,
}));

function Detail({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" component="dt">
        {label}
      </Text>
      <Text component="dd" m={0}>
        {value}
      </Text>
    </div>
  );
}

/** My own name, contact details and local group; I can change them here. */
export function ProfileCard({ profile }: { profile: z.output<typeof Profile> }) {
  const intl = useIntl();
  const edit = useEditToggle();
  const missing = intl.formatMessage({ id: 'me.profile.missing' });
  return (
    <Card withBorder component="section" aria-labelledby="profile-heading">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="profile-heading">
          <FormattedMessage id="me.profile.title" />
        </Title>
        {!edit.isOpen && (
          <Button variant="light" size="xs" ref={edit.triggerRef} onClick={edit.open}>
            <FormattedMessage id="me.profile.edit" />
          </Button>
        )}
      </Group>
      {edit.isOpen ? (
        <Suspense fallback={<PageLoader />}>
          <ProfileForm profile={profile} onDone={edit.close} />
        </Suspense>
      ) : (
        <Stack gap="xs" component="dl" m={0}>
          <Detail
            label={intl.formatMessage({ id: 'accounts.name' })}
            value={`${profile.firstName} ${profile.lastName}`}
          />
          <Detail
            label={intl.formatMessage({ id: 'form.email' })}
            value={profile.email ?? missing}
          />
          <Detail
            label={intl.formatMessage({ id: 'form.phone' })}
            value={profile.phone ? formatPhone(profile.phone) : missing}
          />
          <Detail
            label={intl.formatMessage({ id: 'form.localGroup' })}
            value={
              profile.localGroup?.name ?? intl.formatMessage({ id: 'me.profile.noLocalGroup' })
            }
          />
          <Detail
            label={intl.formatMessage({ id: 'me.profile.membership' })}
            value={intl.formatMessage({
              id: profile.isMember ? 'person.member' : 'person.contact',
            })}
          />
        </Stack>
      )}
    </Card>
  );
}
