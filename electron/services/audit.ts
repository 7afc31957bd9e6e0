import { listAudit, verifyAuditChain, withoutFacts, type AuditLog } from '../db/tables/audit-log';
import { UserError } from '../ipc/user-error';
import type { HandlerContext, Handlers } from '../ipc/router';

/**
 * Audits a list, search or board read with the ids of the people it returned, each once: who
 * saw whom is what a reviewer needs. Never the query, which may be a name.
 */
export function auditReturned(context: HandlerContext, returned: { participantIds?: number[]; personIds?: number[] }): void {
  const detail: Record<string, number[]> = {};
  for (const [key, ids] of Object.entries(returned)) if (ids) detail[key] = [...new Set(ids)];
  context.audit({ detail });
}

/** Reading the audit log is itself audited (CJIS 5.4.1.1): the router records each call. */
export const auditHandlers: Pick<Handlers, 'audit.list' | 'audit.verify'> = {
  'audit.list': (input, context) => {
    requireLog(context, input.log);
    context.audit({ detail: { log: input.log, filter: { action: input.action, actorId: input.actorId, from: input.from, to: input.to } } });
    const page = listAudit(context.db, input, input.log);
    return { ...page, entries: page.entries.map((entry) => ({ ...entry, detail: withoutFacts(entry.action, entry.detail) })) };
  },
  'audit.verify': (input, context) => {
    requireLog(context, input.log);
    return verifyAuditChain(context.db, input.log);
  },
};

/** The records' log is in the records database: only a sign-in that holds their key reads it. */
function requireLog(context: HandlerContext, log: AuditLog): void {
  if (log === 'records' && !context.desk.hasRecords()) {
    throw new UserError('FORBIDDEN', "The participant records' log can be read only by a supervisor whose account holds the records key.");
  }
}
