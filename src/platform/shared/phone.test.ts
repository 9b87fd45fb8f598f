import { expect, it } from 'vitest';
import { formatPhone, normalizePhone } from './phone.ts';

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

it('shows stored numbers as Swedes write them', () => {
  expect(formatPhone('+46701234567')).toBe('070-123 45 67');
  expect(formatPhone('+46812345678')).toBe('08-123 456 78');
  expect(formatPhone('+4681234567')).toBe('08-123 45 67');
  expect(formatPhone('+4520123456')).toBe('+4520123456');
});
