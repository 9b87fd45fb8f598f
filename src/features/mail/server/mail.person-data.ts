import type { PersonDataPart } from '../../../platform/server/person-data.ts';

/** A person's choices about mail to many: in "my data", erased with them, kept on merge. */
export const mailPersonData: PersonDataPart = {
  tables: ['mail_preferences'],
  async myData(db, { organizationId, personId }) {
    const rows = await db
      .selectFrom('mail_preferences')
      .select(['topic', 'unsubscribed_at', 'created_at'])
      .where('organization_id', '=', organizationId)
      .where('person_id', '=', personId)
      .orderBy('topic')
      .execute();
    return {
      mailPreferences: rows.map((row) => ({
        topic: row.topic,
        unsubscribedAt: row.unsubscribed_at?.toISOString() ?? null,
        createdAt: row.created_at.toISOString(),
      })),
    };
  },
  async erase(trx, { organizationId, personId }) {
    await trx
      .deleteFrom('mail_preferences')
      .where('organization_id', '=', organizationId)
      .where('person_id', '=', personId)
      .execute();
  },
  // Either having left a topic means the merged person has; the kept person's token stays.
  async merge(trx, { organizationId, keepId, mergeId }) {
    const merged = await trx
      .deleteFrom('mail_preferences')
      .where('organization_id', '=', organizationId)
      .where('person_id', '=', mergeId)
      .returning(['topic', 'token', 'unsubscribed_at'])
      .execute();
    for (const row of merged) {
      await trx
        .insertInto('mail_preferences')
        .values({
          organization_id: organizationId,
          person_id: keepId,
          topic: row.topic,
          token: row.token,
          unsubscribed_at: row.unsubscribed_at,
        })
        .onConflict((oc) =>
          oc.columns(['person_id', 'topic']).doUpdateSet((eb) => ({
            unsubscribed_at: eb.fn.coalesce(
              'mail_preferences.unsubscribed_at',
              eb.ref('excluded.unsubscribed_at'),
            ),
          })),
        )
        .execute();
    }
  },
};
