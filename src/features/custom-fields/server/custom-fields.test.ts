import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  login,
  seedAssociation,
  type TestApp,
  type TestAssociation,
  type TestSession,
} from '../../../server/testing.ts';

let t: TestApp;
let org: TestAssociation;
let admin: TestSession;
let organizer: TestSession;
const field: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  org = await seedAssociation(t.db, 'egna');
  admin = await login(t.app, org.emails.admin);
  organizer = await login(t.app, org.emails.organizer);
  const kinds = [
    ['Tröjstorlek', 'choice', ['S', 'M', 'L']],
    ['Språk', 'multi_choice', ['arabiska', 'somaliska', 'finska']],
    ['Antal dörrar', 'number', []],
    ['Utbildad', 'date', []],
    ['Har bil', 'yes_no', []],
    ['Blogg', 'url', []],
    ['Övrigt', 'text', []],
  ] as const;
  for (const [label, kind, options] of kinds) {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/custom-fields',
      headers: admin.headers,
      payload: { label, kind, options },
    });
    expect(response.statusCode, response.body).toBe(201);
    field[kind] = response.json().id;
  }
});
afterAll(() => t.close());

const patchPerson = (id: string, custom: object) =>
  t.app.inject({
    method: 'PATCH',
    url: `/api/people/${id}`,
    headers: organizer.headers,
    payload: { custom },
  });

describe('custom fields', () => {
  it('are defined by admins only, with choices exactly for choice fields and unique names', async () => {
    const post = (session: TestSession, payload: object) =>
      t.app.inject({
        method: 'POST',
        url: '/api/custom-fields',
        headers: session.headers,
        payload,
      });
    expect((await post(organizer, { label: 'X', kind: 'text' })).statusCode).toBe(403);
    const noChoices = await post(admin, { label: 'Storlek', kind: 'choice' });
    expect(noChoices.json().errors[0]).toMatchObject({
      path: 'body.options',
      code: 'options_required',
    });
    expect((await post(admin, { label: 'Tröjstorlek', kind: 'text' })).statusCode).toBe(409);
    const list = await t.app.inject({ url: '/api/custom-fields', headers: organizer.headers });
    expect((list.json().items as { label: string }[]).map((f) => f.label)).toEqual([
      'Tröjstorlek',
      'Språk',
      'Antal dörrar',
      'Utbildad',
      'Har bil',
      'Blogg',
      'Övrigt',
    ]);
  });

  it('hold values of their kind on a person, merged on change, removed with null', async () => {
    const person = org.memberIds[0];
    const ok = await patchPerson(person, {
      [field.choice!]: 'M',
      [field.multi_choice!]: ['arabiska', 'finska', 'arabiska'],
      [field.number!]: 120,
      [field.date!]: '2022-02-28',
      [field.yes_no!]: true,
      [field.url!]: 'https://example.org/blogg',
      [field.text!]: '  Vill gärna ringa.  ',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().custom).toEqual({
      [field.choice!]: 'M',
      [field.multi_choice!]: ['arabiska', 'finska'],
      [field.number!]: 120,
      [field.date!]: '2022-02-28',
      [field.yes_no!]: true,
      [field.url!]: 'https://example.org/blogg',
      [field.text!]: 'Vill gärna ringa.',
    });
    const changed = await patchPerson(person, { [field.number!]: 130, [field.text!]: null });
    expect(changed.json().custom[field.number!]).toBe(130);
    expect(changed.json().custom[field.choice!]).toBe('M');
    expect(changed.json().custom).not.toHaveProperty(field.text!);
  });

  it('refuse values that do not fit, naming each field', async () => {
    const bad = await patchPerson(org.memberIds[1], {
      [field.choice!]: 'XXL',
      [field.date!]: '2022-02-30',
      [field.url!]: 'javascript:alert(1)',
      [field.number!]: '12',
      '00000000-0000-4000-8000-000000000000': 'x',
    });
    expect(bad.statusCode).toBe(400);
    expect(
      (bad.json().errors as { path: string; code: string }[]).map((e) => e.code).sort(),
    ).toEqual(['invalid_choice', 'invalid_date', 'invalid_number', 'invalid_url', 'unknown_field']);
  });

  it('are filterable like native fields', async () => {
    await patchPerson(org.memberIds[1], {
      [field.choice!]: 'L',
      [field.number!]: 40,
      [field.multi_choice!]: ['somaliska'],
    });
    const search = async (condition: object) => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/people/search',
        headers: organizer.headers,
        payload: {
          filter: { type: 'group', op: 'and', conditions: [{ type: 'custom', ...condition }] },
        },
      });
      expect(response.statusCode, response.body).toBe(200);
      return (response.json().items as { id: string }[]).map((p) => p.id).sort();
    };
    const [first, second] = org.memberIds;
    expect(await search({ fieldId: field.choice, op: 'equals', value: 'M' })).toEqual([first]);
    expect(
      await search({ fieldId: field.multi_choice, op: 'includes', value: 'somaliska' }),
    ).toEqual([second]);
    expect(await search({ fieldId: field.number, op: 'gt', value: 100 })).toEqual([first]);
    expect(await search({ fieldId: field.number, op: 'lt', value: 100 })).toEqual([second]);
    expect(await search({ fieldId: field.date, op: 'gt', value: '2022-01-01' })).toEqual([first]);
    // Text in a value, ignoring case, with LIKE's wildcards taken as written.
    expect(await search({ fieldId: field.url, op: 'contains', value: 'EXAMPLE.org' })).toEqual([
      first,
    ]);
    expect(await search({ fieldId: field.url, op: 'contains', value: '%' })).toEqual([]);
    const empty = await search({ fieldId: field.yes_no, op: 'isEmpty' });
    expect(empty).toContain(second);
    expect(empty).not.toContain(first);
  });

  it('deleting a field removes everyone’s value in it', async () => {
    const response = await t.app.inject({
      method: 'DELETE',
      url: `/api/custom-fields/${field.choice}`,
      headers: admin.headers,
    });
    expect(response.statusCode).toBe(200);
    const rows = await t.db
      .selectFrom('people')
      .select('custom')
      .where('organization_id', '=', org.id)
      .execute();
    expect(rows.some((row) => field.choice! in row.custom)).toBe(false);
  });
});
