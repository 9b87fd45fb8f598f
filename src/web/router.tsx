import { useRoutes } from 'react-router';
import {
  composeWebModules,
  moduleRoutes,
  WebModulesProvider,
} from '../platform/web/ui/web-modules.tsx';
import { webModules } from './modules.ts';

/** The app's modules, composed once: the shell's tools and menus, and the slots' contents. */
export const webComposition = composeWebModules(webModules);

const routes = moduleRoutes(webModules);

export function AppRoutes() {
  const page = useRoutes(routes);
  return <WebModulesProvider value={webComposition}>{page}</WebModulesProvider>;
}
