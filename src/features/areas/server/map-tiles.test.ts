import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, seedAssociation, type TestApp } from '../../../server/testing.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({
    mapTiles: { url: 'https://tiles.example/{z}/{x}/{y}.png', attribution: '© Exempel' },
  });
});
afterAll(() => t.close());

describe('the map tiles setting', () => {
  it('gives organizers the configured tile server, and activists nothing', async () => {
    const org = await seedAssociation(t.db, 'kartor');
    const organizer = await login(t.app, org.emails.organizer);
    const answer = await t.app.inject({
      method: 'GET',
      url: '/api/areas/map-tiles',
      headers: organizer.headers,
    });
    expect(answer.json()).toEqual({
      tiles: { url: 'https://tiles.example/{z}/{x}/{y}.png', attribution: '© Exempel' },
    });
    const activist = await login(t.app, org.emails.activist);
    const refused = await t.app.inject({
      method: 'GET',
      url: '/api/areas/map-tiles',
      headers: activist.headers,
    });
    expect(refused.statusCode).toBe(403);
  });
});
