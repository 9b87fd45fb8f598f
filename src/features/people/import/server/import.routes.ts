import type { FastifyInstance } from 'fastify';
import { Readable } from 'node:stream';
import { getAuth, type Auth } from '../../../../platform/server/auth.ts';
import { addRoute, type RouteRequest } from '../../../../platform/server/route.ts';
import { listCustomFields } from '../../../custom-fields/server/custom-fields.queries.ts';
import { importRoutes as routes } from '../import.contract.ts';
import { ImportJobs } from './import-jobs.ts';
import { previewImport, readImport, runImport } from './import.service.ts';
import { undoImport } from './import-undo.service.ts';

/** Import of people; organizers and admins only (the route table says so). */
export function registerImportRoutes(app: FastifyInstance) {
  const jobs = new ImportJobs((error) => {
    // Name, code and message only: a database error's detail may quote a row's values.
    const { name, message, code } = error as { name?: string; message?: string; code?: string };
    app.log.error({ err: { name, code, message } }, 'import failed');
  });
  // Runs before the database closes (onClose hooks run in reverse order of registration).
  app.addHook('onClose', () => jobs.settle());

  addRoute(app, routes.previewImport, async (request) => {
    const { filename, contentBase64, mapping } = request.body;
    const customFields = await listCustomFields(app.db, getAuth(request).organizationId);
    return previewImport(Buffer.from(contentBase64, 'base64'), filename, mapping, customFields);
  });

  // The file is read and its mapping checked before answering, so a file that cannot be
  // imported is refused at once; the import itself runs in the background.
  async function startImport(request: RouteRequest<typeof routes.importPeople>) {
    const auth = getAuth(request);
    const { filename, contentBase64, mapping, onMatch, newPeopleAre, isDryRun } = request.body;
    const options = {
      organizationId: auth.organizationId,
      accountId: auth.accountId,
      mapping,
      onMatch,
      newPeopleAre,
      isDryRun,
    };
    const read = await readImport(app.db, Buffer.from(contentBase64, 'base64'), filename, options);
    return jobs.start(ownerOf(auth), { total: read.totalRows, isDryRun }, (onProgress) =>
      runImport(app.db, read, { ...options, onProgress }),
    );
  }

  addRoute(app, routes.importPeople, startImport);

  // Following a job by polling needs the database for the session at each request, which on
  // PGlite waits for the import's transaction; this answer streams progress without it.
  addRoute(app, routes.followImport, async (request, reply) => {
    const job = await startImport(request);
    reply
      .type('application/x-ndjson; charset=utf-8')
      .header('cache-control', 'no-store')
      .header('x-accel-buffering', 'no');
    // A stream is sent as it is, not serialized.
    return Readable.from(jobs.follow(ownerOf(getAuth(request)), job.id)) as never;
  });

  addRoute(app, routes.getImportJob, async (request) =>
    jobs.get(ownerOf(getAuth(request)), request.params.id),
  );

  addRoute(app, routes.undoImport, async (request) => {
    const auth = getAuth(request);
    return undoImport(app.db, {
      organizationId: auth.organizationId,
      accountId: auth.accountId,
      importId: request.params.id,
    });
  });
}

function ownerOf(auth: Auth) {
  return { accountId: auth.accountId, organizationId: auth.organizationId };
}
