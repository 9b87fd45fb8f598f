// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../web/renderWithProviders.tsx';
import { OutboxPage } from './OutboxPage.tsx';

const link = 'https://grasrot.example.org/invitation#token=abc_DEF-123';
const message = (id: string, subject: string, text: string) => ({
  id,
  to: 'test@example.org',
  subject,
  text,
  status: 'stored',
  attempts: 0,
  lastError: null,
  createdAt: '2026-11-25T10:00:00.000Z',
  sentAt: null,
});

const fetchMock = vi.fn<typeof fetch>();
beforeEach(() => {
  vi.stubGlobal('fetch', fetchMock);
  fetchMock.mockResolvedValue(
    new Response(
      JSON.stringify({
        items: [
          message(
            '11111111-1111-4111-8111-111111111111',
            'Inbjudan',
            `Hej!\n\n${link}\n\nHälsningar`,
          ),
          message('22222222-2222-4222-8222-222222222222', 'Ett meddelande', 'Ingen länk här.'),
        ],
        total: 2,
        isDelivering: false,
      }),
      { status: 200, headers: { 'content-type': 'application/json' } },
    ),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('OutboxPage', () => {
  it('without SMTP, offers the personal link of a message ready to copy', async () => {
    renderWithProviders(<OutboxPage />);
    const field = await screen.findByLabelText('Personlig länk till test@example.org');
    expect(field).toHaveProperty('value', link);
    expect(screen.getAllByLabelText(/Personlig länk/)).toHaveLength(1);
    expect(screen.getByText('E-post skickas inte')).toBeTruthy();
  });
});
