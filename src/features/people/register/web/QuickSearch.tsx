import { Combobox, Loader, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { formatPhone } from '../../../../platform/shared/phone.ts';
import { callApi } from '../../../../platform/web/api.ts';
import { peopleQueryKey } from '../../../tags/web/useTags.ts';
import { registerRoutes } from '../people.contract.ts';

const showAll = '__all__';

/**
 * The header's person search, on every page for coordinators and up. Arrow keys pick a
 * match, Enter on a match opens the person; Enter without one opens the full list of matches.
 */
export function QuickSearch() {
  const intl = useIntl();
  const navigate = useNavigate();
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [text, setText] = useState('');
  const [query] = useDebouncedValue(text.trim(), 250);
  const isSearching = query.length >= 2;
  const matches = useQuery({
    queryKey: [...peopleQueryKey, 'list', 'quick', query],
    queryFn: ({ signal }) =>
      callApi(registerRoutes.listPeople, { query: { q: query, limit: 8 } }, { signal }),
    enabled: isSearching,
  });

  function go(to: string) {
    setText('');
    combobox.closeDropdown();
    void navigate(to);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (text.trim()) go(`/people?q=${encodeURIComponent(text.trim())}`);
  }

  const items = matches.data?.items ?? [];
  return (
    <form role="search" onSubmit={submit} className="quick-search">
      <Combobox
        store={combobox}
        onOptionSubmit={(value) =>
          go(
            value === showAll ? `/people?q=${encodeURIComponent(text.trim())}` : `/people/${value}`,
          )
        }
      >
        <Combobox.Target withExpandedAttribute>
          <TextInput
            type="search"
            aria-label={intl.formatMessage({ id: 'quickSearch.label' })}
            placeholder={intl.formatMessage({ id: 'quickSearch.placeholder' })}
            value={text}
            size="sm"
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
          <Combobox.Options aria-label={intl.formatMessage({ id: 'quickSearch.results' })}>
            {matches.isError ? (
              <Combobox.Empty>
                <FormattedMessage id="quickSearch.failed" />
              </Combobox.Empty>
            ) : matches.isSuccess && items.length === 0 ? (
              <Combobox.Empty>
                <FormattedMessage id="quickSearch.none" />
              </Combobox.Empty>
            ) : (
              items.map((person) => (
                <Combobox.Option value={person.id} key={person.id}>
                  <Text size="sm" fw={600}>
                    {person.firstName} {person.lastName}
                  </Text>
                  <Text size="xs" c="dimmed" truncate="end">
                    {[
                      person.localGroup?.name,
                      person.email,
                      person.phone && formatPhone(person.phone),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                </Combobox.Option>
              ))
            )}
            {matches.data && matches.data.total > items.length && (
              <Combobox.Option value={showAll}>
                <Text size="sm">
                  <FormattedMessage
                    id="quickSearch.showAll"
                    values={{ total: matches.data.total }}
                  />
                </Text>
              </Combobox.Option>
            )}
          </Combobox.Options>
        </Combobox.Dropdown>
      </Combobox>
    </form>
  );
}
