import list from '../modules.json';
import type { ServerModule } from '../platform/server/module.ts';

/** The features in layers, lowest first (src/modules.json). */
export const featureLayers: string[][] = list.layers;
export const featureNames: string[] = featureLayers.flat();

function isServerModule(value: unknown, name: string): value is ServerModule {
  return typeof value === 'object' && value !== null && (value as ServerModule).name === name;
}

let loading: Promise<ServerModule[]> | undefined;

/**
 * Every feature's server module (`src/features/<name>/server/<name>.module.ts`), in the order of
 * src/modules.json: the app is built from them, so adding a feature is a name in that list.
 */
export function loadServerModules(): Promise<ServerModule[]> {
  loading ??= Promise.all(
    featureNames.map(async (name) => {
      const file = `../features/${name}/server/${name}.module.ts`;
      const exports = (await import(file)) as Record<string, unknown>;
      const found = Object.values(exports).filter((value) => isServerModule(value, name));
      if (found.length !== 1) {
        throw new Error(`${file} must export one server module named '${name}'`);
      }
      return found[0]!;
    }),
  );
  return loading;
}
