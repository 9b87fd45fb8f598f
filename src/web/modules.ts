import type { WebModule } from '../platform/web/module.ts';
import { accountsWebModule } from '../features/accounts/web/accounts.web-module.ts';
import { activitiesWebModule } from '../features/activities/web/activities.web-module.ts';
import { customFieldsWebModule } from '../features/custom-fields/web/custom-fields.web-module.ts';
import { duplicatesWebModule } from '../features/duplicates/web/duplicates.web-module.ts';
import { listsWebModule } from '../features/lists/web/lists.web-module.ts';
import { mailWebModule } from '../features/mail/web/mail.web-module.ts';
import { organizationsWebModule } from '../features/organizations/web/organizations.web-module.ts';
import { peopleWebModule } from '../features/people/web/people.web-module.ts';
import { privacyWebModule } from '../features/privacy/web/privacy.web-module.ts';
import { tagsWebModule } from '../features/tags/web/tags.web-module.ts';
import { timelineWebModule } from '../features/timeline/web/timeline.web-module.ts';

/**
 * Every feature of the web app, lowest rank first (docs/ARCHITECTURE.md): the routes, the
 * navigation, the header tools and the slots are built from this list, and contributions to a
 * slot show in this order. Adding a feature's pages is a line here.
 */
export const webModules: WebModule[] = [
  customFieldsWebModule,
  mailWebModule,
  organizationsWebModule,
  accountsWebModule,
  tagsWebModule,
  peopleWebModule,
  privacyWebModule,
  timelineWebModule,
  duplicatesWebModule,
  listsWebModule,
  activitiesWebModule,
];
