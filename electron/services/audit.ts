import type { AuditEntry } from '../../shared/ipc/contract';
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

/**
 * Detail that earlier versions wrote and administrators, who read this log, must not see: which
 * need, and what kind of contact, outcome or justice event. The rows stay as written (the hash
 * chain covers them); the log shows them without these keys.
 */
const FACTS_ABOUT_THE_PERSON: Record<string, readonly string[]> = {
  'needs.update': ['need', 'status'],
  'services.refer': ['need'],
  'contacts.log': ['kind'],
  'outcomes.record': ['kind'],
  'justiceEvents.record': ['kind'],
};

function withoutFacts(entry: AuditEntry): AuditEntry {
  const hidden = FACTS_ABOUT_THE_PERSON[entry.action];
  if (!hidden || !entry.detail) return entry;
  const detail = Object.fromEntries(Object.entries(entry.detail).filter(([key]) => !hidden.includes(key)));
  return { ...entry, detail: Object.keys(detail).length ? detail : null };
}

/** Reading the audit log is itself audited (CJIS 5.4.1.1): the router records each call. */
export const auditHandlers: Pick<Handlers, 'audit.list' | 'audit.verify'> = {
  'audit.list': (input, context) => {
    context.audit({ detail: { filter: { action: input.action, actorId: input.actorId, from: input.from, to: input.to } } });
    const page = listAudit(context.desk.requireDb(), input);
    return { ...page, entries: page.entries.map(withoutFacts) };
  },
  'audit.verify': (_input, { desk }) => verifyAuditChain(desk.requireDb()),
};
