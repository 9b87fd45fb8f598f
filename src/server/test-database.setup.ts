// Vitest's global setup: one migrated PGlite database, dumped to a file once, that every test
// file's database starts from (`createTestDatabase` in testing.ts). Making a PGlite database
// runs initdb in WebAssembly, several seconds a file on a busy machine; loading the dump takes
// about one. The file is named by the migrations' checksums and PGlite's version, so a changed
// or added migration makes a new one. PostgreSQL runs (TEST_DATABASE_URL) need none.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { connectDatabase } from '../../db/connect.ts';
import { listMigrations, migrate } from '../../db/migrate.ts';

export const SNAPSHOT_ENV = 'GRASROT_TEST_SNAPSHOT';

/** PGlite's version: a dump is read only by the release that wrote it. */
function pgliteVersion(): string {
  // The package exports no package.json; it lies above the resolved entry's folder.
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const manifest = join(dirname(entry), '..', 'package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

export default async function setup() {
  if (process.env.TEST_DATABASE_URL) return;
  const hash = createHash('sha256');
  for (const migration of listMigrations())
    hash.update(`${migration.name}:${migration.checksum}\n`);
  hash.update(pgliteVersion());
  const folder = join('node_modules', '.cache', 'grasrot-test-db');
  const file = join(folder, `${hash.digest('hex').slice(0, 16)}.tar`);
  if (!existsSync(file)) {
    const database = await connectDatabase({ dataDir: 'memory://' });
    await migrate(database.db);
    const dump = await database.dump!();
    mkdirSync(folder, { recursive: true });
    const partial = `${file}.${process.pid}`;
    writeFileSync(partial, dump);
    renameSync(partial, file);
    await database.close();
  }
  process.env[SNAPSHOT_ENV] = join(process.cwd(), file);
}
