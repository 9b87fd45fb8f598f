import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './testing.ts';

// A typed client can be generated from the served OpenAPI document (openapi-typescript), and
// what it generates compiles without a diagnostic, with the operations' types as the contracts
// say: usage that breaks a contract fails to compile.

let t: TestApp;
let generated: string;

beforeAll(async () => {
  t = await createTestApp();
  const response = await t.app.inject({ url: '/api/openapi.json' });
  // A field with a default may be left out of a request: `required` says what must be sent.
  generated = astToString(await openapiTS(response.body, { defaultNonNullable: false }));
}, 60_000);
afterAll(() => t.close());

/** Type-checks files, the generated client beside them; their diagnostics as text. */
function compile(files: Record<string, string>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'grasrot-client-'));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const program = ts.createProgram(
      Object.keys(files).map((name) => join(dir, name)),
      {
        strict: true,
        noEmit: true,
        allowImportingTsExtensions: true,
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.ESNext,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        lib: ['lib.es2022.d.ts'],
        types: [],
      },
    );
    return ts
      .getPreEmitDiagnostics(program)
      .map(
        (d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`,
      );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

it('generates a client that compiles without a diagnostic', () => {
  expect(generated).toContain('export interface operations');
  expect(compile({ 'api.ts': generated })).toEqual([]);
});

it("types the operations as their contracts say (login's body, the recursive filter, problems)", () => {
  const usage = `
    import type { components, operations } from './api.ts';

    type LoginBody = operations['login']['requestBody']['content']['application/json'];
    export const body: LoginBody = { email: 'a@example.org', password: 'secret' };
    // @ts-expect-error the password is required
    export const withoutPassword: LoginBody = { email: 'a@example.org' };

    type Session = operations['login']['responses'][200]['content']['application/json'];
    export const token = (session: Session): string => session.csrfToken;

    type Search = operations['searchPeople']['requestBody']['content']['application/json'];
    export const nested: Search = {
      filter: { type: 'group', op: 'and', conditions: [
        { type: 'group', op: 'or', conditions: [{ type: 'membership', isMember: true }] },
      ] },
    };
    // @ts-expect-error a group's op is 'and' or 'or'
    export const wrongOp: Search = { filter: { type: 'group', op: 'xor', conditions: [] } };

    type Throttled = operations['login']['responses'][429]['content']['application/problem+json'];
    export const code: Throttled['code'] = 'too_many_requests';
    export const problem: components['schemas']['Problem'] = {
      type: '/problems/not_found', title: 'Not found', status: 404, code: 'not_found', errors: [],
    };
  `;
  expect(compile({ 'api.ts': generated, 'usage.ts': usage })).toEqual([]);
});
