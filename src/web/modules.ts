import list from '../modules.json';
import type { WebModule } from '../platform/web/module.ts';

// Each feature's web module, found by name; small, since its pages and sections load lazily.
const files = import.meta.glob<Record<string, unknown>>('../features/*/web/*.web-module.ts', {
  eager: true,
});

function isWebModule(value: unknown): value is WebModule {
  return typeof value === 'object' && value !== null && 'name' in value;
}

const order = list.layers.flat();
const found = Object.entries(files).flatMap(([file, exports]) =>
  Object.values(exports)
    .filter(isWebModule)
    .map((module) => {
      if (!file.startsWith(`../features/${module.name}/`) || !order.includes(module.name)) {
        throw new Error(`${file}: web module '${module.name}' is not its feature's, or not listed`);
      }
      return module;
    }),
);

/**
 * Every feature of the web app, in the order of src/modules.json: the routes, the navigation,
 * the header tools and the slots are built from it, and contributions to a slot show in this
 * order. Adding a feature is a name in that list.
 */
export const webModules: WebModule[] = found.sort(
  (a, b) => order.indexOf(a.name) - order.indexOf(b.name),
);
