import { accountsModule } from '../features/accounts/server/accounts.module.ts';
import { activitiesModule } from '../features/activities/server/activities.module.ts';
import { auditModule } from '../features/audit/server/audit.module.ts';
import { customFieldsModule } from '../features/custom-fields/server/custom-fields.module.ts';
import { duplicatesModule } from '../features/duplicates/server/duplicates.module.ts';
import { jobsModule } from '../features/jobs/server/jobs.module.ts';
import { listsModule } from '../features/lists/server/lists.module.ts';
import { mailModule } from '../features/mail/server/mail.module.ts';
import { organizationsModule } from '../features/organizations/server/organizations.module.ts';
import { peopleModule } from '../features/people/server/people.module.ts';
import { privacyModule } from '../features/privacy/server/privacy.module.ts';
import { systemModule } from '../features/system/server/system.module.ts';
import { tagsModule } from '../features/tags/server/tags.module.ts';
import { timelineModule } from '../features/timeline/server/timeline.module.ts';
import type { ServerModule } from '../platform/server/module.ts';

/** Every feature of the server, lowest rank first (docs/ARCHITECTURE.md). Adding one is a line here. */
export const serverModules: ServerModule[] = [
  systemModule,
  auditModule,
  customFieldsModule,
  mailModule,
  jobsModule,
  organizationsModule,
  accountsModule,
  tagsModule,
  peopleModule,
  privacyModule,
  timelineModule,
  duplicatesModule,
  listsModule,
  activitiesModule,
];
