import { z } from 'zod';
import { Id } from '../../platform/shared/atoms.ts';
import { defineRoute, defineRoutes } from '../../platform/shared/route.ts';
import { customFieldKinds } from '../../platform/shared/db-values.generated.ts';

export const CustomField = z.object({
  id: Id,
  label: z.string(),
  kind: z.enum(customFieldKinds),
  /** The choices of a choice or multiple-choice field. */
  options: z.array(z.string()),
  position: z.number().int(),
});
export type CustomField = z.infer<typeof CustomField>;

const Label = z.string().trim().min(1).max(60);
const Options = z.array(z.string().trim().min(1).max(100)).max(100);

export const CustomFieldInput = z.object({
  label: Label,
  kind: z.enum(customFieldKinds),
  options: Options.default([]),
});
export const CustomFieldPatch = z.object({
  label: Label.optional(),
  options: Options.optional(),
  position: z.number().int().min(0).max(1000).optional(),
});

/** A value as stored and answered: text, number, date 'YYYY-MM-DD', choice(s), yes/no, URL. */
export const CustomValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);
/** Values by field id; null in a change removes the value. */
export const CustomValues = z.record(z.string(), CustomValue);
export const CustomValuesPatch = z.record(z.string(), CustomValue.nullable());

const IdParams = z.object({ id: Id });

export const customFieldRoutes = defineRoutes({
  listCustomFields: defineRoute({
    method: 'GET',
    path: '/api/custom-fields',
    permission: 'coordinator',
    summary: "The association's own fields on people, in order",
    tags: ['custom fields'],
    response: z.object({ items: z.array(CustomField) }),
  }),
  createCustomField: defineRoute({
    method: 'POST',
    path: '/api/custom-fields',
    permission: 'admin',
    summary: 'Add a field to every person record',
    tags: ['custom fields'],
    status: 201,
    body: CustomFieldInput,
    response: CustomField,
  }),
  updateCustomField: defineRoute({
    method: 'PATCH',
    path: '/api/custom-fields/:id',
    permission: 'admin',
    summary: 'Rename a field, change its choices or its place (its kind stays)',
    tags: ['custom fields'],
    params: IdParams,
    body: CustomFieldPatch,
    response: CustomField,
  }),
  deleteCustomField: defineRoute({
    method: 'DELETE',
    path: '/api/custom-fields/:id',
    permission: 'admin',
    summary: "Delete a field and everyone's value in it",
    tags: ['custom fields'],
    params: IdParams,
    response: z.object({ ok: z.literal(true) }),
  }),
});
