import { Anchor, Card, Stack } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useNavigate } from 'react-router';
import { callApi } from '../../../../platform/web/api.ts';
import { PageTitle } from '../../../../platform/web/ui/PageTitle.tsx';
import { Slot, useSlotContributions } from '../../../../platform/web/ui/slots.tsx';
import { useCurrentSession } from '../../../../platform/web/ui/useSession.ts';
import { peopleQueryKey } from '../../../tags/web/useTags.ts';
import { PersonInput, registerRoutes, type Person } from '../people.contract.ts';
import { emptyPersonValues, valuesToInput, type PersonFormValues } from './person-form.ts';
import { PersonForm } from './PersonForm.tsx';
import type { CustomValueType } from '../../../custom-fields/web/custom-values.ts';
import { personQueryKey } from './usePeople.ts';

/** A new person has nothing to remove: only the custom values given. */
function withoutEmpty(custom: Record<string, CustomValueType | null>) {
  return Object.fromEntries(Object.entries(custom).filter(([, value]) => value !== null));
}

/**
 * "Ny person": a member or contact; afterwards what other features ask about the new person
 * (possible duplicates, say), else straight to their page.
 */
export function NewPersonPage() {
  const intl = useIntl();
  const session = useCurrentSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [created, setCreated] = useState<Person | null>(null);
  const hasFollowUp = useSlotContributions('person:created').length > 0;
  const createdId = created?.id;
  const goOn = useCallback(() => void navigate(`/people/${createdId}`), [navigate, createdId]);
  // A coordinator adds people to one of their own groups; the first is a good guess.
  const initial = emptyPersonValues(session.user.coordinatedLocalGroupIds[0] ?? '');

  async function save(
    values: PersonFormValues,
    custom: Record<string, CustomValueType | null>,
  ): Promise<Person> {
    const body = PersonInput.parse({ ...valuesToInput(values), custom: withoutEmpty(custom) });
    return callApi(registerRoutes.createPerson, { body });
  }

  async function onSaved(person: Person) {
    queryClient.setQueryData(personQueryKey(person.id), person);
    await queryClient.invalidateQueries({ queryKey: [...peopleQueryKey, 'list'] });
    if (hasFollowUp) setCreated(person);
    else await navigate(`/people/${person.id}`);
  }

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/people" size="sm">
        <FormattedMessage id="person.back" />
      </Anchor>
      <PageTitle>{intl.formatMessage({ id: 'people.new' })}</PageTitle>
      {created ? (
        <Slot name="person:created" props={{ person: created, goOn }} />
      ) : (
        <Card withBorder>
          <PersonForm
            initial={initial}
            schema={PersonInput}
            save={save}
            onSaved={(person) => void onSaved(person)}
            onCancel={() => void navigate('/people')}
            submitLabel="person.create"
          />
        </Card>
      )}
    </Stack>
  );
}
