import { defineWebModule } from '../../../platform/web/module.ts';

export const duplicatesWebModule = defineWebModule({
  name: 'duplicates',
  pages: [
    {
      path: 'people/duplicates',
      access: 'organizer',
      load: () => import('./DuplicatesPage.tsx').then((m) => m.DuplicatesPage),
    },
  ],
  slots: [
    // "Is this person already here?" right after adding someone.
    {
      slot: 'person:created',
      load: () => import('./NewPersonDuplicates.tsx').then((m) => m.NewPersonDuplicates),
    },
  ],
});
