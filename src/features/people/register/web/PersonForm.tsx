import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { z } from 'zod';
import { ApiError } from '../../../../platform/web/api.ts';
import { ErrorAlert } from '../../../../platform/web/ui/ErrorAlert.tsx';
import { useContractForm } from '../../../../platform/web/ui/useContractForm.ts';
import { hasRole, useCurrentSession } from '../../../../platform/web/ui/useSession.ts';
import {
  changedCustomValues,
  initialDrafts,
  type CustomDraft,
  type CustomValueType,
} from '../../../custom-fields/web/custom-values.ts';
import { CustomValuesFields, customFieldErrors } from './CustomValuesFields.tsx';
import { useCustomFields } from '../../../custom-fields/web/useCustomFields.ts';
import { useLocalGroups } from '../../../organizations/web/useLocalGroups.ts';
import { type Person } from '../people.contract.ts';
import { genders, membershipStatuses } from '../../../../platform/shared/db-values.generated.ts';
import { valuesToInput, type PersonFormValues } from './person-form.ts';

/**
 * Every field of a person's record. `schema` validates in the browser as the server will;
 * `save` gets the form's values, sends them, and resolves with the saved person.
 */
export function PersonForm({
  initial,
  initialCustom = {},
  schema,
  save,
  onSaved,
  onCancel,
  submitLabel,
}: {
  initial: PersonFormValues;
  /** The person's custom field values, by field id. */
  initialCustom?: Record<string, CustomValueType>;
  schema: z.ZodType;
  /** `custom` holds only the changed custom values (null removes one). */
  save: (
    values: PersonFormValues,
    custom: Record<string, CustomValueType | null>,
  ) => Promise<Person>;
  onSaved: (person: Person) => void;
  onCancel: () => void;
  /** Message id. */
  submitLabel: string;
}) {
  const intl = useIntl();
  const session = useCurrentSession();
  const groups = useLocalGroups();
  const form = useContractForm(initial);
  const customFields = useCustomFields().data?.items ?? [];
  const [customDrafts, setCustomDrafts] = useState<Record<string, CustomDraft>>({});
  const [customErrors, setCustomErrors] = useState<Record<string, string>>({});
  const drafts = { ...initialDrafts(customFields, initialCustom), ...customDrafts };
  const mutation = useMutation({
    mutationFn: (values: PersonFormValues) =>
      save(values, changedCustomValues(customFields, drafts, initialCustom)),
    onSuccess: onSaved,
    onError: (error) => {
      form.showServerErrors(error);
      setCustomErrors(customFieldErrors(error instanceof ApiError ? error.fieldErrors : []));
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (form.validate(schema, valuesToInput(form.values))) mutation.mutate(form.values);
  }

  function changeCustom(fieldId: string, draft: CustomDraft) {
    setCustomDrafts((current) => ({ ...current, [fieldId]: draft }));
    setCustomErrors(({ [fieldId]: _removed, ...rest }) => rest);
  }

  const label = (field: string) => intl.formatMessage({ id: `person.field.${field}` });
  const isOrganizer = hasRole(session, 'organizer');
  // A coordinator places people only in their own groups, so is offered those and no "none".
  const groupOptions = (groups.data?.items ?? [])
    .filter((group) => isOrganizer || session.user.coordinatedLocalGroupIds.includes(group.id))
    .map((group) => ({ value: group.id, label: group.name }));
  if (isOrganizer || form.values.localGroupId === '') {
    groupOptions.unshift({ value: '', label: intl.formatMessage({ id: 'person.noGroup' }) });
  }

  return (
    <form ref={form.ref} onSubmit={submit} noValidate>
      <Stack gap="md">
        {mutation.isError && <ErrorAlert error={mutation.error} />}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput {...form.field('firstName')} label={label('firstName')} required autoFocus />
          <TextInput {...form.field('lastName')} label={label('lastName')} required />
          <TextInput {...form.field('email')} label={label('email')} type="email" />
          <TextInput {...form.field('phone')} label={label('phone')} type="tel" />
          <TextInput {...form.field('address')} label={label('address')} />
          <Group gap="sm" grow preventGrowOverflow={false} wrap="nowrap">
            <TextInput {...form.field('postcode')} label={label('postcode')} maw="8rem" />
            <TextInput {...form.field('city')} label={label('city')} />
          </Group>
          <NativeSelect
            {...form.field('gender')}
            label={label('gender')}
            data={[
              ...genders.map((gender) => ({
                value: gender,
                label: intl.formatMessage({ id: `person.gender.${gender}` }),
              })),
              { value: '', label: intl.formatMessage({ id: 'person.gender.none' }) },
            ]}
          />
          <TextInput
            {...form.field('birthYear')}
            label={label('birthYear')}
            inputMode="numeric"
            maxLength={4}
          />
        </SimpleGrid>
        <Checkbox
          label={intl.formatMessage({ id: 'person.isMemberLabel' })}
          checked={form.values.isMember === 'true'}
          onChange={(event) => form.setValue('isMember', String(event.currentTarget.checked))}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput {...form.field('memberNumber')} label={label('memberNumber')} />
          <TextInput {...form.field('memberSince')} label={label('memberSince')} type="date" />
          <NativeSelect
            {...form.field('membershipStatus')}
            label={label('membershipStatus')}
            data={membershipStatuses.map((status) => ({
              value: status,
              label: intl.formatMessage({ id: `person.status.${status}` }),
            }))}
          />
          <NativeSelect
            {...form.field('localGroupId')}
            label={label('localGroup')}
            data={groupOptions}
          />
        </SimpleGrid>
        <Textarea {...form.field('notes')} label={label('notes')} autosize minRows={3} />
        <CustomValuesFields
          fields={customFields}
          drafts={drafts}
          onChange={changeCustom}
          errors={customErrors}
        />
        <Group gap="sm">
          <Button type="submit" loading={mutation.isPending}>
            <FormattedMessage id={submitLabel} />
          </Button>
          <Button variant="default" onClick={onCancel}>
            <FormattedMessage id="common.cancel" />
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
