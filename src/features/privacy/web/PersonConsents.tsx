import { Badge, Button, Card, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { callApi } from '../../../platform/web/api.ts';
import { ErrorAlert } from '../../../platform/web/ui/ErrorAlert.tsx';
import { PageLoader } from '../../../platform/web/ui/PageLoader.tsx';
import { privacyRoutes } from '../privacy.contract.ts';
import { ConsentForm } from './ConsentForm.tsx';

const consentsKey = (personId: string) => ['consents', personId] as const;

/** "Samtycken": what the person agreed to, when, where and in which words; withdrawals stay. */
export function PersonConsents({ personId }: { personId: string }) {
  const intl = useIntl();
  const queryClient = useQueryClient();
  const [isAdding, setIsAdding] = useState(false);
  const consents = useQuery({
    queryKey: consentsKey(personId),
    queryFn: () => callApi(privacyRoutes.listConsents, { params: { id: personId } }),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: consentsKey(personId) });
  const withdraw = useMutation({
    mutationFn: (consentId: string) =>
      callApi(privacyRoutes.withdrawConsent, { params: { id: personId, consentId } }),
    onSuccess: refresh,
  });
  const date = (value: string) => intl.formatDate(value, { dateStyle: 'medium' });

  return (
    <Card withBorder component="section" aria-labelledby="consents-heading">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="consents-heading">
          <FormattedMessage id="privacy.consents.title" />
        </Title>
        {!isAdding && (
          <Button variant="light" size="sm" onClick={() => setIsAdding(true)}>
            <FormattedMessage id="privacy.consents.add" />
          </Button>
        )}
      </Group>
      <Stack gap="sm">
        {isAdding && (
          <ConsentForm
            personId={personId}
            onSaved={() => {
              setIsAdding(false);
              void refresh();
            }}
            onCancel={() => setIsAdding(false)}
          />
        )}
        {withdraw.isError && <ErrorAlert error={withdraw.error} />}
        {consents.isPending ? (
          <PageLoader />
        ) : consents.isError ? (
          <ErrorAlert error={consents.error} onRetry={() => void consents.refetch()} />
        ) : consents.data.items.length === 0 ? (
          <Text size="sm">
            <FormattedMessage id="privacy.consents.empty" />
          </Text>
        ) : (
          consents.data.items.map((consent, index) => (
            <Fragment key={consent.id}>
              {index > 0 && <Divider />}
              <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
                <Stack gap={2} maw="40rem">
                  <Group gap="xs">
                    <Text fw={700}>
                      {intl.formatMessage({ id: `privacy.purpose.${consent.purpose}` })}
                    </Text>
                    {consent.withdrawnAt && (
                      <Badge color="gray" variant="light">
                        <FormattedMessage
                          id="privacy.consents.withdrawnAt"
                          values={{ date: date(consent.withdrawnAt) }}
                        />
                      </Badge>
                    )}
                  </Group>
                  <Text size="sm">
                    <FormattedMessage
                      id="privacy.consents.given"
                      values={{ date: date(consent.givenAt), source: consent.source }}
                    />
                  </Text>
                  <Text size="sm" c="dimmed" className="pre-line">
                    {`”${consent.wording}”`}
                  </Text>
                </Stack>
                {!consent.withdrawnAt && (
                  <Button
                    size="xs"
                    variant="default"
                    loading={withdraw.isPending && withdraw.variables === consent.id}
                    onClick={() => withdraw.mutate(consent.id)}
                    aria-label={intl.formatMessage(
                      { id: 'privacy.consents.withdrawLabel' },
                      { purpose: intl.formatMessage({ id: `privacy.purpose.${consent.purpose}` }) },
                    )}
                  >
                    <FormattedMessage id="privacy.consents.withdraw" />
                  </Button>
                )}
              </Group>
            </Fragment>
          ))
        )}
      </Stack>
    </Card>
  );
}
