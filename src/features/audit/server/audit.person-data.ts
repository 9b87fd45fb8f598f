import type { PersonDataPart } from '../../../platform/server/person-data.ts';

/** Who looked at or changed a person's record: kept through erasure, as ids and field names. */
export const auditPersonData: PersonDataPart = {
  tables: ['audit_log'],
  async myData(db, { organizationId, personId }) {
    const log = await db
      .selectFrom('audit_log as l')
      .leftJoin('accounts as a', 'a.id', 'l.account_id')
      .select(['l.action', 'l.created_at', 'a.role'])
      .where('l.organization_id', '=', organizationId)
      .where('l.person_id', '=', personId)
      .orderBy('l.created_at', 'desc')
      .limit(1000)
      .execute();
    return {
      accessLog: log.map((row) => ({
        action: row.action,
        at: row.created_at.toISOString(),
        byRole: row.role ?? null,
      })),
    };
  },
  kept: {
    audit_log:
      'the record of who saw or changed the person and when; it holds ids and field names, never the values, and the law asks that such access can be shown afterwards',
  },
};
