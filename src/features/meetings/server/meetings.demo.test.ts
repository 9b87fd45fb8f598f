import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoTestApp, type TestApp, type TestSession } from '../../../server/testing.ts';
import { pdfText } from './pdf-text.testing.ts';

// The demo's meetings: the annual meeting's approved minutes, the member meeting's speakers'
// statistics, the upcoming meeting's proposed topics, the board's roles and the plan's numbers.

let t: TestApp;
let organizer: TestSession;

beforeAll(async () => {
  ({ t, admin: organizer } = await createDemoTestApp());
}, 60_000);
afterAll(() => t.close());

const get = (url: string) => t.app.inject({ url, headers: organizer.headers });

describe('the demo association’s meetings', () => {
  it('tell the story of a year of meetings', async () => {
    const meetings = (await get('/api/meetings')).json().items as {
      id: string;
      kind: string;
      activity: { title: string; localGroup: { name: string } | null; startsAt: string };
      closedAt: string | null;
      minutesPublishedAt: string | null;
      proposalCount: number;
    }[];
    expect(meetings.map((m) => m.kind)).toEqual([
      'annual_meeting',
      'member_meeting',
      'member_meeting',
    ]);
    const [annual, member, upcoming] = meetings as [
      (typeof meetings)[0],
      (typeof meetings)[0],
      (typeof meetings)[0],
    ];
    expect(annual.minutesPublishedAt).not.toBeNull();
    const pdf = await get(`/api/meetings/${annual.id}/minutes.pdf`);
    expect(pdf.statusCode).toBe(200);
    const text = (await pdfText(pdf.rawPayload)).lines.join('\n');
    expect(text).toContain('Val av ombud till distriktsårsmötet');
    expect(text).toContain('återremiss');

    const stats = (await get(`/api/meetings/${member.id}/statistics`)).json();
    expect(stats.total.turns).toBe(15);
    expect(stats.byGender.woman.turns).toBe(6);
    expect(stats.byGender.man.turns).toBe(6);
    expect(stats.byGender.not_stated.turns).toBe(2);
    expect(stats.byFirstTime.other.turns).toBe(3);
    const minutes = (await get(`/api/meetings/${member.id}/minutes`)).json();
    expect(minutes.status).toBe('ready');

    expect(Date.parse(upcoming.activity.startsAt)).toBeGreaterThan(Date.now());
    expect(upcoming.activity.localGroup).toBeNull();
    const proposals = (await get(`/api/meetings/${upcoming.id}/proposals`)).json().items;
    expect(proposals).toHaveLength(4);
    expect(proposals[0]).toMatchObject({ supportCount: 9 });
    expect(proposals[0].agendaItemId).not.toBeNull();

    const follow = (await get(`/api/meetings/${upcoming.id}/follow-up`)).json().items;
    expect(follow.length).toBeGreaterThanOrEqual(2);
    const roles = (await get('/api/board-roles')).json().items;
    expect(roles.map((r: { title: string }) => r.title)).toContain('Intern antirasism');

    const today = new Date().toISOString().slice(0, 10);
    const from = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);
    const numbers = (await get(`/api/meeting-numbers?from=${from}&to=${today}`)).json();
    expect(numbers).toMatchObject({ held: 2, topicsProposed: 0, attendance: 40 });
    expect(numbers.speakingByGender.woman.turns).toBe(6);
  });
});
