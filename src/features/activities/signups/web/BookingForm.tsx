import { Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorAlert } from '../../../../platform/web/ui/ErrorAlert.tsx';
import { OrganizerPersonSearch } from '../../schedule/web/OrganizerPersonSearch.tsx';
import { useBookPerson } from './useSignupsAdmin.ts';

/** Books a person from the register onto a shift (onto its waiting list when it is full). */
export function BookingForm({ shiftId, shiftLabel }: { shiftId: string; shiftLabel: string }) {
  const intl = useIntl();
  const book = useBookPerson();
  return (
    <div>
      <OrganizerPersonSearch
        label={intl.formatMessage({ id: 'activities.booking.label' }, { shift: shiftLabel })}
        value={null}
        onChange={(person) => {
          if (person) book.mutate({ shiftId, personId: person.id });
        }}
      />
      {book.isError && (
        <ErrorAlert error={book.error} messages={{ conflict: 'activities.booking.already' }} />
      )}
      {book.isSuccess && (
        <Text size="sm" c="green.9" role="status" mt={4}>
          <FormattedMessage
            id={
              book.data.status === 'waiting'
                ? 'activities.booking.waiting'
                : 'activities.booking.done'
            }
            values={{ name: book.data.person.name, position: book.data.waitingPosition }}
          />
        </Text>
      )}
    </div>
  );
}
