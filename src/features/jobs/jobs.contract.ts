import { z } from 'zod';
import { Id } from '../../platform/shared/atoms.ts';
import { defineRoute, defineRoutes } from '../../platform/shared/route.ts';
import { jobStatuses } from '../../platform/shared/db-values.generated.ts';

/** queued → running → done; a failure goes back to queued (later) until the last attempt, then failed. */
export const JobStatus = z.enum(jobStatuses);

/** A job as admins see it: what and when, never its payload (it names the people concerned). */
export const JobSummary = z.object({
  id: Id,
  kind: z.string(),
  status: JobStatus,
  attempts: z.number().int(),
  maxAttempts: z.number().int(),
  runAt: z.string(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});

export const jobRoutes = defineRoutes({
  listJobs: defineRoute({
    method: 'GET',
    path: '/api/admin/jobs',
    permission: 'admin',
    summary: "The association's background jobs: counts by status and the most recent jobs",
    tags: ['jobs'],
    query: z.object({
      status: JobStatus.optional(),
      limit: z.coerce.number().int().min(1).max(200).default(50),
    }),
    response: z.object({
      counts: z.object({
        queued: z.number().int(),
        running: z.number().int(),
        done: z.number().int(),
        failed: z.number().int(),
      }),
      /** Newest first. */
      items: z.array(JobSummary),
    }),
  }),
});
