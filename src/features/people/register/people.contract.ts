import { z } from 'zod';
import { Email, Id, Name, Text } from '../../../platform/shared/atoms.ts';
import { defineRoute, defineRoutes } from '../../../platform/shared/route.ts';
import { TagRef } from '../../tags/tags.contract.ts';
import { CustomValues, CustomValuesPatch } from '../../custom-fields/custom-fields.contract.ts';
import { genders, membershipStatuses } from '../../../platform/shared/db-values.generated.ts';

/** The fields of a person's record, as a form sends them (no defaults: see PersonInput). */
const PersonFields = z.object({
  firstName: Name,
  lastName: Name,
  email: Email.nullable(),
  /** Any common way of writing it; stored as E.164 (`070-123 45 67` → `+46701234567`). */
  phone: z.string().trim().max(40).nullable(),
  address: z.string().trim().max(200).nullable(),
  postcode: z.string().trim().max(20).nullable(),
  city: z.string().trim().max(100).nullable(),
  gender: z.enum(genders).nullable(),
  birthYear: z
    .number()
    .int()
    .min(1900)
    .max(2100)
    .refine((year) => year <= new Date().getFullYear(), 'A birth year cannot be in the future')
    .nullable(),
  isMember: z.boolean(),
  memberNumber: z.string().trim().min(1).max(40).nullable(),
  memberSince: z.iso.date().nullable(),
  membershipStatus: z.enum(membershipStatuses),
  localGroupId: Id.nullable(),
  notes: Text,
  /** Custom field values by field id; null removes one. */
  custom: CustomValuesPatch,
});

export const PersonInput = PersonFields.partial().required({ firstName: true, lastName: true });
export const PersonPatch = PersonFields.partial();

export const Person = z.object({
  id: Id,
  firstName: z.string(),
  lastName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  postcode: z.string().nullable(),
  city: z.string().nullable(),
  gender: z.enum(genders).nullable(),
  birthYear: z.number().int().nullable(),
  isMember: z.boolean(),
  memberNumber: z.string().nullable(),
  memberSince: z.string().nullable(),
  membershipStatus: z.enum(membershipStatuses),
  localGroup: z.object({ id: Id, name: z.string() }).nullable(),
  notes: z.string(),
  custom: CustomValues,
  tags: z.array(TagRef),
  hasAccount: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Person = z.infer<typeof Person>;

export const PersonSummary = Person.pick({
  id: true,
  firstName: true,
  lastName: true,
  email: true,
  phone: true,
  isMember: true,
  memberNumber: true,
  localGroup: true,
  tags: true,
});

export const PeopleQuery = z.object({
  /** Quick search: part of a name, an e-mail address or a phone number. */
  q: z.string().trim().max(100).optional(),
  localGroupId: Id.optional(),
  isMember: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

const PersonParams = z.object({ id: Id });

export const registerRoutes = defineRoutes({
  listPeople: defineRoute({
    method: 'GET',
    path: '/api/people',
    permission: 'coordinator',
    summary: 'People of the association (a coordinator: of their own local groups), searchable',
    audit: 'people-read',
    tags: ['people'],
    query: PeopleQuery,
    response: z.object({ items: z.array(PersonSummary), total: z.number().int() }),
  }),
  getPerson: defineRoute({
    method: 'GET',
    path: '/api/people/:id',
    permission: 'coordinator',
    summary: "A person's record; every view by someone else is written to the audit log",
    audit: 'people-read',
    tags: ['people'],
    params: PersonParams,
    response: Person,
  }),
  createPerson: defineRoute({
    method: 'POST',
    path: '/api/people',
    permission: 'coordinator',
    summary: 'Add a member or contact (a coordinator: to their own local group)',
    tags: ['people'],
    status: 201,
    body: PersonInput,
    response: Person,
  }),
  updatePerson: defineRoute({
    method: 'PATCH',
    path: '/api/people/:id',
    permission: 'coordinator',
    summary: "Change a person's record",
    tags: ['people'],
    params: PersonParams,
    body: PersonPatch,
    response: Person,
  }),
});

/** A local group, or null for none; its name is null when the group has been deleted since. */
const GroupRef = z.object({ id: Id, name: z.string().nullable() }).nullable();

/**
 * Old → new, only for the fields an erased person's anonymous row keeps anyway (membership and
 * local group); other changes name the field and never hold its value.
 */
export const FieldChange = z.discriminatedUnion('field', [
  z.object({ field: z.literal('isMember'), from: z.boolean(), to: z.boolean() }),
  z.object({
    field: z.literal('membershipStatus'),
    from: z.enum(membershipStatuses),
    to: z.enum(membershipStatuses),
  }),
  z.object({ field: z.literal('localGroup'), from: GroupRef, to: GroupRef }),
]);
export type FieldChange = z.infer<typeof FieldChange>;

/** The record's events in a person's timeline (the timeline adds id, time and actor). */
export const personTimelineEvents = [
  z.object({ kind: z.literal('created'), isImported: z.boolean() }),
  z.object({
    kind: z.literal('changed'),
    /** Names of the person contract's fields (`phone`, `localGroupId`, `custom` …). */
    fields: z.array(z.string()),
    changes: z.array(FieldChange),
  }),
] as const;
