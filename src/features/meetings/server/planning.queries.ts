import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../../../db/schema.ts';
import { AppError } from '../../../platform/shared/app-error.ts';
import type { PartnerInput, PlanningInput } from '../meeting-plan.contract.ts';
import { updateMeeting } from './meetings.queries.ts';
import { assertPeopleExist } from './people-names.queries.ts';

// The planning group (people and a committee such as the council group) and invited partners.

export async function setPlanningGroup(
  trx: Kysely<DB>,
  organizationId: string,
  meetingId: string,
  input: z.output<typeof PlanningInput>,
) {
  const personIds = [...new Set(input.personIds)];
  await assertPeopleExist(trx, organizationId, personIds, 'body.personIds');
  await updateMeeting(trx, organizationId, meetingId, { planningCommitteeId: input.committeeId });
  await trx.deleteFrom('meeting_planners').where('meeting_id', '=', meetingId).execute();
  if (personIds.length > 0) {
    await trx
      .insertInto('meeting_planners')
      .values(
        personIds.map((personId) => ({
          organization_id: organizationId,
          meeting_id: meetingId,
          person_id: personId,
        })),
      )
      .execute();
  }
}

export async function addPartner(
  db: Kysely<DB>,
  organizationId: string,
  meetingId: string,
  input: z.output<typeof PartnerInput>,
) {
  const row = await db
    .insertInto('meeting_partners')
    .values({
      organization_id: organizationId,
      meeting_id: meetingId,
      name: input.name,
      contact_note: input.contactNote,
    })
    .returning(['id', 'name', 'contact_note'])
    .executeTakeFirstOrThrow();
  return { id: row.id, name: row.name, contactNote: row.contact_note };
}

export async function meetingIdOfPartner(db: Kysely<DB>, organizationId: string, id: string) {
  const row = await db
    .selectFrom('meeting_partners')
    .select('meeting_id')
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', 'No such partner');
  return row.meeting_id;
}

export async function deletePartner(db: Kysely<DB>, organizationId: string, id: string) {
  await db
    .deleteFrom('meeting_partners')
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute();
}
