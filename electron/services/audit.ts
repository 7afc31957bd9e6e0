import { listAudit, verifyAuditChain } from '../db/audit-log';
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
    context.audit({ detail: { filter: { action: input.action, actorId: input.actorId, from: input.from, to: input.to } } });
    return listAudit(context.desk.requireDb(), input);
  },
  'audit.verify': (_input, { desk }) => verifyAuditChain(desk.requireDb()),
};
