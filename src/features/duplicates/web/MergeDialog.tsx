import { Button, Checkbox, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { formatPhone } from '../../../platform/shared/phone.ts';
import { ErrorAlert } from '../../../platform/web/ui/ErrorAlert.tsx';
import type { Person } from '../../people/register/people.contract.ts';
import type { mergeableFields } from '../duplicates.contract.ts';
import { fullName } from './person-name.ts';
import { useMergePeople, type DuplicatePairData } from './useDuplicates.ts';

type Field = (typeof mergeableFields)[number];

// The fields both people show here; a merge fills any other empty field of the kept one anyway.
const choosable = ['firstName', 'lastName', 'email', 'phone', 'memberNumber'] as const;

/**
 * Merging a pair: who stays, which of the other one's differing values to take, and what a merge
 * does (it cannot be undone).
 */
export function MergeDialog({
  pair,
  onClose,
  onMerged,
}: {
  pair: DuplicatePairData;
  onClose: () => void;
  onMerged: (person: Person) => void;
}) {
  const intl = useIntl();
  const merge = useMergePeople();
  const [keepId, setKeepId] = useState(pair.first.id);
  const [take, setTake] = useState<Field[]>([]);
  const keep = keepId === pair.second.id ? pair.second : pair.first;
  const other = keep === pair.first ? pair.second : pair.first;
  const differing = choosable.filter(
    (field) => other[field] && keep[field] && other[field] !== keep[field],
  );
  const shown = (field: (typeof choosable)[number], value: string | null) =>
    field === 'phone' && value ? formatPhone(value) : (value ?? '');

  return (
    <Modal
      opened
      onClose={onClose}
      title={intl.formatMessage({ id: 'duplicates.mergeTitle' })}
      centered
      size="lg"
      styles={{ title: { fontWeight: 700 } }}
      closeButtonProps={{ 'aria-label': intl.formatMessage({ id: 'common.close' }) }}
    >
      <Stack gap="md">
        <Radio.Group
          label={intl.formatMessage({ id: 'duplicates.keep' })}
          value={keepId}
          onChange={(value) => {
            setKeepId(value);
            setTake([]);
          }}
        >
          <Stack gap="xs" mt="xs">
            {[pair.first, pair.second].map((person) => (
              <Radio
                key={person.id}
                value={person.id}
                label={fullName(person)}
                description={person.email ?? (person.phone ? formatPhone(person.phone) : undefined)}
              />
            ))}
          </Stack>
        </Radio.Group>
        {differing.length > 0 && (
          <Checkbox.Group
            label={intl.formatMessage({ id: 'duplicates.take' }, { name: fullName(other) })}
            value={take}
            onChange={(value) => setTake(value as Field[])}
          >
            <Stack gap="xs" mt="xs">
              {differing.map((field) => (
                <Checkbox
                  key={field}
                  value={field}
                  label={`${intl.formatMessage({ id: `person.field.${field}` })}: ${shown(field, other[field])}`}
                  description={intl.formatMessage(
                    { id: 'duplicates.insteadOf' },
                    { value: shown(field, keep[field]) },
                  )}
                />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        <Text size="sm">
          <FormattedMessage id="duplicates.mergeText" values={{ name: fullName(other) }} />
        </Text>
        {merge.isError && (
          <ErrorAlert
            error={merge.error}
            messages={{ conflict: 'duplicates.error.bothAccounts' }}
          />
        )}
        <Group gap="sm" justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            <FormattedMessage id="common.cancel" />
          </Button>
          <Button
            color="red.9"
            loading={merge.isPending}
            onClick={() =>
              merge.mutate({ keepId: keep.id, mergeId: other.id, take }, { onSuccess: onMerged })
            }
          >
            <FormattedMessage id="duplicates.mergeConfirm" />
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
