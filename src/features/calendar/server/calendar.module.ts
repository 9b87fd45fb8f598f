import { defineServerModule } from '../../../platform/server/module.ts';
import { registerCalendarRoutes } from './calendar.routes.ts';
import { publicPageMeta } from './page-meta.ts';

export const calendarModule = defineServerModule({
  name: 'calendar',
  routes: registerCalendarRoutes,
  pageMeta: publicPageMeta,
});
