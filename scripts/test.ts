// `npm test`: the whole suite.
//  1. unit and integration tests on PGlite;
//  2. the integration tests again on PostgreSQL (TEST_DATABASE_URL, default the local server);
//  3. the end-to-end journeys in Chromium.
// Outside CI a missing PostgreSQL server or browser is skipped with a plain message;
// under CI=true it fails instead.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import pg from 'pg';

const isCi = process.env.CI === 'true';
const databaseUrl = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const totals = { passed: 0, failed: 0, skipped: 0 };
const problems: string[] = [];

mkdirSync('.tmp', { recursive: true });

function vitest(name: string, args: string[], env: Record<string, string> = {}) {
  console.log(`\n=== ${name} ===`);
  const report = `.tmp/vitest-${name.replace(/\W+/g, '-')}.json`;
  const result = spawnSync(
    'npx',
    [
      'vitest',
      'run',
      ...args,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
    { stdio: 'inherit', env: { ...process.env, TZ: 'UTC', ...env } },
  );
  if (existsSync(report)) {
    const summary = JSON.parse(readFileSync(report, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
      numPendingTests: number;
      numTodoTests: number;
    };
    totals.passed += summary.numPassedTests;
    totals.failed += summary.numFailedTests;
    totals.skipped += summary.numPendingTests + summary.numTodoTests;
  }
  if (result.status !== 0) problems.push(`${name} failed`);
}

function skipOrFail(what: string, reason: string) {
  if (isCi) {
    problems.push(`${what} could not run under CI: ${reason}`);
    console.error(`\n✗ ${what}: ${reason} (CI=true, so this fails)`);
  } else {
    console.log(`\n- Skipping ${what}: ${reason}.`);
  }
}

async function postgresAnswers(): Promise<string | null> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (error) {
    return (error as Error).message;
  } finally {
    await client.end().catch(() => {});
  }
}

// TEST_DATABASE_URL is this script's to set: the first pass is on PGlite whatever the caller has.
vitest('unit and integration tests on PGlite', [], { TEST_DATABASE_URL: '' });

const pgError = await postgresAnswers();
if (pgError) {
  skipOrFail(
    'the PostgreSQL pass',
    `no PostgreSQL server answers at ${databaseUrl.replace(/\/\/[^@]*@/, '//')} (${pgError})`,
  );
} else {
  vitest('integration tests on PostgreSQL', ['server/', 'db/', 'src/cli'], {
    TEST_DATABASE_URL: databaseUrl,
  });
}

if (!existsSync(chromium)) {
  skipOrFail('the browser pass', `no Chromium at ${chromium} (apt-get install chromium)`);
} else {
  vitest('end-to-end journeys in Chromium', ['--config', 'vitest.e2e.config.ts'], {
    CHROMIUM_PATH: chromium,
  });
}

console.log('');
for (const problem of problems) console.error(`✗ ${problem}`);
console.log(`total: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exitCode = problems.length > 0 ? 1 : 0;
