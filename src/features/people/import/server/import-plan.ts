import type { MembershipStatus } from '../../../../platform/shared/db-values.generated.ts';
import type { PersonDraft } from './parse/apply-mapping.ts';
import type { ExistingPerson, ImportColumn, ImportColumns } from './import.queries.ts';
import { isLossyCopy } from './lossy-text.ts';

export interface PlanError {
  line: number;
  reason: string;
  code: string;
}

export interface ImportPlan {
  inserts: ImportColumns[];
  updates: (Partial<ImportColumns> & { id: string })[];
  created: number;
  updated: number;
  skipped: number;
  /** New people whose row did not say whether they are members: they got `newAreMembers`. */
  membershipDefaulted: number;
  errors: PlanError[];
}

type Target =
  | { kind: 'existing'; id: string; values: ImportColumns; changes: Partial<ImportColumns> }
  | { kind: 'new'; values: ImportColumns };

const STATUS_WORDS = new Map<string, MembershipStatus>([
  ...words('active', ['aktiv', 'active', 'betalande', 'betald', 'betalt', 'medlem', 'ja']),
  ...words('lapsed', ['vilande', 'lapsed', 'obetald', 'ej betald', 'förfallen', 'inaktiv']),
  ...words('resigned', ['utträdd', 'utträtt', 'avslutad', 'avslutat', 'avgått', 'resigned']),
]);

/**
 * Decides, row by row, what an import does: matches each draft to someone already in the register
 * or earlier in the file (member number, else e-mail, else phone), then creates, merges the
 * row's non-empty fields in, or skips. Pure: the caller loads the register and writes the plan.
 */
export function planImport(input: {
  drafts: { line: number; person: PersonDraft }[];
  existing: ExistingPerson[];
  localGroups: { id: string; name: string }[];
  onMatch: 'update' | 'skip';
  /** What a new person is when the row says nothing of membership; existing people keep theirs. */
  newAreMembers?: boolean;
}): ImportPlan {
  const plan: ImportPlan = {
    inserts: [],
    updates: [],
    created: 0,
    updated: 0,
    skipped: 0,
    membershipDefaulted: 0,
    errors: [],
  };
  const groupIds = new Map(input.localGroups.map((g) => [g.name.trim().toLowerCase(), g.id]));
  const keys = new KeyIndex();
  const existingTargets: Extract<Target, { kind: 'existing' }>[] = [];
  for (const { id, ...values } of input.existing) {
    const target: Target = { kind: 'existing', id, values, changes: {} };
    existingTargets.push(target);
    keys.add(target, values, false);
  }
  const newTargets: Extract<Target, { kind: 'new' }>[] = [];

  for (const { line, person } of input.drafts) {
    const values = toColumns(person, groupIds, line, plan.errors);
    if (!values) continue;
    const target = keys.find(values);
    if (!target) {
      const isMember = values.is_member ?? input.newAreMembers ?? false;
      if (values.is_member === undefined) plan.membershipDefaulted++;
      const created: Target = {
        kind: 'new',
        values: withDefaults({ is_member: isMember, ...values }),
      };
      newTargets.push(created);
      keys.add(created, created.values, true);
      plan.created++;
      continue;
    }
    // "Skip" leaves people who were already in the register alone; a second row for someone this
    // file creates is still merged in, or the file would create them twice.
    if (target.kind === 'existing' && input.onMatch === 'skip') {
      plan.skipped++;
      continue;
    }
    const changes = changesTo(values, target.values);
    const lossy = findLossyChange(changes, target.values);
    if (lossy) {
      plan.errors.push({
        line,
        code: 'lossy_encoding',
        reason:
          `Raden skulle ändra "${lossy.before}" till "${lossy.after}": filen har troligen sparats ` +
          'i en teckenkodning som saknar bokstaven. Spara den som CSV UTF-8 eller Excel-fil (XLSX) och importera igen',
      });
      continue;
    }
    if (Object.keys(changes).length === 0) {
      plan.skipped++;
      continue;
    }
    const before = { ...target.values };
    applyChanges(target.values, changes);
    if (target.kind === 'existing') applyChanges(target.changes, changes);
    keys.move(target, before, target.values);
    plan.updated++;
  }
  plan.inserts = newTargets.map((target) => target.values);
  plan.updates = existingTargets
    .filter((target) => Object.keys(target.changes).length > 0)
    .map((target) => ({ id: target.id, ...target.changes }));
  plan.errors.sort((a, b) => a.line - b.line);
  return plan;
}

/** A text change that only damages letters ("Nystr?m" for "Nyström"), if the row has one. */
function findLossyChange(changes: Partial<ImportColumns>, current: ImportColumns) {
  const pairs: [unknown, unknown][] = [
    ...(Object.keys(changes) as ImportColumn[]).map((column): [unknown, unknown] => [
      changes[column],
      current[column],
    ]),
    ...Object.entries(changes.custom ?? {}).map(([id, value]): [unknown, unknown] => [
      value,
      current.custom[id],
    ]),
  ];
  for (const [after, before] of pairs) {
    if (typeof after === 'string' && typeof before === 'string' && isLossyCopy(after, before)) {
      return { before, after };
    }
  }
  return undefined;
}

/** The row's values that differ from the person's; custom values field by field, tags added. */
function changesTo(values: Partial<ImportColumns>, current: ImportColumns): Partial<ImportColumns> {
  const changes: Partial<ImportColumns> = {};
  for (const column of Object.keys(values) as ImportColumn[]) {
    if (column === 'tags') {
      const has = new Set(current.tags.map((tag) => tag.toLowerCase()));
      const added = (values.tags ?? []).filter((tag) => !has.has(tag.toLowerCase()));
      if (added.length > 0) changes.tags = added;
      continue;
    }
    if (column !== 'custom') {
      if (values[column] !== current[column]) setColumn(changes, column, values[column]);
      continue;
    }
    const custom = Object.entries(values.custom ?? {}).filter(
      ([id, value]) => !isSameValue(value, current.custom[id]),
    );
    if (custom.length > 0) changes.custom = Object.fromEntries(custom);
  }
  return changes;
}

