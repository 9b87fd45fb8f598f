import { defineWebModule } from '../../../platform/web/module.ts';

const listsPage = () => import('./ListsPage.tsx').then((m) => m.ListsPage);
const listPage = () => import('./ListPage.tsx').then((m) => m.ListPage);
const listEditorPage = () => import('./ListEditorPage.tsx').then((m) => m.ListEditorPage);

/** Saved lists are an organizer's; a coordinator searches on /people. */
export const listsWebModule = defineWebModule({
  name: 'lists',
  pages: [
    { path: 'lists', access: 'organizer', load: listsPage },
    { path: 'lists/new', access: 'organizer', load: listEditorPage },
    { path: 'lists/:id', access: 'organizer', load: listPage },
    { path: 'lists/:id/edit', access: 'organizer', load: listEditorPage },
  ],
  navigation: [
    { menu: 'organize', role: 'organizer', order: 40, to: '/lists', label: 'lists.nav' },
  ],
});
