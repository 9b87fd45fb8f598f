import type { FastifyInstance } from 'fastify';
import { getAuth } from '../../../platform/server/auth.ts';
import { addRoute } from '../../../platform/server/route.ts';
import { auditPeopleRead } from '../../../platform/server/people-read.ts';
import { reachableGroupIds } from '../../organizations/server/organizations.policy.ts';
import { listPeople } from '../../people/register/server/register.queries.ts';
import { listRoutes as routes, type FilterGroup, type Sort } from '../lists.contract.ts';
import { compileFilter } from './filter-sql.ts';
import { describeFilter } from './describe-filter.ts';
import { exportList } from './list-export.service.ts';
import { getOrganization } from '../../organizations/server/organizations.queries.ts';
import { createList, deleteList, getList, listLists, updateList } from './lists.queries.ts';
import type { Auth } from '../../../platform/server/auth.ts';

export function registerListRoutes(app: FastifyInstance) {
  const search = (
    auth: Auth,
    input: { filter: FilterGroup; sort: Sort; limit: number; offset: number },
  ) =>
    listPeople(app.db, auth.organizationId, {
      groupIds: reachableGroupIds(auth),
      where: (eb) => compileFilter(eb, input.filter),
      sort: input.sort,
      limit: input.limit,
      offset: input.offset,
    });

  addRoute(app, routes.searchPeople, async (request) => {
    const { filter, sort, limit, offset } = request.body;
    const page = await search(getAuth(request), request.body);
    await auditPeopleRead(request, {
      list: 'search',
      query: { filter: describeFilter(filter), sort },
      page: { offset, limit },
      count: page.items.length,
    });
    return page;
  });

  addRoute(app, routes.listLists, async (request) => ({
    items: await listLists(app.db, getAuth(request)),
  }));
  addRoute(app, routes.createList, async (request) =>
    createList(app.db, getAuth(request), request.body),
  );
  addRoute(app, routes.getList, async (request) =>
    getList(app.db, getAuth(request), request.params.id),
  );
  addRoute(app, routes.updateList, async (request) =>
    updateList(app.db, getAuth(request), request.params.id, request.body),
  );
  addRoute(app, routes.deleteList, async (request) => {
    await deleteList(app.db, getAuth(request), request.params.id);
    return { ok: true as const };
  });

  addRoute(app, routes.listPeopleOfList, async (request) => {
    const auth = getAuth(request);
    const list = await getList(app.db, auth, request.params.id);
    const page = await search(auth, { filter: list.filter, sort: list.sort, ...request.query });
    await auditPeopleRead(request, {
      list: 'saved-list',
      query: { listId: list.id },
      page: request.query,
      count: page.items.length,
    });
    return page;
  });

  addRoute(app, routes.exportListPeople, async (request) => {
    const auth = getAuth(request);
    const { listId, filter, format, columns } = request.body;
    const organization = await getOrganization(app.db, auth.organizationId);
    const list = listId ? await getList(app.db, auth, listId) : undefined;
    const file = await exportList(app.db, {
      organizationId: auth.organizationId,
      slug: organization.slug,
      accountId: auth.accountId,
      format,
      list,
      filter,
      columns,
    });
    return {
      filename: file.filename,
      contentType: file.contentType,
      contentBase64: file.content.toString('base64'),
      count: file.count,
    };
  });
}
