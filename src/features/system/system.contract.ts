import { z } from 'zod';
import { defineRoute } from '../../platform/shared/route.ts';

export const systemRoutes = {
  health: defineRoute({
    method: 'GET',
    path: '/api/health',
    permission: 'public',
    summary: 'Liveness: the database answers',
    tags: ['system'],
    response: z.object({
      status: z.literal('ok'),
      database: z.enum(['pglite', 'postgres']),
      version: z.string(),
    }),
  }),
} as const;
