import { beforeAll, describe, expect, it } from 'vitest';
import {
  findPasswordProblem as findProblem,
  loadCommonPasswords,
  type CommonPasswords,
  type PasswordContext,
} from './password-policy.ts';

let common: CommonPasswords;
beforeAll(async () => {
  common = await loadCommonPasswords();
});
const findPasswordProblem = (password: string, context: PasswordContext) =>
  findProblem(password, context, common);

const karin = {
  firstName: 'Karin',
  lastName: 'Nyström',
  email: 'karin.nystrom@example.org',
  organizationName: 'Vänsterpartiet Huddinge',
};

describe('passwords that are refused', () => {
  it("shorter or longer than the contract's bounds, counted in code points as it counts", () => {
    expect(findPasswordProblem('Trähus 19', {})).toBe('too_short');
    // Ten UTF-16 units but six characters.
    expect(findPasswordProblem('🌲🌳🌲🌳ab', {})).toBe('too_short');
    expect(findPasswordProblem('🌲🌳🌲🌳abcdef', {})).toBeNull();
    expect(findPasswordProblem(`${'ord '.repeat(50)}x`, {})).toBe('too_long');
    expect(findPasswordProblem('ord '.repeat(50), {})).toBeNull();
  });

  it('common ones, also with a year or a sign added', () => {
    for (const password of [
      'password123',
      'qwertyuiop',
      '1234567890',
      'Password2026!',
      'iloveyou12',
    ]) {
      expect({ password, problem: findPasswordProblem(password, {}) }).toMatchObject({
        problem: expect.stringMatching(/common_password|repetitive_password/),
      });
    }
  });

  it('repetitive and sequential ones', () => {
    for (const password of [
      'aaaaaaaaaa',
      'abababababab',
      'abcdefghijk',
      '9876543210',
      'zzzzzzzzzzzzzzzz',
    ]) {
      expect({ password, problem: findPasswordProblem(password, {}) }).toEqual({
        password,
        problem: 'repetitive_password',
      });
    }
  });

  it("ones built from the person's name or address or the association's name", () => {
    for (const password of [
      'KarinNystrom1',
      'nyström2026!',
      'Huddinge2026!',
      'karin.nystrom',
      'Gräsrot2026',
    ]) {
      expect({ password, problem: findPasswordProblem(password, karin) }).toEqual({
        password,
        problem: 'personal_password',
      });
    }
  });
});

it('finds a name written without its diacritics, and with them', () => {
  const fromRegister = { firstName: 'Åsa', lastName: 'Nyström', email: 'a.n@example.org' };
  for (const password of ['AsaNystrom12', 'nystrom2026!!', 'ÅSA-NYSTRÖM-1']) {
    expect({ password, problem: findPasswordProblem(password, fromRegister) }).toEqual({
      password,
      problem: 'personal_password',
    });
  }
});

it('accepts a long password of several words, even with a name in it', () => {
  expect(findPasswordProblem('karin cyklar till vårby gård', karin)).toBeNull();
  expect(findPasswordProblem('regn-över-Flemingsberg-7', karin)).toBeNull();
  expect(findPasswordProblem('Trähus i Stuvsta 1931', {})).toBeNull();
});
