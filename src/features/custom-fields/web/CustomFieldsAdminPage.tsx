import { Card, Divider, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Fragment } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { callApi } from '../../../platform/web/api.ts';
import { ErrorAlert } from '../../../platform/web/ui/ErrorAlert.tsx';
import { PageLoader } from '../../../platform/web/ui/PageLoader.tsx';
import { PageTitle } from '../../../platform/web/ui/PageTitle.tsx';
import { customFieldRoutes, type CustomField } from '../custom-fields.contract.ts';
import { CustomFieldForm } from './CustomFieldForm.tsx';
import { CustomFieldRow } from './CustomFieldRow.tsx';
import { customFieldsQueryKey, useCustomFields } from './useCustomFields.ts';

/** "Egna fält": the association's own fields on every person record, in order. */
export function CustomFieldsAdminPage() {
  const intl = useIntl();
  const queryClient = useQueryClient();
  const fields = useCustomFields();
  const refresh = () => queryClient.invalidateQueries({ queryKey: customFieldsQueryKey });

  const move = useMutation({
    // Renumbers every field whose place changed, so equal or gapped positions sort out too.
    mutationFn: async ({
      items,
      index,
      step,
    }: {
      items: CustomField[];
      index: number;
      step: -1 | 1;
    }) => {
      const order = [...items];
      const [moved] = order.splice(index, 1);
      order.splice(index + step, 0, moved!);
      for (const [position, field] of order.entries()) {
        if (field.position !== position) {
          await callApi(customFieldRoutes.updateCustomField, {
            params: { id: field.id },
            body: { position },
          });
        }
      }
    },
    onSettled: refresh,
  });

  return (
    <Stack gap="lg">
      <PageTitle>{intl.formatMessage({ id: 'customFields.title' })}</PageTitle>
      <Text>
        <FormattedMessage id="customFields.intro" />
      </Text>
      <Card withBorder component="section" aria-labelledby="fields-heading">
        <Title order={2} size="h4" id="fields-heading" mb="sm">
          <FormattedMessage id="customFields.listTitle" />
        </Title>
        {fields.isPending ? (
          <PageLoader />
        ) : fields.isError ? (
          <ErrorAlert error={fields.error} onRetry={() => void fields.refetch()} />
        ) : fields.data.items.length === 0 ? (
          <Text>
            <FormattedMessage id="customFields.empty" />
          </Text>
        ) : (
          <Stack gap="sm">
            {move.isError && <ErrorAlert error={move.error} />}
            {fields.data.items.map((field, index, items) => (
              <Fragment key={field.id}>
                {index > 0 && <Divider />}
                <CustomFieldRow
                  field={field}
                  isFirst={index === 0}
                  isLast={index === items.length - 1}
                  onMove={(step) => move.mutate({ items, index, step })}
                  onChanged={refresh}
                />
              </Fragment>
            ))}
          </Stack>
        )}
      </Card>
      <Card withBorder component="section" aria-labelledby="new-field-heading">
        <Title order={2} size="h4" id="new-field-heading" mb="sm">
          <FormattedMessage id="customFields.newTitle" />
        </Title>
        <CustomFieldForm
          save={(body) => callApi(customFieldRoutes.createCustomField, { body })}
          onDone={() => void refresh()}
        />
      </Card>
    </Stack>
  );
}
