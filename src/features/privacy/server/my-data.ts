import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../../../db/schema.ts';
import { formatCsv } from '../../../platform/server/write-csv.ts';
import type { MyData } from '../privacy.contract.ts';
import type {
  MyDataSection,
  PersonDataPart,
  PersonScope,
} from '../../../platform/server/person-data.ts';

type Data = z.infer<typeof MyData>;

/**
 * Everything held about a person, in sections contributed by every module that keeps data about
 * people (`personData` in each module), in module order with the record first.
 */
export async function collectMyData(
  db: Kysely<DB>,
  parts: PersonDataPart[],
  scope: PersonScope,
): Promise<Data> {
  const sections: Record<string, MyDataSection> = {};
  // One after the other: PGlite has a single connection, and each part is a few small queries.
  for (const part of parts) {
    if (part.myData) Object.assign(sections, await part.myData(db, scope));
  }
  const { person, ...rest } = sections;
  return { downloadedAt: new Date().toISOString(), person: person ?? null, ...rest };
}

/** The same as CSV rows of section, field and value: one file a spreadsheet opens. */
export function myDataAsCsv(data: Data): string {
  const rows: [string, string, string][] = [];
  const add = (section: string, value: unknown, prefix = '') => {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [key, inner] of Object.entries(value)) add(section, inner, `${prefix}${key}.`);
    } else if (Array.isArray(value)) {
      value.forEach((inner, index) => add(section, inner, `${prefix}${index + 1}.`));
    } else {
      rows.push([section, prefix.replace(/\.$/, ''), value === null ? '' : String(value)]);
    }
  };
  for (const [section, value] of Object.entries(data)) {
    if (section !== 'downloadedAt') add(section, value);
  }
  return '\uFEFF' + formatCsv(['section', 'field', 'value'], rows);
}
