// `npm run db:types`: migrates a throw-away in-memory database and writes the Kysely types and
// value lists it has to db/schema.generated.ts and src/platform/shared/db-values.generated.ts.
// With --check, writes nothing and fails if either file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { connectDatabase } from '../db/connect.ts';
import { migrate } from '../db/migrate.ts';
import { generatedFiles, generateTypes, type GeneratedSources } from '../db/typegen.ts';

const check = process.argv.includes('--check');
const database = await connectDatabase({ dataDir: 'memory://' });
let texts: GeneratedSources;
try {
  await migrate(database.db);
  texts = await generateTypes(database.db);
} finally {
  await database.close();
}
for (const [file, url] of Object.entries(generatedFiles)) {
  const text = texts[file as keyof GeneratedSources];
  const path = fileURLToPath(url);
  let committed = '';
  try {
    committed = readFileSync(path, 'utf8');
  } catch {
    // Not written yet.
  }
  if (committed === text) {
    console.log(`${path} is up to date`);
  } else if (check) {
    console.error(`${path} is out of date with the migrations; run npm run db:types`);
    process.exitCode = 1;
  } else {
    writeFileSync(path, text);
    console.log(`wrote ${path}`);
  }
}
