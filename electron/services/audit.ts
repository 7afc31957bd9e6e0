import { listAudit, verifyAuditChain } from '../db/audit-log';
import type { Handlers } from '../ipc/router';

/** Reading the audit log is itself audited (CJIS 5.4.1.1): the router records each call. */
export const auditHandlers: Pick<Handlers, 'audit.list' | 'audit.verify'> = {
  'audit.list': (input, context) => {
    context.audit({ detail: { filter: { action: input.action, actorId: input.actorId, from: input.from, to: input.to } } });
    return listAudit(context.desk.requireDb(), input);
  },
  'audit.verify': (_input, { desk }) => verifyAuditChain(desk.requireDb()),
};
