import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api.ts';
import { svMessages as sv } from '../../../web/i18n/catalogs.ts';
import { describeError, fieldErrorMessage, isRetryable } from './error-messages.ts';

const intl = createIntl({ locale: 'sv', messages: sv });
const problem = (
  status: number,
  code: 'conflict' | 'validation',
  path: string,
  fieldCode: string,
) =>
  new ApiError(status, code, {
    type: 'about:blank',
    title: 'x',
    status,
    code,
    errors: [{ path, code: fieldCode, message: 'English' }],
  });

describe('describeError', () => {
  it('points at the marked fields when a 409 or 400 names them, and never says reload', () => {
    for (const error of [
      problem(409, 'conflict', 'body.name', 'taken'),
      problem(400, 'validation', 'body.phone', 'invalid_phone'),
    ]) {
      expect(describeError(intl, error)).toBe('Rätta de markerade fälten.');
    }
    expect(describeError(intl, new ApiError(409, 'conflict', null))).not.toMatch(/Ladda om/);
  });

  it('lets a page explain an error its form cannot mark (a used-up link)', () => {
    const error = problem(400, 'validation', 'body.token', 'invalid_token');
    expect(describeError(intl, error, { validation: 'token.invalid' })).toMatch(/Länken/);
  });
});

describe('fieldErrorMessage', () => {
  it('has words for every code the server sends for a field', () => {
    const cases: [string, string, string][] = [
      ['name', 'taken', 'Det finns redan en lokalgrupp som heter så.'],
      ['email', 'taken', 'Det finns redan ett konto med den e-postadressen.'],
      ['phone', 'invalid_phone', 'Skriv ett telefonnummer, till exempel 070-123 45 67.'],
      ['localGroupId', 'required_for_coordinator', 'En lokal samordnare behöver en lokalgrupp.'],
    ];
    for (const [field, code, text] of cases) {
      expect(fieldErrorMessage(intl, field, code)).toBe(text);
    }
    for (const [field, code] of [
      ['coordinatorId', 'not_found'],
      ['localGroupId', 'not_found'],
      ['token', 'invalid_token'],
    ]) {
      expect(`error.field.${field}.${code}` in sv).toBe(true);
    }
  });
});

describe('isRetryable', () => {
  it('offers a retry for no answer or a server fault, not for a missing page', () => {
    expect(isRetryable(new ApiError(0, 'network', null))).toBe(true);
    expect(isRetryable(new ApiError(502, 'internal', null))).toBe(true);
    expect(isRetryable(new ApiError(404, 'not_found', null))).toBe(false);
    expect(isRetryable(new ApiError(403, 'forbidden', null))).toBe(false);
  });
});
