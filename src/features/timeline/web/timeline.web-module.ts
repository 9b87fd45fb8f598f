import { defineWebModule } from '../../../platform/web/module.ts';

export const timelineWebModule = defineWebModule({
  name: 'timeline',
  slots: [
    {
      slot: 'person:sections',
      load: () => import('./PersonTimeline.tsx').then((m) => m.PersonTimeline),
    },
  ],
});
