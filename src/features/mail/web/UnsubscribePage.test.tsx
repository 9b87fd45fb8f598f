// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../web/renderWithProviders.tsx';
import { UnsubscribePage } from './UnsubscribePage.tsx';

const token = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ';
const json = (body: object) =>
  new Response(JSON.stringify(body), {
    status: 200,
    headers: { 'content-type': 'application/json' },
  });
const info = { organizationName: 'Vänsterpartiet Huddinge', topic: 'activities' };

const fetchMock = vi.fn<typeof fetch>();
beforeEach(() => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

it('asks first, and unsubscribes only on the tap', async () => {
  fetchMock.mockResolvedValueOnce(json({ ...info, isUnsubscribed: false }));
  renderWithProviders(<UnsubscribePage />, { path: `/unsubscribe?token=${token}` });
  expect(await screen.findByText(/från Vänsterpartiet Huddinge\?/)).toBeTruthy();
  expect(fetchMock).toHaveBeenCalledTimes(1);
  expect(String(fetchMock.mock.calls[0]![0])).toContain(`/api/unsubscribe?token=${token}`);

  fetchMock.mockResolvedValueOnce(json({ ...info, isUnsubscribed: true }));
  fireEvent.click(screen.getByRole('button', { name: 'Avsluta utskicken' }));
  expect(await screen.findByText(/Klart\. Du får inte längre påminnelser/)).toBeTruthy();
  const [url, init] = fetchMock.mock.calls[1]!;
  expect(String(url)).toMatch(/\/api\/unsubscribe$/);
  expect(init?.method).toBe('POST');
});

it('says so when the link is broken', async () => {
  renderWithProviders(<UnsubscribePage />, { path: '/unsubscribe?token=kort' });
  expect(await screen.findByText(/Länken fungerar inte/)).toBeTruthy();
  expect(fetchMock).not.toHaveBeenCalled();
});
