import { NativeSelect, SimpleGrid, Text } from '@mantine/core';
import type { z } from 'zod';
import { FormattedMessage, useIntl } from 'react-intl';
import {
  customFieldTarget,
  importFields,
  type ColumnTarget,
  type ImportPreview,
} from '../import.contract.ts';

export type Mapping = z.infer<typeof ColumnTarget>[];

// In the select: a field, `ignore`, or '' for "keep aside" (null in the contract).
const keepAside = '';

/** One select per column of the file: which field of the register, or of the association's own, it fills. */
export function ImportMapping({
  preview,
  mapping,
  onChange,
}: {
  preview: z.infer<typeof ImportPreview>;
  mapping: Mapping;
  onChange: (mapping: Mapping) => void;
}) {
  const intl = useIntl();
  const personFields = importFields.map((field) => ({
    value: field,
    label: intl.formatMessage({ id: `import.field.${field}` }),
  }));
  const customFields = preview.customFields.map((field) => ({
    value: customFieldTarget(field.id),
    label: field.label,
  }));
  const options = [
    { group: intl.formatMessage({ id: 'import.mapping.personFields' }), items: personFields },
    ...(customFields.length > 0
      ? [{ group: intl.formatMessage({ id: 'import.mapping.customFields' }), items: customFields }]
      : []),
    {
      group: intl.formatMessage({ id: 'import.mapping.otherChoices' }),
      items: [
        { value: keepAside, label: intl.formatMessage({ id: 'import.field.keepAside' }) },
        { value: 'ignore', label: intl.formatMessage({ id: 'import.field.ignore' }) },
      ],
    },
  ];
  const used = new Map<string, number>();
  for (const target of mapping) {
    if (target && target !== 'ignore') used.set(target, (used.get(target) ?? 0) + 1);
  }

  function change(index: number, value: string) {
    const next = [...mapping];
    next[index] = value === keepAside ? null : (value as Mapping[number]);
    onChange(next);
  }

  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
      {preview.headers.map((header, index) => {
        const target = mapping[index] ?? null;
        const column = preview.suggestedMapping.columns[index];
        const isShared = target !== null && target !== 'ignore' && (used.get(target) ?? 0) > 1;
        return (
          <div key={`${index}-${header}`}>
            <NativeSelect
              label={intl.formatMessage({ id: 'import.mapping.column' }, { header })}
              value={target ?? keepAside}
              onChange={(event) => change(index, event.currentTarget.value)}
              data={options}
            />
            {isShared ? (
              <Text size="xs" c="dimmed" mt={4}>
                <FormattedMessage id="import.mapping.shared" />
              </Text>
            ) : column?.confidence === 'partial' && target === column.field ? (
              <Text size="xs" c="dimmed" mt={4}>
                <FormattedMessage id="import.mapping.guessed" />
              </Text>
            ) : null}
          </div>
        );
      })}
    </SimpleGrid>
  );
}
