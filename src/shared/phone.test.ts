import { expect, it } from 'vitest';
import { normalizePhone } from './phone.ts';

it('reads Swedish numbers as they are written', () => {
  expect(normalizePhone('070-123 45 67')).toBe('+46701234567');
  expect(normalizePhone('08-123 456 78')).toBe('+46812345678');
  expect(normalizePhone('+46 70 123 45 67')).toBe('+46701234567');
  expect(normalizePhone('0046701234567')).toBe('+46701234567');
  expect(normalizePhone('(070) 123.45.67')).toBe('+46701234567');
});

it('refuses what cannot be a phone number', () => {
  expect(normalizePhone('')).toBeNull();
  expect(normalizePhone('hej')).toBeNull();
  expect(normalizePhone('12345')).toBeNull();
  expect(normalizePhone('070-12')).toBeNull();
});
