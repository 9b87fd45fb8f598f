import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpMeetings, type MeetingsWorld } from './meetings-testing.ts';
import { pdfText } from './pdf-text.testing.ts';

// Decisions and elections, then the minutes: generated, edited, sent, approved by each adjuster
// with a timestamp, published to members, and the PDF read back.

let w: MeetingsWorld;
beforeAll(async () => {
  w = await setUpMeetings('moten-protokoll');
});
afterAll(() => w.test.close());

const chair = () => w.call('organizer');

describe('decisions, elections and the minutes', () => {
  it('go from the meeting to published minutes and a PDF', async () => {
    const { id, itemId } = await w.createMeeting({ kind: 'annual_meeting' });
    const [ada, bo] = [await w.member('Ada', 'woman'), await w.member('Bo', 'man')];
    await chair()('POST', `/api/meetings/${id}/attendance`, { personId: ada.personId });
    await chair()('POST', `/api/meetings/${id}/attendance`, { personId: bo.personId });

    const decision = await chair()('POST', `/api/agenda-items/${itemId}/decisions`, {
      proposals: [{ text: 'Kräva fler hyresrätter i Flemingsberg', proposer: 'Styrelsen' }],
      text: 'att kräva fler hyresrätter i Flemingsberg',
      outcome: 'approved',
      votesFor: 12,
      votesAgainst: 3,
    });
    expect(decision.statusCode, decision.body).toBe(201);
    expect(decision.json()).toMatchObject({ outcome: 'approved', votesFor: 12, taskCount: 0 });
    expect(
      (
        await ada.call('POST', `/api/agenda-items/${itemId}/decisions`, {
          text: 'att',
          outcome: 'approved',
        })
      ).statusCode,
    ).toBe(403);
    const election = await chair()('POST', `/api/agenda-items/${itemId}/elections`, {
      office: 'Ombud till distriktsårsmötet',
      elected: [{ personId: ada.personId }, { name: 'Gäst Gästsson', isDeputy: true }],
    });
    expect(election.statusCode, election.body).toBe(201);
    expect(election.json().elected).toEqual([
      { personId: ada.personId, name: 'Ada Testsson', isDeputy: false },
      { personId: null, name: 'Gäst Gästsson', isDeputy: true },
    ]);

    // Members do not see minutes before they are approved.
    expect((await ada.call('GET', `/api/meetings/${id}/minutes`)).statusCode).toBe(403);
    const generated = await chair()('POST', `/api/meetings/${id}/minutes/generate`);
    expect(generated.statusCode, generated.body).toBe(200);
    const markdown = generated.json().markdown as string;
    expect(markdown).toContain('Årsmöte');
    expect(markdown).toContain('## Närvarande (2)');
    expect(markdown).toContain('Ada Testsson, Bo Testsson');
    expect(markdown).toContain(
      '**Beslut:** att kräva fler hyresrätter i Flemingsberg (bifall; röster: 12 för, 3 emot)',
    );
    expect(markdown).toContain(
      '**Val, Ombud till distriktsårsmötet:** Ada Testsson, Gäst Gästsson (ersättare)',
    );

    const edited = `${markdown}\nMötet avslutades kl. 20.45.\n`;
    await chair()('PUT', `/api/meetings/${id}/minutes`, { markdown: edited });
    expect((await chair()('POST', `/api/meetings/${id}/minutes/ready`)).statusCode).toBe(409);
    await chair()('PUT', `/api/meetings/${id}/adjusters`, {
      personIds: [ada.personId, bo.personId],
    });
    expect((await chair()('POST', `/api/meetings/${id}/minutes/ready`)).statusCode).toBe(200);
    const forAda = (await ada.call('GET', `/api/meetings/${id}/minutes`)).json();
    expect(forAda).toMatchObject({ status: 'ready', canApprove: true, canEdit: false });
    const read = forAda.readyAt as string;
    const approve = (who: typeof ada, readyAt: string) =>
      who.call('POST', `/api/meetings/${id}/minutes/approve`, { readyAt });
    expect((await approve(ada, read)).statusCode).toBe(200);

    // An edit takes the minutes back: Ada's approval no longer holds.
    await chair()('PUT', `/api/meetings/${id}/minutes`, { markdown: `${edited}\n` });
    let minutes = (await chair()('GET', `/api/meetings/${id}/minutes`)).json();
    expect(minutes.status).toBe('draft');
    expect(minutes.adjusters.map((a: { approvedAt: null }) => a.approvedAt)).toEqual([null, null]);
    await chair()('POST', `/api/meetings/${id}/minutes/ready`);
    const again = (await ada.call('GET', `/api/meetings/${id}/minutes`)).json().readyAt as string;
    expect((await approve(ada, again)).statusCode).toBe(200);
    minutes = (await chair()('GET', `/api/meetings/${id}/minutes`)).json();
    expect(minutes.status).toBe('ready');
    expect(
      (await w.call('activist')('POST', `/api/meetings/${id}/minutes/approve`, { readyAt: again }))
        .statusCode,
    ).toBe(403);
    expect((await ada.call('GET', `/api/meetings/${id}/minutes.pdf`)).statusCode).toBe(409);
    // Bo read the version sent first: it changed since, so his approval is refused.
    const stale = await approve(bo, read);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().errors[0].code).toBe('minutes_changed');
    expect((await approve(bo, again)).statusCode).toBe(200);

    const published = (await w.call('activist')('GET', `/api/meetings/${id}/minutes`)).json();
    expect(published.status).toBe('published');
    expect(published.html).toContain('<h1>Protokoll:');
    expect(published.adjusters.every((a: { approvedAt: string }) => a.approvedAt)).toBe(true);
    expect(
      (await chair()('PUT', `/api/meetings/${id}/minutes`, { markdown: 'x' })).statusCode,
    ).toBe(409);

    const deleted = await chair()('DELETE', `/api/meetings/${id}`);
    expect(deleted.statusCode).toBe(409);
    expect(deleted.json().errors[0].code).toBe('minutes_published');

    const pdf = await w.call('activist')('GET', `/api/meetings/${id}/minutes.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(pdf.rawPayload);
    expect(text.pages).toBeGreaterThanOrEqual(1);
    const all = text.lines.join('\n');
    expect(all).toContain('Bostadspolitik');
    expect(all).toContain('Beslut: att kräva fler hyresrätter i Flemingsberg (bifall; röster: 12');
    expect(all).toContain('Mötet avslutades kl. 20.45.');
    expect(all).toMatch(/Ada Testsson: godkänt \d+ [a-zåäö]+ \d{4} kl\. \d\d\.\d\d/);
    expect(all).toContain('Justering');
  });
});

describe('the adjusters', () => {
  it('were present and neither chaired nor kept the minutes', async () => {
    const { id } = await w.createMeeting();
    const [cia, dan, eva, fia] = [
      await w.member('Cia', 'woman'),
      await w.member('Dan', 'man'),
      await w.member('Eva', 'woman'),
      await w.member('Fia', null),
    ];
    const patched = await chair()('PATCH', `/api/meetings/${id}`, {
      chairPersonId: cia.personId,
      secretaryPersonId: dan.personId,
    });
    expect(patched.statusCode, patched.body).toBe(200);
    for (const m of [cia, dan, eva]) {
      await chair()('POST', `/api/meetings/${id}/attendance`, { personId: m.personId });
    }
    await chair()('POST', `/api/meetings/${id}/minutes/generate`);
    const name = async (personIds: string[]) => {
      const answer = await chair()('PUT', `/api/meetings/${id}/adjusters`, { personIds });
      return answer.statusCode === 200 ? 'ok' : (answer.json().errors[0].code as string);
    };
    expect(await name([cia.personId, eva.personId])).toBe('adjuster_is_chair');
    expect(await name([dan.personId])).toBe('adjuster_is_secretary');
    expect(await name([fia.personId])).toBe('adjuster_not_present');
    expect(await name([eva.personId])).toBe('ok');

    // Named, then made secretary: the minutes are not sent to her.
    await chair()('PATCH', `/api/meetings/${id}`, { secretaryPersonId: eva.personId });
    const ready = await chair()('POST', `/api/meetings/${id}/minutes/ready`);
    expect(ready.statusCode).toBe(409);
    expect(ready.json().errors[0].code).toBe('adjuster_is_secretary');
  });
});
