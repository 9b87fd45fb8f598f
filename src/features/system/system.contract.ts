import { z } from 'zod';
import { defineRoute, defineRoutes } from '../../platform/shared/route.ts';

export const systemRoutes = defineRoutes({
  health: defineRoute({
    method: 'GET',
    path: '/api/health',
    permission: 'public',
    summary:
      'Health: the database answers a read and accepts a write; 503 with Retry-After naming the part that failed',
    tags: ['system'],
    response: z.object({
      status: z.literal('ok'),
      database: z.enum(['pglite', 'postgres']),
      version: z.string(),
    }),
  }),
});
