import { defineServerModule } from '../../../platform/server/module.ts';
import { registerMeetingAfterRoutes } from './meeting-after.routes.ts';
import { registerMeetingRoomRoutes } from './meeting-room.routes.ts';
import { registerMeetingRoutes } from './meetings.routes.ts';

export const meetingsModule = defineServerModule({
  name: 'meetings',
  routes: (app) => {
    registerMeetingRoutes(app);
    registerMeetingRoomRoutes(app);
    registerMeetingAfterRoutes(app);
  },
});
