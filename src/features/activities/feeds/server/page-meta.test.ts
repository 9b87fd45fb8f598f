import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, seedAssociation, type TestApp } from '../../../../server/testing.ts';

let t: TestApp;
let webDir: string;
let activityId: string;
let draftId: string;

beforeAll(async () => {
  webDir = mkdtempSync(join(tmpdir(), 'grasrot-web-'));
  writeFileSync(
    join(webDir, 'index.html'),
    '<!doctype html><html><head><title>Gräsrot</title></head><body></body></html>',
  );
  t = await createTestApp({ publicUrl: 'https://grasrot.example.org' }, { webDir });
  const org = await seedAssociation(t.db, 'delning');
  const type = await t.db
    .insertInto('activity_types')
    .values({ organization_id: org.id, name: 'Bokbord/valstuga' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const base = {
    organization_id: org.id,
    type_id: type.id,
    place: 'Flemingsbergs centrum',
    // 10:00 in Stockholm on a Saturday in winter time.
    starts_at: new Date('2030-11-30T09:00:00Z'),
    ends_at: new Date('2030-11-30T12:00:00Z'),
    description: 'Kom och prata **välfärd** med oss <script>alert(1)</script> & "fika".',
    image_url: 'https://bilder.example.org/bokbord.jpg',
  };
  const rows = await t.db
    .insertInto('activities')
    .values([
      { ...base, title: 'Bokbord "Välfärd" & <fika>', visibility: 'public' },
      { ...base, title: 'Hemligt utkast', visibility: 'draft' },
    ])
    .returning('id')
    .execute();
  activityId = rows[0]!.id;
  draftId = rows[1]!.id;
});
afterAll(async () => {
  await t.close();
  rmSync(webDir, { recursive: true, force: true });
});

describe('shared public pages', () => {
  it('carry the activity in Open Graph tags, escaped, with time in Stockholm and the image', async () => {
    const response = await t.app.inject(`/o/delning/activities/${activityId}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    const html = response.body;
    expect(html).toContain(
      '<meta property="og:title" content="Bokbord &quot;Välfärd&quot; &amp; &lt;fika&gt; – Vänsterpartiet delning" />',
    );
    expect(html).toContain('Lördag 30 november kl. 10:00 · Flemingsbergs centrum');
    expect(html).toContain(
      '<meta property="og:image" content="https://bilder.example.org/bokbord.jpg" />',
    );
    expect(html).toContain(
      `<meta property="og:url" content="https://grasrot.example.org/o/delning/activities/${activityId}" />`,
    );
    expect(html).not.toContain('<script>alert');
    expect(html.match(/<title>/g)).toHaveLength(1);
  });

  it('describe the association page, and say nothing of drafts', async () => {
    const org = await t.app.inject('/o/delning');
    expect(org.body).toContain(
      '<meta property="og:title" content="Vänsterpartiet delning – kalendarium" />',
    );
    const draft = await t.app.inject(`/o/delning/activities/${draftId}`);
    expect(draft.statusCode).toBe(404);
    expect(draft.body).not.toContain('Hemligt');
    expect(draft.body).not.toContain('og:title');
  });
});
