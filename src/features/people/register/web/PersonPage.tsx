import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { Id } from '../../../../platform/shared/atoms.ts';
import { ApiError, callApi } from '../../../../platform/web/api.ts';
import { ErrorAlert } from '../../../../platform/web/ui/ErrorAlert.tsx';
import { NotFoundPage } from '../../../../platform/web/ui/NotFoundPage.tsx';
import { PageLoader } from '../../../../platform/web/ui/PageLoader.tsx';
import { PageTitle } from '../../../../platform/web/ui/PageTitle.tsx';
import { Slot } from '../../../../platform/web/ui/slots.tsx';
import { useEditToggle } from '../../../../platform/web/ui/useEditToggle.ts';
import { hasRole, useCurrentSession } from '../../../../platform/web/ui/useSession.ts';
import type { CustomValueType } from '../../../custom-fields/web/custom-values.ts';
import { PersonAuditLog } from './PersonAuditLog.tsx';
import { peopleQueryKey } from '../../../tags/web/useTags.ts';
import { PersonPatch, registerRoutes, type Person } from '../people.contract.ts';
import { patchInput, personToValues, type PersonFormValues } from './person-form.ts';
import { PersonDetails } from './PersonDetails.tsx';
import { PersonForm } from './PersonForm.tsx';
import { PersonTags } from './PersonTags.tsx';
import { personQueryKey, usePerson } from './usePeople.ts';

/**
 * A person's record: details, tags, an edit form, what other features keep about the person
 * (consents, timeline), and for admins who has looked at it.
 */
export function PersonPage() {
  const intl = useIntl();
  const { id = '' } = useParams();
  const session = useCurrentSession();
  const queryClient = useQueryClient();
  // A mistyped address is "not found", not a validation error.
  const isWellFormed = Id.safeParse(id).success;
  const person = usePerson(id, isWellFormed);
  const edit = useEditToggle();

  const back = (
    <Anchor component={Link} to="/people" size="sm">
      <FormattedMessage id="person.back" />
    </Anchor>
  );
  // Out of a coordinator's reach looks the same as missing: the server answers 404 for both.
  const isNotFound =
    !isWellFormed || (person.error instanceof ApiError && person.error.code === 'not_found');
  if (isNotFound) {
    return (
      <NotFoundPage
        title="person.notFound.title"
        text="person.notFound.text"
        linkTo="/people"
        linkLabel="person.notFound.back"
      />
    );
  }
  if (person.isPending) return <PageLoader />;
  if (person.isError) {
    return (
      <Stack gap="md">
        {back}
        <PageTitle>{intl.formatMessage({ id: 'error.pageTitle' })}</PageTitle>
        <ErrorAlert error={person.error} onRetry={() => void person.refetch()} />
      </Stack>
    );
  }

  const data = person.data;
  const sectionProps = { personId: data.id, name: `${data.firstName} ${data.lastName}` };
  const before = personToValues(data);
  async function save(
    values: PersonFormValues,
    custom: Record<string, CustomValueType | null>,
  ): Promise<Person> {
    const input = patchInput(values, before);
    if (Object.keys(custom).length > 0) input.custom = custom;
    if (Object.keys(input).length === 0) return data;
    const body = PersonPatch.parse(input);
    return callApi(registerRoutes.updatePerson, { params: { id: data.id }, body });
  }
  async function onSaved(updated: Person) {
    queryClient.setQueryData(personQueryKey(updated.id), updated);
    edit.close();
    await queryClient.invalidateQueries({ queryKey: [...peopleQueryKey, 'list'] });
    await queryClient.invalidateQueries({ queryKey: ['audit-log', updated.id] });
  }

  return (
    <Stack gap="lg">
      {back}
      <PageTitle>{sectionProps.name}</PageTitle>
      {edit.isOpen ? (
        <Card withBorder component="section" aria-labelledby="edit-person-heading">
          <Title order={2} size="h3" id="edit-person-heading" mb="sm">
            <FormattedMessage id="person.edit" />
          </Title>
          <PersonForm
            initial={before}
            initialCustom={data.custom}
            schema={PersonPatch}
            save={save}
            onSaved={(updated) => void onSaved(updated)}
            onCancel={edit.close}
            submitLabel="common.save"
          />
        </Card>
      ) : (
        <Card withBorder component="section" aria-labelledby="details-heading">
          <Group justify="space-between" mb="xs">
            <Title order={2} size="h4" id="details-heading">
              <FormattedMessage id="person.details" />
            </Title>
            <Button variant="light" size="sm" ref={edit.triggerRef} onClick={edit.open}>
              <FormattedMessage id="person.editButton" />
            </Button>
          </Group>
          <PersonDetails person={data} />
        </Card>
      )}
      <Card withBorder component="section" aria-labelledby="tags-heading">
        <Title order={2} size="h4" id="tags-heading" mb="xs">
          <FormattedMessage id="person.tags" />
        </Title>
        <PersonTags person={data} />
      </Card>
      <Slot name="person:sections" props={sectionProps} />
      {hasRole(session, 'admin') && <PersonAuditLog personId={data.id} />}
      <Slot name="person:dangerZone" props={sectionProps} />
      <Text size="xs" c="dimmed">
        <FormattedMessage
          id="person.updatedAt"
          values={{ date: intl.formatDate(data.updatedAt, { dateStyle: 'medium' }) }}
        />
      </Text>
    </Stack>
  );
}
