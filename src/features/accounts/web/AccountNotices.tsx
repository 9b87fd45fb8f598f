import { Alert, Button, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { callApi } from '../../../platform/web/api.ts';
import { accountRoutes } from '../accounts.contract.ts';

// Dismissed in this browser only: someone else holding the account (with a link an admin made)
// cannot hide the notice from the person on their own device.
const SEEN_KEY = 'grasrot.seenAccountNotices';

function readSeen(): string[] {
  try {
    const value: unknown = JSON.parse(window.localStorage.getItem(SEEN_KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((id) => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * On "Min sida": an admin made a link for a new password to this account in the last two
 * weeks. With the e-mail the person gets, it makes sure such a link is never a silent takeover.
 */
export function AccountNotices() {
  const intl = useIntl();
  const notices = useQuery({
    queryKey: ['account-notices'],
    queryFn: () => callApi(accountRoutes.listAccountNotices),
  });
  const [seen, setSeen] = useState(readSeen);
  const shown = (notices.data?.items ?? []).filter((notice) => !seen.includes(notice.id));
  if (shown.length === 0) return null;

  function dismiss(id: string) {
    const next = [...seen, id].slice(-50);
    window.localStorage.setItem(SEEN_KEY, JSON.stringify(next));
    setSeen(next);
  }

  return (
    <Stack gap="sm">
      {shown.map((notice) => {
        const values = {
          admin: notice.adminName,
          date: intl.formatDate(notice.createdAt, { dateStyle: 'long' }),
          time: intl.formatTime(notice.createdAt, { timeStyle: 'short' }),
        };
        return (
          <Alert
            key={notice.id}
            color="yellow"
            variant="light"
            title={intl.formatMessage({ id: `notice.${notice.kind}.title` })}
          >
            <Stack gap="xs" align="flex-start">
              <Text size="sm">
                <FormattedMessage
                  id={`notice.${notice.kind}.${notice.adminName ? 'text' : 'textNoName'}`}
                  values={values}
                />
              </Text>
              <Button size="xs" variant="default" onClick={() => dismiss(notice.id)}>
                <FormattedMessage id="notice.dismiss" />
              </Button>
            </Stack>
          </Alert>
        );
      })}
    </Stack>
  );
}
