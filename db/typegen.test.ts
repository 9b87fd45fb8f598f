import { describe, expect, it } from 'vitest';
import { parseValueList, type CatalogColumn } from './typegen-catalog.ts';
import type { TypegenConfig } from './typegen-config.ts';
import { renderTypes } from './typegen.ts';

const config: TypegenConfig = {
  enumNames: [
    { type: 'RoleName', values: 'roleNames', columns: ['accounts.role', 'account_tokens.role'] },
  ],
  jsonTypes: { 'audit_log.details': 'Record<string, unknown>' },
  neverUpdated: ['audit_log.details'],
};

function column(name: string, type: string, options: Partial<CatalogColumn> = {}): CatalogColumn {
  return {
    table: 'audit_log',
    name,
    type,
    notNull: true,
    hasDefault: false,
    generatedAlways: false,
    comment: null,
    values: null,
    ...options,
  };
}

const plain: TypegenConfig = { enumNames: [], jsonTypes: {}, neverUpdated: [] };

/** The members of the interface for `audit_log` in the source generated for these columns. */
function members(columns: CatalogColumn[], options = plain): string[] {
  const source = renderTypes(columns, options).schema;
  const body = /export interface AuditLogTable \{\n([^}]*)\}/.exec(source)![1]!;
  return body
    .trim()
    .split('\n')
    .map((line) => line.trim());
}

describe('parseValueList', () => {
  it('reads the values of a check (col in (...)) as PostgreSQL prints it', () => {
    const definition = "CHECK ((kind = ANY (ARRAY['a'::text, 'it''s'::text, 'b, c'::text])))";
    expect(parseValueList(definition, 'kind')).toEqual(['a', "it's", 'b, c']);
  });

  it('ignores other checks and checks on another column', () => {
    expect(parseValueList("CHECK ((kind = ANY (ARRAY['a'::text])))", 'role')).toBeNull();
    expect(
      parseValueList('CHECK (((length(name) >= 1) AND (length(name) <= 200)))', 'name'),
    ).toBeNull();
    expect(parseValueList("CHECK ((slug ~ '^[a-z]+$'::text))", 'slug')).toBeNull();
  });
});

describe('renderTypes', () => {
  it('maps types, nullability and defaults to the Kysely column types', () => {
    expect(
      members([
        column('id', 'uuid', { hasDefault: true }),
        column('name', 'text'),
        column('note', 'character varying(20)', { notNull: false }),
        column('count', 'bigint'),
        column('tags', 'text[]', { hasDefault: true }),
        column('day', 'date', { notNull: false, comment: 'The day it happened.' }),
        column('total', 'integer', { generatedAlways: true }),
      ]),
    ).toEqual([
      'id: Generated<string>;',
      'name: string;',
      'note: string | null;',
      'count: number;',
      'tags: Generated<string[]>;',
      '/** The day it happened. */',
      'day: string | null;',
      'total: GeneratedAlways<number>;',
    ]);
  });

  it('types timestamps as written by the database or the code, created_at never updated', () => {
    const timestamp = 'timestamp with time zone';
    expect(
      members([
        column('created_at', timestamp, { hasDefault: true }),
        column('seen_at', timestamp, { hasDefault: true }),
        column('due_at', timestamp),
        column('done_at', timestamp, { notNull: false }),
      ]),
    ).toEqual([
      'created_at: CreatedAt;',
      'seen_at: UpdatedAt;',
      'due_at: Timestamp;',
      'done_at: Timestamp | null;',
    ]);
  });

  it('types JSON as text written, read as its configured shape or unknown', () => {
    expect(
      members(
        [
          column('details', 'jsonb', { hasDefault: true }),
          column('extra', 'jsonb', { notNull: false }),
        ],
        { ...config, enumNames: [] },
      ),
    ).toEqual([
      'details: ColumnType<Record<string, unknown>, string | undefined, never>;',
      'extra: ColumnType<unknown, string, string> | null;',
    ]);
  });

  it('exports each value list once, as a const array and its union, for the tables too', () => {
    const roles = ['admin', 'organizer', 'coordinator', 'activist'];
    const { schema, values } = renderTypes(
      [
        column('details', 'jsonb', { hasDefault: true }),
        column('role', 'text', { table: 'accounts', values: roles }),
        column('role', 'text', { table: 'account_tokens', notNull: false, values: roles }),
      ],
      config,
    );
    expect(values).toContain(
      "export const roleNames = ['admin', 'organizer', 'coordinator', 'activist'] as const;\n" +
        'export type RoleName = (typeof roleNames)[number];',
    );
    expect(values.match(/export const roleNames/g)).toHaveLength(1);
    // Web code imports it, so it may import nothing itself.
    expect(values).not.toMatch(/^import /m);
    // The tables take the union from there instead of declaring it again.
    expect(schema).not.toMatch(/roleNames|type RoleName =/);
    expect(schema).toContain(
      "import type { RoleName } from '../src/platform/shared/db-values.generated.ts';",
    );
    expect(schema).toContain('role: RoleName | null;');
  });

  it('refuses what it cannot type faithfully', () => {
    expect(() => members([column('shape', 'point')])).toThrow(
      'audit_log.shape has type point, which db/typegen.ts has no TypeScript type for',
    );
    expect(() => members([column('mood', 'text', { values: ['glad', 'sad'] })])).toThrow(
      'audit_log.mood allows a list of values; name it in db/typegen-config.ts',
    );
    expect(() => members([column('id', 'uuid')], config)).toThrow(
      'db/typegen-config.ts names accounts.role, which has no list of values',
    );
    expect(() => members([column('id', 'uuid')], { ...config, enumNames: [] })).toThrow(
      'db/typegen-config.ts names audit_log.details, which is no column',
    );
    const role = (table: string, values: string[]) => column('role', 'text', { table, values });
    expect(() =>
      renderTypes(
        [role('accounts', ['admin']), role('account_tokens', ['admin', 'guest'])],
        config,
      ),
    ).toThrow('accounts.role and account_tokens.role allow different values');
  });
});