/** Sets the changed columns; custom values replace only the fields they name. */
function applyChanges(into: Partial<ImportColumns>, changes: Partial<ImportColumns>) {
  for (const column of Object.keys(changes) as ImportColumn[]) {
    if (column === 'custom') into.custom = { ...into.custom, ...changes.custom };
    else if (column === 'tags') into.tags = [...(into.tags ?? []), ...(changes.tags ?? [])];
    else setColumn(into, column, changes[column]);
  }
}

/** Choices in another order are the same choices. */
function isSameValue(a: unknown, b: unknown): boolean {
  const key = (value: unknown) =>
    JSON.stringify(Array.isArray(value) ? [...(value as string[])].sort() : (value ?? null));
  return key(a) === key(b);
}

function setColumn<K extends ImportColumn>(
  into: Partial<ImportColumns>,
  column: K,
  value: ImportColumns[K] | undefined,
) {
  if (value !== undefined) into[column] = value;
}

/** The row's non-empty values as columns; undefined (and errors added) when it cannot be used. */
function toColumns(
  person: PersonDraft,
  groupIds: Map<string, string>,
  line: number,
  errors: PlanError[],
): Partial<ImportColumns> | undefined {
  let localGroupId: string | undefined;
  let status: MembershipStatus | undefined;
  const before = errors.length;
  if (person.localGroupName !== null) {
    localGroupId = groupIds.get(person.localGroupName.toLowerCase());
    if (!localGroupId) {
      errors.push({
        line,
        code: 'unknown_local_group',
        reason: `Lokalgruppen "${person.localGroupName}" finns inte i föreningen`,
      });
    }
  }
  if (person.membershipStatus !== null) {
    status = STATUS_WORDS.get(person.membershipStatus.toLowerCase());
    if (!status) {
      errors.push({
        line,
        code: 'invalid_membership_status',
        reason: `Medlemsstatusen "${person.membershipStatus}" känns inte igen (använd aktiv, vilande eller utträdd)`,
      });
    }
  }
  if (errors.length > before) return undefined;
  const columns: Partial<ImportColumns> = {
    first_name: person.firstName ?? undefined,
    last_name: person.lastName ?? undefined,
    email: person.email ?? undefined,
    phone: person.phone ?? undefined,
    address: person.address ?? undefined,
    postcode: person.postcode ?? undefined,
    city: person.city ?? undefined,
    gender: person.gender ?? undefined,
    birth_year: person.birthYear ?? undefined,
    is_member: person.isMember ?? undefined,
    member_number: person.memberNumber ?? undefined,
    member_since: person.memberSince ?? undefined,
    membership_status: status,
    local_group_id: localGroupId,
    notes: person.notes ?? undefined,
    custom: Object.keys(person.custom).length > 0 ? person.custom : undefined,
    tags: person.tags.length > 0 ? person.tags : undefined,
  };
  for (const column of Object.keys(columns) as ImportColumn[]) {
    if (columns[column] === undefined) delete columns[column];
  }
  return columns;
}

/** A new person: what the file does not say is empty (membership is decided by the caller). */
function withDefaults(values: Partial<ImportColumns>): ImportColumns {
  return {
    first_name: '',
    last_name: '',
    email: null,
    phone: null,
    address: null,
    postcode: null,
    city: null,
    gender: null,
    birth_year: null,
    is_member: false,
    member_number: null,
    member_since: null,
    membership_status: 'active',
    local_group_id: null,
    notes: '',
    custom: {},
    tags: [],
    ...values,
  };
}

/** The people of the register and of the file so far, by member number, e-mail and phone. */
class KeyIndex {
  private readonly byMemberNumber = new Map<string, Target>();
  private readonly byEmail = new Map<string, Target>();
  private readonly byPhone = new Map<string, Target>();

  find(values: Partial<ImportColumns>): Target | undefined {
    return (
      (values.member_number ? this.byMemberNumber.get(values.member_number) : undefined) ??
      (values.email ? this.byEmail.get(values.email.toLowerCase()) : undefined) ??
      (values.phone ? this.byPhone.get(values.phone) : undefined)
    );
  }

  /** Registers a person's keys; the oldest holder of a shared e-mail or phone keeps it. */
  add(target: Target, values: Partial<ImportColumns>, isNewest: boolean) {
    for (const [map, key] of this.keysOf(values)) {
      if (isNewest || !map.has(key)) map.set(key, target);
    }
  }

  /** A merge changed a person's keys: the old ones stop pointing at them, the new ones start. */
  move(target: Target, before: Partial<ImportColumns>, after: Partial<ImportColumns>) {
    for (const [map, key] of this.keysOf(before)) {
      if (map.get(key) === target) map.delete(key);
    }
    for (const [map, key] of this.keysOf(after)) map.set(key, target);
  }

  private keysOf(values: Partial<ImportColumns>): [Map<string, Target>, string][] {
    const keys: [Map<string, Target>, string][] = [];
    if (values.member_number) keys.push([this.byMemberNumber, values.member_number]);
    if (values.email) keys.push([this.byEmail, values.email.toLowerCase()]);
    if (values.phone) keys.push([this.byPhone, values.phone]);
    return keys;
  }
}

function words(status: MembershipStatus, list: string[]): [string, MembershipStatus][] {
  return list.map((word) => [word, status]);
}
