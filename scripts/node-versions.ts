// The Node.js versions besides the one running `npm test` that Gräsrot supports and tests, and
// where their binaries come from: the npm registry's `node-<platform>-<arch>` packages (the same
// builds nodejs.org publishes), so the pass needs no network beyond what `npm ci` already uses.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Majors tested in CI beside the running one; README.md's "Node.js versions" names the same. */
export const testedNodeMajors = [20, 22, 24] as const;

/**
 * What runs on the other versions: the parts that differ between Node releases — starting the
 * real server and the CLI, cookies and static files (ES-module-only dependencies loaded with
 * require()), Argon2's native binding and two-factor codes, the secret box's AES-GCM, Intl in
 * the iCalendar text and the server-rendered pages with brotli, the spreadsheet export — on
 * PGlite, kept short so CI stays within its time. The whole suite runs on the first.
 */
export const otherVersionsSmoke = [
  'src/server/first-start.test.ts',
  'src/server/security-headers.test.ts',
  'src/cli/cli.test.ts',
  'src/features/accounts/two-factor/server',
  'src/platform/server/secret-box.test.ts',
  'src/platform/server/ical.test.ts',
  'src/features/activities/feeds/server/feeds.routes.test.ts',
  'src/features/activities/feeds/server/pages/kalendarium-page.test.ts',
  'src/features/people/export/server/export-round-trip.test.ts',
];

const cacheRoot = resolve('node_modules/.cache/grasrot-node');

/** The path of a `node` binary of this major, fetched from the npm registry once; or why not. */
export function nodeBinary(major: number): { path: string } | { error: string } {
  const dir = join(cacheRoot, String(major));
  const binary = join(dir, 'package', 'bin', 'node');
  if (existsSync(binary)) return { path: binary };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const name = `node-${process.platform}-${process.arch}@${major}`;
  const pack = spawnSync('npm', ['pack', name, '--pack-destination', dir, '--silent'], {
    encoding: 'utf8',
  });
  const tarball = readdirSync(dir).find((file) => file.endsWith('.tgz'));
  if (pack.status !== 0 || !tarball) {
    return { error: `npm pack ${name} failed: ${(pack.stderr || pack.stdout).trim()}` };
  }
  const untar = spawnSync('tar', ['xzf', tarball], { cwd: dir, encoding: 'utf8' });
  rmSync(join(dir, tarball), { force: true });
  if (untar.status !== 0 || !existsSync(binary)) {
    return { error: `unpacking ${name} failed: ${untar.stderr.trim()}` };
  }
  return { path: binary };
}
