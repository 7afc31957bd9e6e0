import type { AuditEntry, AuditQuery } from '../../../../shared/ipc/audit-contract';
import type { Reply } from '../../../../shared/ipc/reply';
import { call, invalid } from '../../lead';

/** The filter form's values, as typed: dates are "YYYY-MM-DD" in this computer's time zone. */
export interface AuditFilter {
  /** The desk's log (accounts, sign-in, settings) or the participant records' (docs/architecture.md, "The vault"). */
  log: 'desk' | 'records';
  action: string;
  actorId: string;
  from: string;
  to: string;
}

export const NO_FILTER: AuditFilter = { log: 'desk', action: '', actorId: '', from: '', to: '' };

export const LOG_OPTIONS = [
  { value: 'desk', label: 'Accounts, sign-in and settings' },
  { value: 'records', label: 'Participant records' },
] as const;

const PAGE_SIZE = 50;

export interface AuditResult {
  filter: AuditFilter;
  entries: AuditEntry[];
  nextBeforeId: number | null;
}

/** One page of the log, newest first; `beforeId` continues an earlier page. */
export async function queryAudit(filter: AuditFilter, beforeId?: number): Promise<Reply<AuditResult>> {
  const query: AuditQuery = { limit: PAGE_SIZE, log: filter.log };
  if (filter.action) query.action = filter.action;
  if (filter.actorId) query.actorId = Number(filter.actorId);
  if (filter.from) query.from = new Date(`${filter.from}T00:00:00`).toISOString();
  if (filter.to) query.to = new Date(`${filter.to}T23:59:59.999`).toISOString();
  if (query.from && query.to && query.from > query.to) return invalid({ to: 'The “to” date is before the “from” date.' });
  if (beforeId) query.beforeId = beforeId;
  const reply = await call('audit.list', query);
  return reply.ok ? { ok: true, value: { filter, ...reply.value } } : reply;
}
