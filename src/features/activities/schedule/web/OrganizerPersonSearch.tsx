import { Button, Combobox, Group, Loader, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { usePersonSearch } from './useActivitiesAdmin.ts';

export interface PickedPerson {
  id: string;
  name: string;
}

/**
 * Picks a person from the register by name, e-mail or phone (two letters or more). With a
 * `value` it shows the chosen person and a button to choose another.
 */
export function OrganizerPersonSearch({
  label,
  value,
  onChange,
  error,
  description,
}: {
  label: string;
  value: PickedPerson | null;
  onChange: (person: PickedPerson | null) => void;
  error?: string;
  description?: string;
}) {
  const intl = useIntl();
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [text, setText] = useState('');
  const [query] = useDebouncedValue(text, 250);
  const matches = usePersonSearch(query);
  const items = matches.data?.items ?? [];

  if (value) {
    return (
      <div>
        <Text size="sm" fw={500}>
          {label}
        </Text>
        <Group gap="sm">
          <Text>{value.name}</Text>
          <Button variant="subtle" size="xs" onClick={() => onChange(null)}>
            <FormattedMessage id="activities.person.change" values={{ name: value.name }} />
          </Button>
        </Group>
        {error && (
          <Text size="sm" c="red.9">
            {error}
          </Text>
        )}
      </div>
    );
  }

  return (
    <Combobox
      store={combobox}
      onOptionSubmit={(id) => {
        const person = items.find((item) => item.id === id);
        if (!person) return;
        onChange({ id: person.id, name: `${person.firstName} ${person.lastName}` });
        setText('');
        combobox.closeDropdown();
      }}
    >
      <Combobox.Target withExpandedAttribute>
        <TextInput
          type="search"
          label={label}
          description={description ?? intl.formatMessage({ id: 'activities.person.hint' })}
          value={text}
          error={error}
          onChange={(event) => {
            setText(event.currentTarget.value);
            combobox.resetSelectedOption();
            if (event.currentTarget.value.trim().length >= 2) combobox.openDropdown();
            else combobox.closeDropdown();
          }}
          onFocus={() => text.trim().length >= 2 && combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          rightSection={matches.isFetching ? <Loader size="xs" /> : null}
        />
      </Combobox.Target>
      <Combobox.Dropdown>
        <Combobox.Options aria-label={label}>
          {matches.isError ? (
            <Combobox.Empty>
              <FormattedMessage id="activities.person.failed" />
            </Combobox.Empty>
          ) : matches.isSuccess && items.length === 0 ? (
            <Combobox.Empty>
              <FormattedMessage id="activities.person.none" />
            </Combobox.Empty>
          ) : (
            items.map((person) => (
              <Combobox.Option value={person.id} key={person.id}>
                <Text size="sm" fw={600}>
                  {person.firstName} {person.lastName}
                </Text>
                {person.localGroup && (
                  <Text size="xs" c="dimmed">
                    {person.localGroup.name}
                  </Text>
                )}
              </Combobox.Option>
            ))
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
