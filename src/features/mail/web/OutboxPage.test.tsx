// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../web/renderWithProviders.tsx';
import { OutboxPage } from './OutboxPage.tsx';

// What the API answers for a message with a personal link: the link is never stored.
const label = '[personlig länk – skickas bara till mottagaren]';
const message = (id: string, subject: string, text: string, status = 'stored') => ({
  id,
  to: 'test@example.org',
  subject,
  text,
  status,
  attempts: 0,
  lastError: status === 'cancelled' ? 'not sent: its link no longer works' : null,
  errorKind: status === 'cancelled' ? 'link' : null,
  nextAttemptAt: null,
  canResend: false,
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
          message('11111111-1111-4111-8111-111111111111', 'Inbjudan', `Hej!\n\n${label}\n`),
          message('22222222-2222-4222-8222-222222222222', 'Ett meddelande', 'Ingen länk här.'),
          message('33333333-3333-4333-8333-333333333333', 'Nytt lösenord', label, 'cancelled'),
          {
            ...message('44444444-4444-4444-8444-444444444444', 'Påminnelse', 'Hej!', 'failed'),
            attempts: 53,
            lastError: 'connect ECONNREFUSED 127.0.0.1:25',
            errorKind: 'unreachable',
            canResend: true,
          },
        ],
        total: 4,
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
  it('without SMTP, says so, and offers no link to copy: personal links are never stored', async () => {
    renderWithProviders(<OutboxPage />);
    const invitation = await screen.findByRole('article', { name: 'Inbjudan' });
    expect(invitation.textContent).toContain(label);
    expect(screen.queryAllByRole('textbox')).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Kopiera' })).toBeNull();
    expect(screen.getByText('E-post skickas inte')).toBeTruthy();
    // Someone locked out is helped from the accounts page instead.
    expect(
      screen.getByRole('link', { name: 'Till Konton och inbjudningar' }).getAttribute('href'),
    ).toBe('/admin/accounts');
  });

  it('says in Swedish why a message was not sent when its link no longer worked', async () => {
    renderWithProviders(<OutboxPage />);
    const cancelled = await screen.findByRole('article', { name: 'Nytt lösenord' });
    expect(cancelled.textContent).toContain('Inte skickat');
    expect(cancelled.textContent).toContain('hade redan använts eller slutat gälla');
    expect(cancelled.textContent).not.toContain('not sent');
  });

  it('shows a failed message in plain Swedish with a button that sends it again', async () => {
    renderWithProviders(<OutboxPage />);
    const failed = await screen.findByRole('article', { name: 'Påminnelse' });
    expect(failed.textContent).toContain('Misslyckades');
    expect(failed.textContent).toContain('Det gick inte att nå e-postservern');
    expect(failed.textContent).toContain('53 försök');
    // Only the failed message offers it.
    expect(screen.getAllByRole('button', { name: /^Skicka igen/ })).toHaveLength(1);
    fetchMock.mockResolvedValueOnce(
      new Response(JSON.stringify({ status: 'sent' }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Skicka igen: Påminnelse' }));
    await waitFor(() =>
      expect(
        fetchMock.mock.calls.some(
          ([url, init]) =>
            String(url).endsWith('/api/outbox/44444444-4444-4444-8444-444444444444/resend') &&
            init?.method === 'POST',
        ),
      ).toBe(true),
    );
  });
});
