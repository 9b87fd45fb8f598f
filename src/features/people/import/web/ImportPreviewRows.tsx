import { Alert, List, ScrollArea, Table, Text } from '@mantine/core';
import type { z } from 'zod';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { formatPhone } from '../../../../platform/shared/phone.ts';
import type { CustomValueType } from '../../../custom-fields/web/custom-values.ts';
import type { ImportPreview } from '../import.contract.ts';

type Preview = z.infer<typeof ImportPreview>;

/** "Skostorlek: 38,5; T-shirt: M", in the order of the association's fields. */
function customText(intl: IntlShape, preview: Preview, values: Record<string, CustomValueType>) {
  return preview.customFields
    .filter((field) => values[field.id] !== undefined)
    .map((field) => {
      const value = values[field.id]!;
      const text = Array.isArray(value)
        ? intl.formatList(value)
        : typeof value === 'boolean'
          ? intl.formatMessage({ id: value ? 'customFields.yes' : 'customFields.no' })
          : typeof value === 'number'
            ? intl.formatNumber(value)
            : value;
      return `${field.label}: ${text}`;
    })
    .join('; ');
}

/** The file's first rows as they would be read, with each row's problems and line number. */
export function ImportPreviewRows({ preview }: { preview: Preview }) {
  const intl = useIntl();
  const hasCustom = preview.rows.some((row) => Object.keys(row.person?.custom ?? {}).length > 0);
  const heading = (id: string) => <Table.Th>{intl.formatMessage({ id })}</Table.Th>;
  return (
    <>
      {preview.problems.length > 0 && (
        <Alert color="orange" variant="light">
          <List size="sm">
            {preview.problems.map((problem) => (
              <List.Item key={`${problem.line}-${problem.code}`}>
                <FormattedMessage
                  id="import.lineReason"
                  values={{ line: problem.line, reason: problem.reason }}
                />
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      <ScrollArea type="auto" viewportProps={{ tabIndex: 0 }}>
        <Table captionSide="top" striped withTableBorder fz="sm" miw={640}>
          <Table.Caption>
            {intl.formatMessage(
              { id: 'import.preview.caption' },
              { shown: preview.rows.length, total: preview.totalRows },
            )}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {heading('import.preview.line')}
              {heading('import.preview.name')}
              {heading('import.preview.contact')}
              {heading('import.preview.place')}
              {heading('import.preview.membership')}
              {hasCustom && heading('import.preview.custom')}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.rows.map(({ line, person, errors }) => (
              <Table.Tr key={line}>
                <Table.Td>{line}</Table.Td>
                {person ? (
                  <>
                    <Table.Td>
                      {[person.firstName, person.lastName].filter(Boolean).join(' ')}
                    </Table.Td>
                    <Table.Td>
                      {[person.email, person.phone && formatPhone(person.phone)]
                        .filter(Boolean)
                        .join(', ')}
                    </Table.Td>
                    <Table.Td>
                      {[person.postcode, person.city, person.localGroupName]
                        .filter(Boolean)
                        .join(', ')}
                    </Table.Td>
                    <Table.Td>
                      {[
                        person.isMember === null
                          ? null
                          : intl.formatMessage({
                              id: person.isMember ? 'person.member' : 'person.contact',
                            }),
                        person.memberNumber,
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </Table.Td>
                    {hasCustom && <Table.Td>{customText(intl, preview, person.custom)}</Table.Td>}
                  </>
                ) : (
                  <Table.Td colSpan={hasCustom ? 5 : 4}>
                    <Text size="sm" c="red.9">
                      {errors.map((error) => error.reason).join(' ')}
                    </Text>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
    </>
  );
}
