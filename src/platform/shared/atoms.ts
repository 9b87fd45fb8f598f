import { z } from 'zod';
import { roleNames } from './db-values.generated.ts';

/** Small zod atoms shared by API schemas and forms. */
export const Id = z.uuid();
export const Slug = z
  .string()
  .min(2)
  .max(60)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase letters, digits and single hyphens');
export const Email = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email())
  .transform((value) => value.toLowerCase());
export const Password = z.string().min(10).max(200);
export const Name = z.string().trim().min(1).max(100);
export const Text = z.string().max(5000);
export const Timestamp = z.iso.datetime({ offset: true });

export const Role = z.enum(roleNames);
export type Role = z.infer<typeof Role>;

export const OkResponse = z.object({ ok: z.literal(true) });
