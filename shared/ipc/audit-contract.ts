import { z } from 'zod';
import { ADMINISTRATOR_OR_SUPERVISOR_ROLES } from '../roles';
import { channel, Id, IsoDateTime } from './channel';

/** The audit logs: the desk's (accounts, sign-in, settings) and the records' (supervisors only). */

export const AuditEntry = z.object({
  id: Id,
  at: IsoDateTime,
  actorId: Id.nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  subjectType: z.string().nullable(),
  subjectId: z.string().nullable(),
  /**
   * Free-form on purpose: each action records its own facts (a settings change its from and to),
   * written by the main process, never by a caller, and only ever shown.
   */
  detail: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditQuery = z
  .object({
    action: z.string().max(80).optional(),
    actorId: Id.optional(),
    from: IsoDateTime.optional(),
    to: IsoDateTime.optional(),
    beforeId: Id.optional(),
    limit: z.number().int().min(1).max(500).default(100),
    /** The desk's log (accounts, sign-in, settings) or the records' log (supervisors only). */
    log: z.enum(['desk', 'records']).default('desk'),
  })
  .strict();
export type AuditQuery = z.input<typeof AuditQuery>;

export const AuditChainReport = z.discriminatedUnion('intact', [
  z.object({ intact: z.literal(true), entries: z.number().int() }),
  z.object({ intact: z.literal(false), entries: z.number().int(), brokenAtId: Id, reason: z.string() }),
]);
export type AuditChainReport = z.infer<typeof AuditChainReport>;

export const auditChannels = {
  'audit.list': channel({
    access: ADMINISTRATOR_OR_SUPERVISOR_ROLES,
    audit: 'read',
    input: AuditQuery,
    output: z.object({ entries: z.array(AuditEntry), nextBeforeId: Id.nullable() }),
  }),
  'audit.verify': channel({
    access: ADMINISTRATOR_OR_SUPERVISOR_ROLES,
    audit: 'read',
    input: z.object({ log: z.enum(['desk', 'records']).default('desk') }).strict(),
    output: AuditChainReport,
  }),
} as const;
