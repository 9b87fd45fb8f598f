import { defineServerModule } from '../../../platform/server/module.ts';
import { registerMeetingAfterRoutes } from './meeting-after.routes.ts';
import { registerMeetingRoomRoutes } from './meeting-room.routes.ts';
import { meetingsDemo } from './meetings.demo.ts';
import { meetingsPersonData } from './meetings.person-data.ts';
import { registerMeetingRoutes } from './meetings.routes.ts';

export const meetingsModule = defineServerModule({
  name: 'meetings',
  routes: (app) => {
    registerMeetingRoutes(app);
    registerMeetingRoomRoutes(app);
    registerMeetingAfterRoutes(app);
  },
  personData: meetingsPersonData,
  demo: meetingsDemo,
});
