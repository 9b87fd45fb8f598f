import type { FastifyInstance } from 'fastify';
import type { PersonDataPart } from '../../../platform/server/person-data.ts';
import { defineServerModule } from '../../../platform/server/module.ts';
import { peoplePersonData } from '../register/server/people.person-data.ts';
import { registerMeRoutes } from '../me/server/me.routes.ts';
import { registerExportRoutes } from '../export/server/export.routes.ts';
import { importPersonData } from '../import/server/import.person-data.ts';
import { addDemoImport } from '../import/server/import.demo.ts';
import { registerImportRoutes } from '../import/server/import.routes.ts';
import { registerRegisterRoutes } from '../register/server/register.routes.ts';
import { peopleTimeline } from '../register/server/people.timeline.ts';

// The register's row and the latest import's record of it, as the module's one part.
const personData: PersonDataPart = {
  tables: [...peoplePersonData.tables, ...importPersonData.tables],
  myData: async (db, scope) => ({
    ...(await peoplePersonData.myData!(db, scope)),
    ...(await importPersonData.myData(db, scope)),
  }),
  async erase(trx, scope, events) {
    await importPersonData.erase(trx, scope);
    await peoplePersonData.erase!(trx, scope, events);
  },
  merge: importPersonData.merge,
};

export const peopleModule = defineServerModule({
  name: 'people',
  personData,
  timeline: peopleTimeline,
  demo: addDemoImport,
  routes(app: FastifyInstance) {
    registerMeRoutes(app);
    registerRegisterRoutes(app);
    registerImportRoutes(app);
    registerExportRoutes(app);
  },
});
