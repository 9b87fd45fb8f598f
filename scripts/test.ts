// `npm test`: the whole suite.
//  1. unit and integration tests on PGlite;
//  2. the integration tests again on PostgreSQL (TEST_DATABASE_URL, default the local server);
//  3. the end-to-end journeys in Chromium;
//  4. a smoke set on the other supported Node.js majors (scripts/node-versions.ts).
// Outside CI a missing PostgreSQL server or browser is skipped with a plain message;
// under CI=true it fails instead.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import pg from 'pg';
import { nodeBinary, otherVersionsSmoke, testedNodeMajors } from './node-versions.ts';

const isCi = process.env.CI === 'true';
const databaseUrl = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const totals = { passed: 0, failed: 0, skipped: 0 };
const problems: string[] = [];
const retried: string[] = [];

mkdirSync('.tmp', { recursive: true });

interface FileResult {
  name: string;
  status: string;
  assertionResults: { status: string }[];
}

/**
 * Runs one pass; counts into the totals unless `count` is false; gives the files that failed.
 * With `quiet`, its output is kept and printed in one piece when it ends, so that passes run at
 * the same time do not mix their lines.
 */
async function vitest(
  name: string,
  args: string[],
  env: Record<string, string> = {},
  { count = true, node, quiet = false }: { count?: boolean; node?: string; quiet?: boolean } = {},
): Promise<{ ok: boolean; files: FileResult[] }> {
  if (!quiet) console.log(`\n=== ${name} ===`);
  const report = `.tmp/vitest-${name.replace(/\W+/g, '-')}.json`;
  // On another Node, vitest runs on that binary, and so does every process a test starts.
  const path = node ? `${dirname(node)}:${process.env.PATH ?? ''}` : (process.env.PATH ?? '');
  const child = spawn(
    node ?? 'npx',
    [
      node ? 'node_modules/vitest/vitest.mjs' : 'vitest',
      'run',
      ...args,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
    {
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: { ...process.env, TZ: 'UTC', ...env, PATH: path },
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (quiet) process.stdout.write(`\n=== ${name} ===\n${output}`);
  if (existsSync(report)) {
    const summary = JSON.parse(readFileSync(report, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
      numPendingTests: number;
      numTodoTests: number;
      testResults: FileResult[];
    };
    if (count) {
      totals.passed += summary.numPassedTests;
      totals.failed += summary.numFailedTests;
      totals.skipped += summary.numPendingTests + summary.numTodoTests;
    }
    return { ok: status === 0, files: summary.testResults };
  }
  return { ok: status === 0, files: [] };
}

function countFiles(files: FileResult[]) {
  for (const file of files)
    for (const test of file.assertionResults) {
      if (test.status === 'passed') totals.passed += 1;
      else if (test.status === 'failed') totals.failed += 1;
      else totals.skipped += 1;
    }
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

function check(name: string, run: { ok: boolean }) {
  if (!run.ok) problems.push(`${name} failed`);
}

// TEST_DATABASE_URL is this script's to set: the first pass is on PGlite whatever the caller has.
check(
  'unit and integration tests on PGlite',
  await vitest('unit and integration tests on PGlite', [], { TEST_DATABASE_URL: '' }),
);

const pgError = await postgresAnswers();
if (pgError) {
  skipOrFail(
    'the PostgreSQL pass',
    `no PostgreSQL server answers at ${databaseUrl.replace(/\/\/[^@]*@/, '//')} (${pgError})`,
  );
} else {
  check(
    'integration tests on PostgreSQL',
    await vitest('integration tests on PostgreSQL', ['server/', 'db/', 'src/cli'], {
      TEST_DATABASE_URL: databaseUrl,
    }),
  );
}

if (!existsSync(chromium)) {
  skipOrFail('the browser pass', `no Chromium at ${chromium} (apt-get install chromium)`);
} else {
  // A journey drives a real browser against a real server; one that fails is run once more on
  // a fresh server, and both outcomes are printed, so a rare timing flake does not hide behind
  // a red run nor a real failure behind a retry (it fails twice).
  const name = 'end-to-end journeys in Chromium';
  const e2eArgs = ['--config', 'vitest.e2e.config.ts'];
  const first = await vitest(name, e2eArgs, { CHROMIUM_PATH: chromium }, { count: false });
  const failed = first.files.filter((file) => file.status !== 'passed');
  countFiles(first.files.filter((file) => file.status === 'passed'));
  if (first.ok) {
    countFiles(failed);
  } else if (failed.length === 0 || failed.length === first.files.length) {
    countFiles(first.files.filter((file) => file.status !== 'passed'));
    problems.push(`${name} failed`);
  } else {
    const names = failed.map((file) => relative(process.cwd(), file.name));
    console.log(
      `\n! ${names.join(', ')} failed; running ${names.length === 1 ? 'it' : 'them'} once more`,
    );
    const again = await vitest(
      `${name} (once more)`,
      [...e2eArgs, ...names],
      { CHROMIUM_PATH: chromium },
      { count: false },
    );
    countFiles(again.files);
    if (!again.ok) problems.push(`${name} failed`);
    else retried.push(...names);
  }
}

// The other Node majors' smoke sets run at the same time: each waits mostly on the processes
// its tests start, and their output is printed pass by pass.
const runningMajor = Number(process.versions.node.split('.')[0]);
await Promise.all(
  testedNodeMajors
    .filter((candidate) => candidate !== runningMajor)
    .map(async (major) => {
      const binary = nodeBinary(major);
      if ('error' in binary) {
        skipOrFail(`the Node ${major} pass`, binary.error);
        return;
      }
      const name = `smoke set on Node ${major}`;
      check(
        name,
        await vitest(
          name,
          otherVersionsSmoke,
          { TEST_DATABASE_URL: '' },
          { node: binary.path, quiet: true },
        ),
      );
    }),
);

console.log('');
for (const file of retried) console.log(`! ${file} failed once and passed when run again`);
for (const problem of problems) console.error(`✗ ${problem}`);
console.log(`total: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exitCode = problems.length > 0 ? 1 : 0;
