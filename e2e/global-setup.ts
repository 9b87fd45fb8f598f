import { ensureWebBuild } from '../src/server/web-build.ts';

/** Builds the web app once before the journeys, when it is missing or stale. */
export default async function setup() {
  await ensureWebBuild((message) => console.log(message));
}
