import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../../../db/connect.ts';
import { createTestDatabase } from '../../../../server/testing.ts';
import { importPeople } from '../../import/server/import.service.ts';
import { exportPeople } from './export.service.ts';
import { createFullRegister } from './export.fixtures.ts';

// Both exports through a real spreadsheet: LibreOffice opens each file and saves it again, as a
// user would, and the import must find nothing changed. .ci/run installs LibreOffice; on CI a
// missing `soffice` fails these tests instead of skipping them.

const hasSoffice = spawnSync('soffice', ['--version']).status === 0;
const isRequired = process.env.CI === 'true';

// Semicolon, double quote, UTF-8, from line 1: what a Swedish user picks in the import dialog.
const CSV_OPTIONS = '59,34,76,1';

let database: Database;
let organizationId = '';
let dir = '';

beforeAll(async () => {
  database = await createTestDatabase();
  organizationId = (await createFullRegister(database.db, 'kalkyl')).id;
  dir = mkdtempSync(join(tmpdir(), 'grasrot-soffice-'));
});
afterAll(async () => {
  await database?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Opens `file` in LibreOffice and saves it as `to` (its own profile: runs may overlap). */
function saveAs(file: string, to: 'csv' | 'xlsx'): Buffer {
  const name = `${file}.${to}`;
  const input = join(dir, name.replace(/\.(csv|xlsx)\.(csv|xlsx)$/, '.$1'));
  const outdir = join(dir, `out-${name}`);
  const filter = to === 'csv' ? `csv:Text - txt - csv (StarCalc):${CSV_OPTIONS}` : 'xlsx';
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      `--infilter=CSV:${CSV_OPTIONS}`,
      '--convert-to',
      filter,
      '--outdir',
      outdir,
      input,
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
  return readFileSync(
    join(
      outdir,
      `${input
        .split('/')
        .pop()!
        .replace(/\.\w+$/, '')}.${to}`,
    ),
  );
}

async function exported(format: 'csv' | 'xlsx'): Promise<string> {
  const file = await exportPeople(database.db, {
    organizationId,
    slug: 'kalkyl',
    accountId: null,
    format,
    describe: {},
  });
  const name = `register-${format}.${format}`;
  writeFileSync(join(dir, name), file.content);
  return name;
}

const dryRun = (bytes: Buffer, filename: string) =>
  importPeople(database.db, bytes, filename, {
    organizationId,
    accountId: null,
    onMatch: 'update',
    isDryRun: true,
  });

describe.skipIf(!hasSoffice && !isRequired)('both exports in LibreOffice', () => {
  it('reads the XLSX dates as dates, numbers as numbers and codes as text', async () => {
    const csv = saveAs(await exported('xlsx'), 'csv').toString('utf8');
    // LibreOffice quotes text cells and writes dates and numbers as they are shown.
    const asa = csv.split('\n').find((line) => line.startsWith('"Åsa"'))!;
    expect(asa).toContain(';"000123";2021-03-05;"ja";"aktiv";"kvinna";1980;"Norra";');
    expect(asa).toContain(';"012 34";');
    expect(csv).toContain(';12.5;2024-06-01;');
  }, 150_000);

  it('keeps every value of the CSV saved again as CSV or XLSX', async () => {
    const name = await exported('csv');
    const asCsv = saveAs(name, 'csv');
    expect(asCsv.toString('utf8')).toContain('"000123"');
    expect(await dryRun(asCsv, 'sparad.csv')).toMatchObject({
      created: 0,
      updated: 0,
      errors: [],
    });
    expect(await dryRun(saveAs(name, 'xlsx'), 'sparad.xlsx')).toMatchObject({
      created: 0,
      updated: 0,
      errors: [],
    });
  }, 150_000);

  it('keeps every value of the XLSX saved again as XLSX', async () => {
    const saved = saveAs(await exported('xlsx'), 'xlsx');
    expect(await dryRun(saved, 'sparad.xlsx')).toMatchObject({
      created: 0,
      updated: 0,
      errors: [],
    });
  }, 150_000);
});
