import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { callApi } from '../../../platform/web/api.ts';
import { auditRoutes, type AuditAction } from '../audit.contract.ts';

export const auditPageSize = 25;

/** What the admin filters the log by; dates are days (`YYYY-MM-DD`) in the browser's time. */
export interface AuditFilter {
  accountId: string | null;
  action: AuditAction | null;
  fromDay: string;
  toDay: string;
}

export const noFilter: AuditFilter = { accountId: null, action: null, fromDay: '', toDay: '' };

/** The start of a day in the browser's time zone, as an instant. */
function startOf(day: string, plusDays = 0): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, date + plusDays).toISOString();
}

/** A page of the audit log, newest first; the last page stays shown while the next loads. */
export function useAuditLog(filter: AuditFilter, offset: number) {
  const query = {
    ...(filter.accountId ? { accountId: filter.accountId } : {}),
    ...(filter.action ? { action: filter.action } : {}),
    from: startOf(filter.fromDay),
    // The "to" day is included: up to the start of the next.
    to: startOf(filter.toDay, 1),
    limit: auditPageSize,
    offset,
  };
  return useQuery({
    queryKey: ['audit-log', 'entries', query],
    queryFn: ({ signal }) => callApi(auditRoutes.listAuditLog, { query }, { signal }),
    placeholderData: keepPreviousData,
  });
}

/** Who read how much people's data in the last 30 days. */
export function useReaders() {
  return useQuery({
    queryKey: ['audit-log', 'readers'],
    queryFn: ({ signal }) => callApi(auditRoutes.listReaders, { query: {} }, { signal }),
  });
}
