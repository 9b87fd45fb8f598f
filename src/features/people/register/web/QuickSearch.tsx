import { Loader, Paper, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { formatPhone } from '../../../../platform/shared/phone.ts';
import { callApi } from '../../../../platform/web/api.ts';
import { peopleQueryKey } from '../../../tags/web/useTags.ts';
import { registerRoutes } from '../people.contract.ts';

/**
 * The header's person search, on every page for coordinators and up. Arrow keys pick a
 * match, Enter on a match opens the person; Enter without one opens the full list of matches.
 * Its list of matches is a plain ARIA combobox under the field rather than Mantine's Combobox,
 * whose popover machinery (about 25 KB gzip) every organizer page would otherwise download.
 */
export function QuickSearch() {
  const intl = useIntl();
  const navigate = useNavigate();
  const listId = useId();
  const [text, setText] = useState('');
  const [isOpen, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [query] = useDebouncedValue(text.trim(), 250);
  const isSearching = query.length >= 2;
  const matches = useQuery({
    queryKey: [...peopleQueryKey, 'list', 'quick', query],
    queryFn: ({ signal }) =>
      callApi(registerRoutes.listPeople, { query: { q: query, limit: 8 } }, { signal }),
    enabled: isSearching,
  });

  const items = matches.data?.items ?? [];
  const hasMore = Boolean(matches.data && matches.data.total > items.length);
  const all = `/people?q=${encodeURIComponent(text.trim())}`;
  // Where each option leads, in the order they are shown.
  const targets = [...items.map((person) => `/people/${person.id}`), ...(hasMore ? [all] : [])];
  const showsList = isOpen && isSearching && (matches.isError || matches.isSuccess);
  const optionId = (index: number) => `${listId}-${index}`;

  function close() {
    setOpen(false);
    setActive(-1);
  }

  function go(to: string) {
    setText('');
    close();
    void navigate(to);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (text.trim()) go(all);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Escape') {
      close();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!isOpen) setOpen(text.trim().length >= 2);
      const count = targets.length;
      if (count === 0) return;
      // Round the list, as Mantine's did: down from the last is the first, up from none the last.
      setActive((index) =>
        event.key === 'ArrowDown' ? (index + 1) % count : index <= 0 ? count - 1 : index - 1,
      );
    } else if (event.key === 'Enter' && showsList && targets[active]) {
      event.preventDefault();
      go(targets[active]);
    }
  }

  return (
    <form role="search" onSubmit={submit} className="quick-search">
      <TextInput
        type="search"
        role="combobox"
        aria-haspopup="listbox"
        aria-autocomplete="list"
        aria-expanded={showsList}
        aria-controls={showsList ? listId : undefined}
        aria-activedescendant={showsList && active >= 0 ? optionId(active) : undefined}
        aria-label={intl.formatMessage({ id: 'quickSearch.label' })}
        placeholder={intl.formatMessage({ id: 'quickSearch.placeholder' })}
        value={text}
        size="sm"
        autoComplete="off"
        onChange={(event) => {
          setText(event.currentTarget.value);
          setActive(-1);
          setOpen(event.currentTarget.value.trim().length >= 2);
        }}
        onFocus={() => text.trim().length >= 2 && setOpen(true)}
        onBlur={close}
        onKeyDown={onKeyDown}
        rightSection={matches.isFetching ? <Loader size="xs" /> : null}
      />
      {showsList && (
        <Paper
          id={listId}
          role="listbox"
          aria-label={intl.formatMessage({ id: 'quickSearch.results' })}
          className="quick-search-list"
          withBorder
          shadow="md"
          // A click on a match must not blur the field first (which closes the list).
          onMouseDown={(event) => event.preventDefault()}
        >
          {matches.isError ? (
            <Text size="sm" c="dimmed" className="quick-search-empty">
              <FormattedMessage id="quickSearch.failed" />
            </Text>
          ) : items.length === 0 ? (
            <Text size="sm" c="dimmed" className="quick-search-empty">
              <FormattedMessage id="quickSearch.none" />
            </Text>
          ) : null}
          {items.map((person, index) => (
            <div
              role="option"
              id={optionId(index)}
              key={person.id}
              aria-selected={active === index}
              className="quick-search-option"
              onClick={() => go(targets[index]!)}
            >
              <Text size="sm" fw={600}>
                {person.firstName} {person.lastName}
              </Text>
              <Text size="xs" c="dimmed" truncate="end">
                {[person.localGroup?.name, person.email, person.phone && formatPhone(person.phone)]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            </div>
          ))}
          {hasMore && (
            <div
              role="option"
              id={optionId(items.length)}
              aria-selected={active === items.length}
              className="quick-search-option"
              onClick={() => go(all)}
            >
              <Text size="sm">
                <FormattedMessage
                  id="quickSearch.showAll"
                  values={{ total: matches.data?.total ?? 0 }}
                />
              </Text>
            </div>
          )}
        </Paper>
      )}
    </form>
  );
}
