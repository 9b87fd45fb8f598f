// @vitest-environment happy-dom
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../../web/renderWithProviders.tsx';
import type { ImportJob } from '../import.contract.ts';
import { ImportPage } from './ImportPage.tsx';
import { json, sessionAs, stubFetch } from '../../../../platform/web/web-testing.ts';

// The import wizard against a stubbed server: the upload's progress (XMLHttpRequest), then the
// job's progress as streamed, or polled when the stream breaks off. Invented people only.

/** XMLHttpRequest as far as the upload uses it; the test decides when the server answers. */
class FakeXhr {
  static last: FakeXhr | null = null;
  readonly upload = new EventTarget();
  private readonly events = new EventTarget();
  headers: Record<string, string> = {};
  method = '';
  url = '';
  body = '';
  status = 0;
  responseText = '';

  constructor() {
    FakeXhr.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  addEventListener(type: string, listener: EventListener) {
    this.events.addEventListener(type, listener);
  }
  send(body: string) {
    this.body = body;
    this.sent(500_000, 1_000_000);
  }
  abort() {
    this.events.dispatchEvent(new Event('abort'));
  }
  sent(loaded: number, total: number) {
    const event = Object.assign(new Event('progress'), { lengthComputable: true, loaded, total });
    this.upload.dispatchEvent(event);
  }
  respond(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.events.dispatchEvent(new Event('load'));
  }
  /** Job states as the server streams them; the last line may arrive in two pieces. */
  stream(...states: ImportJob[]) {
    this.status = 200;
    const text = states.map((state) => `${JSON.stringify(state)}\n`).join('');
    this.responseText += text.slice(0, -5);
    this.events.dispatchEvent(new Event('progress'));
    this.responseText += text.slice(-5);
    this.events.dispatchEvent(new Event('progress'));
  }
  finish() {
    this.events.dispatchEvent(new Event('load'));
  }
  breakOff() {
    this.events.dispatchEvent(new Event('error'));
  }
}

const preview = {
  format: 'csv',
  encoding: 'utf-8',
  delimiter: ';',
  headers: ['Namn'],
  suggestedMapping: {
    targets: ['fullName'],
    columns: [
      { index: 0, header: 'Namn', field: 'fullName', confidence: 'exact', duplicateOf: null },
    ],
    conflicts: [],
  },
  customFields: [],
  rows: [],
  totalRows: 5000,
  problems: [],
};

const job = (overrides: Partial<ImportJob>): ImportJob => ({
  id: '99999999-9999-4999-8999-999999999999',
  status: 'running',
  stage: 'reading',
  processed: 0,
  total: 5000,
  isDryRun: false,
  summary: null,
  error: null,
  ...overrides,
});

const doneSummary = {
  created: 4000,
  updated: 0,
  skipped: 1000,
  errors: [],
  encoding: 'utf-8',
  delimiter: ';',
  isDryRun: false,
  hasMembershipColumn: true,
  membershipDefaulted: 0,
  newPeopleAre: 'contacts' as const,
  importId: null,
};

let polls: ImportJob[];
beforeEach(() => {
  polls = [];
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  stubFetch((url) => {
    if (url === '/api/people/import/preview') return json(preview);
    if (url.startsWith('/api/people/import/jobs/')) return json(polls.shift());
    throw new Error(`unexpected ${url}`);
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

async function chooseFile() {
  renderWithProviders(<ImportPage />, { session: sessionAs('organizer') });
  const file = new File(['Namn\nÅsa Öberg\n'], 'medlemmar.csv', { type: 'text/csv' });
  // Mantine's FileInput is a button labelled so, over a hidden file input.
  expect(screen.getByRole('button', { name: 'Fil att importera' })).toBeDefined();
  await userEvent.upload(document.querySelector<HTMLInputElement>('input[type="file"]')!, file);
  return screen.findByRole('button', { name: 'Importera' });
}

describe('running an import', () => {
  it('shows the upload, then rows read and people saved, then the summary', async () => {
    await userEvent.click(await chooseFile());

    expect(await screen.findByText('Skickar filen: 0,5 av 1,0 MB')).toBeDefined();
    const xhr = FakeXhr.last!;
    expect(xhr).toMatchObject({ method: 'POST', url: '/api/people/import/follow' });
    expect(xhr.headers['x-csrf-token']).toBe('token');
    expect(JSON.parse(xhr.body)).toMatchObject({
      filename: 'medlemmar.csv',
      mapping: ['fullName'],
      onMatch: 'update',
      isDryRun: false,
    });
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('50');

    act(() => xhr.stream(job({ processed: 0 })));
    expect(await screen.findByText(/^Läser 0 av 5\s000 rader$/)).toBeDefined();
    act(() => xhr.stream(job({ stage: 'saving', processed: 2000, total: 4000 })));
    expect(await screen.findByText(/^Sparar 2\s000 av 4\s000 personer$/)).toBeDefined();
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('50');

    act(() => {
      xhr.stream(
        job({
          status: 'done',
          stage: 'saving',
          processed: 4000,
          total: 4000,
          summary: doneSummary,
        }),
      );
      xhr.finish();
    });
    const summary = await screen.findByText('Importen är klar');
    expect(within(summary.closest('[role="status"]')!).getByText('4 000')).toBeDefined();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByRole('link', { name: 'Granska möjliga dubbletter' })).toBeDefined();
  });

  it('asks for the job when the answer breaks off, until it is done', async () => {
    polls = [
      job({ stage: 'saving', processed: 3000, total: 4000 }),
      job({ status: 'done', stage: 'saving', processed: 4000, total: 4000, summary: doneSummary }),
    ];
    await userEvent.click(await chooseFile());
    act(() => {
      FakeXhr.last!.stream(job({ processed: 100 }));
      FakeXhr.last!.breakOff();
    });
    expect(
      await screen.findByText(/^Sparar 3\s000 av 4\s000 personer$/, undefined, { timeout: 3000 }),
    ).toBeDefined();
    expect(await screen.findByText('Importen är klar', undefined, { timeout: 3000 })).toBeDefined();
  });

  it('says when the import failed and that nothing was saved', async () => {
    await userEvent.click(await chooseFile());
    act(() => {
      FakeXhr.last!.stream(
        job({ processed: 0 }),
        job({ status: 'failed', error: { code: 'internal', message: 'failed' } }),
      );
      FakeXhr.last!.finish();
    });
    expect(
      await screen.findByText('Importen misslyckades. Ingenting har sparats – försök igen.'),
    ).toBeDefined();
  });

  it('says when another import is running', async () => {
    await userEvent.click(await chooseFile());
    act(() =>
      FakeXhr.last!.respond(409, {
        type: '/problems/conflict',
        title: 'Conflict',
        status: 409,
        code: 'conflict',
        detail: 'An import is already running for this association',
        errors: [],
      }),
    );
    expect(await screen.findByText(/en annan import pågår redan/)).toBeDefined();
  });

  it('asks what new people become when the file has no membership column', async () => {
    const run = await chooseFile();
    expect(screen.getByText(/Filen har ingen kolumn för medlemskap/)).toBeDefined();
    await userEvent.click(screen.getByRole('radio', { name: 'Medlemmar' }));
    await userEvent.click(run);
    expect(JSON.parse(FakeXhr.last!.body)).toMatchObject({ newPeopleAre: 'members' });
  });
});
