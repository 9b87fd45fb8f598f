import type { IntlShape } from 'react-intl';
import type { z } from 'zod';
import { auditActions, type AuditAction, type AuditEntry } from '../audit.contract.ts';

type Entry = z.output<typeof AuditEntry>;

/** An action in a few words, for the filter and for an entry without more to say. */
export function actionLabel(intl: IntlShape, action: AuditAction): string {
  return intl.formatMessage({ id: `auditLog.action.${action}` });
}

/** The lists the server names in a `people.list` entry. */
const listLabels: Record<string, string> = {
  register: 'auditLog.list.register',
  search: 'auditLog.list.search',
  'saved-list': 'auditLog.list.savedList',
  'group-members': 'auditLog.list.groupMembers',
  signups: 'auditLog.list.signups',
  duplicates: 'auditLog.list.duplicates',
  'person-duplicates': 'auditLog.list.personDuplicates',
  retention: 'auditLog.list.retention',
  accounts: 'auditLog.list.accounts',
  outbox: 'auditLog.list.outbox',
};

/** The parts of a person's page read apart from the record. */
const partLabels: Record<string, string> = {
  timeline: 'auditLog.part.timeline',
  consents: 'auditLog.part.consents',
};

const isAction = (action: string): action is AuditAction =>
  (auditActions as readonly string[]).includes(action);

/** "Visade registret", "Öppnade en persons tidslinje" … in the reader's language. */
export function describeEntry(intl: IntlShape, entry: Entry): string {
  const { details } = entry;
  // A list page names its list; a part of a person's page read on its own, the part.
  if (typeof details.list === 'string') {
    const id = listLabels[details.list];
    return id ? intl.formatMessage({ id }) : details.list;
  }
  if (typeof details.part === 'string') {
    const id = partLabels[details.part];
    if (id) return intl.formatMessage({ id });
  }
  // An action newer than this page: say what the server calls it.
  return isAction(entry.action) ? actionLabel(intl, entry.action) : entry.action;
}

/** What a list page asked for, in a few words: "sökord på 5 tecken", "rad 101–200". */
export function describeQuery(intl: IntlShape, entry: Entry): string[] {
  const { details } = entry;
  const parts: string[] = [];
  const query = (details.query ?? {}) as Record<string, unknown>;
  const search = query.q as { length?: unknown } | null | undefined;
  if (search && typeof search.length === 'number') {
    parts.push(intl.formatMessage({ id: 'auditLog.query.search' }, { length: search.length }));
  }
  if (query.isMember === 'true' || query.isMember === 'false') {
    const id = query.isMember === 'true' ? 'auditLog.query.members' : 'auditLog.query.contacts';
    parts.push(intl.formatMessage({ id }));
  }
  if (typeof query.localGroupId === 'string' && details.list !== 'group-members') {
    parts.push(intl.formatMessage({ id: 'auditLog.query.localGroup' }));
  }
  if (typeof details.offset === 'number' && typeof details.limit === 'number') {
    const count = typeof details.count === 'number' ? details.count : 0;
    if (count > 0) {
      parts.push(
        intl.formatMessage(
          { id: 'auditLog.query.rows' },
          { from: details.offset + 1, to: details.offset + count },
        ),
      );
    }
  }
  // An export's file format.
  if (typeof details.format === 'string') {
    parts.push(details.format.toUpperCase());
  }
  return parts;
}
