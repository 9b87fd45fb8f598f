import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { appErrorStatus } from '../../platform/shared/app-error.ts';
import {
  activityVisibilities,
  committeeKinds,
  consentPurposes,
  customFieldKinds,
  genders,
  membershipStatuses,
  outboxStatuses,
  recurrences,
  roleNames,
  signupSources,
} from '../../platform/shared/db-values.generated.ts';
import { auditActions } from '../../features/audit/audit.contract.ts';
import { importFields } from '../../features/people/import/import.contract.ts';
import { emptyPersonValues } from '../../features/people/register/web/person-form.ts';
import { tagPalette } from '../../platform/web/ui/tag-colour.ts';
import { editScopes } from '../../features/activities/schedule/activities.contract.ts';
import { reportKinds } from '../../features/activities/schedule/activity-types.contract.ts';
import { calendarViews } from '../../features/activities/schedule/web/calendar-time.ts';
import { allSvCatalogParts, enCatalogParts } from './catalogs-eager.ts';
import { mergeCatalogs } from './catalogs.ts';

const sv = mergeCatalogs(allSvCatalogParts);
const en = mergeCatalogs(enCatalogParts);
const catalogs: Record<string, Record<string, string>> = { sv, en };

/** Keys defined in more than one file of a catalogue. */
function collisions(parts: Record<string, string>[]): string[] {
  const seen = new Set<string>();
  const twice: string[] = [];
  for (const part of parts)
    for (const key of Object.keys(part)) {
      if (seen.has(key)) twice.push(key);
      seen.add(key);
    }
  return twice;
}

// Every source file of the web app, as text, to find the message ids it uses.
const sources = import.meta.glob<string>(
  [
    '../**/*.{ts,tsx}',
    '../../features/*/web/**/*.{ts,tsx}',
    // A feature's capability folders (people/register/web, …).
    '../../features/*/*/web/**/*.{ts,tsx}',
    '!../**/*.test.{ts,tsx}',
    '!../../features/*/web/**/*.test.{ts,tsx}',
    '!../../features/*/web/**/*.fixtures.ts',
    '!../../features/*/*/web/**/*.test.{ts,tsx}',
    '!../../features/*/*/web/**/*.fixtures.ts',
  ],
  { query: '?raw', import: 'default', eager: true },
);

describe('message catalogs', () => {
  it('no key is defined in two catalogue files', () => {
    expect(collisions(allSvCatalogParts)).toEqual([]);
    expect(collisions(enCatalogParts)).toEqual([]);
  });

  it('sv and en have exactly the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
  });

  it('no message is empty', () => {
    for (const [locale, messages] of Object.entries(catalogs)) {
      const empty = Object.entries(messages).filter(([, text]) => text.trim() === '');
      expect([locale, empty]).toEqual([locale, []]);
    }
  });

  it('every message is valid ICU syntax', () => {
    for (const [locale, messages] of Object.entries(catalogs)) {
      const errors: string[] = [];
      const intl = createIntl({ locale, messages, onError: (error) => errors.push(error.message) });
      for (const [id, text] of Object.entries(messages)) {
        // Every placeholder gets a value, so only syntax errors are left.
        const names = [...text.matchAll(/\{\s*(\w+)/g)].map((match) => match[1] ?? '');
        intl.formatMessage({ id }, Object.fromEntries(names.map((name) => [name, 1])));
      }
      expect([locale, errors]).toEqual([locale, []]);
    }
  });

  it('has a message for every literal id used in the code', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(20);
    const namespaces = new Set(Object.keys(sv).map((id) => id.split('.')[0]));
    const used = new Set<string>();
    for (const text of Object.values(sources)) {
      for (const match of text.matchAll(/\bid[=:]\s*\{?\s*['"]([a-zA-Z][\w.]*\.[\w.]+)['"]/g)) {
        used.add(match[1] ?? '');
      }
      // Ids kept in constants, e.g. `label: 'nav.me'`: any string starting with a catalog namespace.
      for (const match of text.matchAll(/['"]((?:[a-zA-Z]+)\.[\w.]+)['"]/g)) {
        const id = match[1] ?? '';
        if (namespaces.has(id.split('.')[0] ?? '')) used.add(id);
      }
    }
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].filter((id) => !(id in sv));
    expect(missing).toEqual([]);
  });

  it('has a message for every code the ids are built from', () => {
    const dynamic = [
      ...Object.keys(appErrorStatus).map((code) => `error.${code}`),
      'error.network',
      ...roleNames.map((role) => `role.${role}`),
      ...committeeKinds.map((kind) => `committee.kind.${kind}`),
      ...committeeKinds.map((kind) => `myGroup.kind.${kind}`),
      'myGroup.kind.local_group',
      ...outboxStatuses.map((status) => `outbox.status.${status}`),
      'error.field.passwordConfirm.mismatch',
      ...auditActions.map((action) => `audit.action.${action}`),
      ...auditActions.map((action) => `auditLog.action.${action}`),
      ...genders.map((gender) => `person.gender.${gender}`),
      ...membershipStatuses.map((status) => `person.status.${status}`),
      ...tagPalette.map((item) => item.name),
      // The person form and audit log label each field of the contract.
      ...Object.keys(emptyPersonValues()).map((field) => `person.field.${field}`),
      'error.field.memberNumber.taken',
      'error.field.localGroupId.not_your_group',
      'error.field.phone.invalid_phone',
      'error.field.localGroupId.not_found',
      ...importFields.map((field) => `import.field.${field}`),
      ...customFieldKinds.map((kind) => `customFields.kind.${kind}`),
      ...consentPurposes.map((purpose) => `privacy.purpose.${purpose}`),
      ...customFieldKinds.map((kind) => `error.field.custom.invalid_${kind}`),
      'error.field.custom.unknown_field',
      'error.field.label.taken',
      'error.field.options.options_required',
      'error.field.options.options_not_allowed',
      ...['semicolon', 'comma', 'tab', 'none'].map((name) => `import.delimiter.${name}`),
      // The organizer's activity pages.
      ...calendarViews.map((view) => `calendar.view.${view}`),
      ...activityVisibilities.flatMap((v) => [
        `activities.visibility.${v}`,
        `activities.visibility.${v}.hint`,
      ]),
      ...recurrences.map((r) => `activities.recurrence.${r}`),
      ...editScopes.flatMap((s) => [
        `activities.editor.scope.${s}`,
        `activities.cancel.scope.${s}`,
      ]),
      ...signupSources.map((source) => `activities.source.${source}`),
      ...reportKinds.map((kind) => `activities.report.${kind}`),
      ...['dryRun', 'done'].flatMap((outcome) =>
        ['title', 'created', 'updated', 'skipped', 'errors', 'errorsText'].map(
          (part) => `import.${outcome}.${part}`,
        ),
      ),
    ];
    expect(dynamic.filter((id) => !(id in sv))).toEqual([]);
  });
});
