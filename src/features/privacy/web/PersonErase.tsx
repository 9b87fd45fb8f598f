import { Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { callApi } from '../../../platform/web/api.ts';
import { ErrorAlert } from '../../../platform/web/ui/ErrorAlert.tsx';
import { privacyRoutes } from '../privacy.contract.ts';

/** Admins' danger zone: erase a person's personal data for good, after saying what that means. */
export function PersonErase({ personId, name }: { personId: string; name: string }) {
  const intl = useIntl();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [isOpen, setIsOpen] = useState(false);
  const erase = useMutation({
    mutationFn: () =>
      callApi(privacyRoutes.erasePerson, { params: { id: personId }, body: { confirm: true } }),
    onSuccess: async () => {
      setIsOpen(false);
      queryClient.removeQueries({ queryKey: ['people', 'person', personId] });
      await queryClient.invalidateQueries({ queryKey: ['people'] });
      void navigate('/people', { state: { notice: 'privacy.erase.done', name } });
    },
  });
  return (
    <Card
      withBorder
      component="section"
      aria-labelledby="erase-heading"
      style={{ borderColor: 'var(--mantine-color-red-7)' }}
    >
      <Title order={2} size="h4" id="erase-heading" mb="xs">
        <FormattedMessage id="privacy.erase.title" />
      </Title>
      <Text size="sm" mb="sm">
        <FormattedMessage id="privacy.erase.explain" />
      </Text>
      <Button color="red.9" variant="outline" onClick={() => setIsOpen(true)}>
        <FormattedMessage id="privacy.erase.button" />
      </Button>
      <Modal
        opened={isOpen}
        onClose={() => setIsOpen(false)}
        title={intl.formatMessage({ id: 'privacy.erase.confirmTitle' }, { name })}
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
            <Button variant="default" onClick={() => setIsOpen(false)} data-autofocus>
              <FormattedMessage id="common.cancel" />
            </Button>
            <Button color="red.9" onClick={() => erase.mutate()} loading={erase.isPending}>
              <FormattedMessage id="privacy.erase.confirm" />
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
