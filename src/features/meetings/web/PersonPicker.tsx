import { Combobox, Loader, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { callApi } from '../../../platform/web/api.ts';
import { registerRoutes } from '../../people/register/people.contract.ts';
import { meetingRoutes } from '../meetings.contract.ts';

export interface PickedPerson {
  id: string;
  name: string;
  /** Told apart from a namesake by: their local group. */
  detail?: string;
}

/**
 * Finds a person by name (two letters or more) and hands the chosen one to `onPick`; the field
 * empties for the next. With `meetingId`, those who manage that meeting search the association's
 * people by name; without, the register (coordinators and up).
 */
export function PersonPicker({
  label,
  description,
  meetingId,
  onPick,
}: {
  label: string;
  description?: string;
  meetingId?: string;
  onPick: (person: PickedPerson) => void;
}) {
  const intl = useIntl();
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [text, setText] = useState('');
  const [query] = useDebouncedValue(text.trim(), 250);
  const matches = useQuery({
    queryKey: ['people', 'list', 'pick', meetingId ?? 'register', query],
    queryFn: async ({ signal }): Promise<PickedPerson[]> => {
      if (meetingId) {
        const found = await callApi(
          meetingRoutes.findMeetingPeople,
          { params: { id: meetingId }, query: { q: query } },
          { signal },
        );
        return found.items.slice(0, 8);
      }
      const found = await callApi(
        registerRoutes.listPeople,
        { query: { q: query, limit: 8 } },
        { signal },
      );
      return found.items.map((p) => ({
        id: p.id,
        name: `${p.firstName} ${p.lastName}`,
        detail: p.localGroup?.name,
      }));
    },
    enabled: query.length >= 2,
  });
  const items = matches.data ?? [];
  return (
    <Combobox
      store={combobox}
      onOptionSubmit={(id) => {
        const person = items.find((item) => item.id === id);
        if (!person) return;
        onPick({ id: person.id, name: person.name });
        setText('');
        combobox.closeDropdown();
      }}
    >
      <Combobox.Target withExpandedAttribute>
        <TextInput
          type="search"
          label={label}
          description={description ?? intl.formatMessage({ id: 'meetings.person.hint' })}
          value={text}
          rightSection={matches.isFetching ? <Loader size="xs" /> : null}
          onChange={(event) => {
            setText(event.currentTarget.value);
            combobox.resetSelectedOption();
            if (event.currentTarget.value.trim().length >= 2) combobox.openDropdown();
            else combobox.closeDropdown();
          }}
          onFocus={() => text.trim().length >= 2 && combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
        />
      </Combobox.Target>
      <Combobox.Dropdown>
        <Combobox.Options aria-label={label}>
          {items.length === 0 ? (
            <Combobox.Empty>
              <FormattedMessage
                id={
                  matches.isFetching || query.length < 2 ? 'common.loading' : 'meetings.person.none'
                }
              />
            </Combobox.Empty>
          ) : (
            items.map((person) => (
              <Combobox.Option value={person.id} key={person.id}>
                {person.name}
                {person.detail ? ` · ${person.detail}` : ''}
              </Combobox.Option>
            ))
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
