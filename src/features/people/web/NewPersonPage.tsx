import { Anchor, Card, Stack } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useNavigate } from 'react-router';
import { callApi } from '../../../platform/web/api.ts';
import { PageTitle } from '../../../platform/web/ui/PageTitle.tsx';
import { useCurrentSession } from '../../../platform/web/ui/useSession.ts';
import { peopleQueryKey } from '../../tags/web/useTags.ts';
import { PersonInput, registerRoutes, type Person } from '../people.contract.ts';
import { emptyPersonValues, valuesToInput, type PersonFormValues } from './person-form.ts';
import { PersonForm } from './PersonForm.tsx';
import type { CustomValueType } from '../../custom-fields/web/custom-values.ts';
import {
  personDuplicatesQuery,
  type DuplicatePairData,
} from '../../duplicates/web/useDuplicates.ts';
import { NewPersonDuplicates } from './NewPersonDuplicates.tsx';
import { personQueryKey } from './usePeople.ts';

/** A new person has nothing to remove: only the custom values given. */
function withoutEmpty(custom: Record<string, CustomValueType | null>) {
  return Object.fromEntries(Object.entries(custom).filter(([, value]) => value !== null));
}

/** "Ny person": a member or contact; afterwards, possible duplicates if any, else their page. */
export function NewPersonPage() {
  const intl = useIntl();
  const session = useCurrentSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [created, setCreated] = useState<{ person: Person; pairs: DuplicatePairData[] } | null>(
    null,
  );
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
    // The person is saved either way: if the check cannot be made, go on as without duplicates.
    const found = await queryClient.fetchQuery(personDuplicatesQuery(person.id)).catch(() => null);
    if (found && found.items.length > 0) setCreated({ person, pairs: found.items });
    else await navigate(`/people/${person.id}`);
  }

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/people" size="sm">
        <FormattedMessage id="person.back" />
      </Anchor>
      <PageTitle>{intl.formatMessage({ id: 'people.new' })}</PageTitle>
      {created ? (
        <NewPersonDuplicates person={created.person} pairs={created.pairs} />
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
