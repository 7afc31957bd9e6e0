import { createHash } from 'node:crypto';
import type { AuditChainReport, AuditEntry, AuditQuery } from '../../shared/ipc/contract';
import type { Db } from './open-database';

export interface NewAuditEntry {
  at: string;
  actorId: number | null;
  action: string;
  subjectType?: string | null;
  subjectId?: string | null;
  detail?: Record<string, unknown> | null;
}

const GENESIS = '0'.repeat(64);

interface AuditRow {
  id: number;
  at: string;
  actor_id: number | null;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  detail: string | null;
  prev_hash: string;
  hash: string;
}

function rowHash(prevHash: string, row: Omit<AuditRow, 'id' | 'prev_hash' | 'hash'>): string {
  const canonical = JSON.stringify([prevHash, row.at, row.actor_id, row.action, row.subject_type, row.subject_id, row.detail]);
  return createHash('sha256').update(canonical).digest('hex');
}

/** Appends one entry chained to the one before. Call inside the transaction of the change it records. */
export function appendAudit(db: Db, entry: NewAuditEntry): void {
  const last = db.prepare('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as { hash: string } | undefined;
  const prevHash = last?.hash ?? GENESIS;
  const row = {
    at: entry.at,
    actor_id: entry.actorId,
    action: entry.action,
    subject_type: entry.subjectType ?? null,
    subject_id: entry.subjectId ?? null,
    detail: entry.detail ? JSON.stringify(entry.detail) : null,
  };
  db.prepare(
    `INSERT INTO audit_log (at, actor_id, action, subject_type, subject_id, detail, prev_hash, hash)
     VALUES (@at, @actor_id, @action, @subject_type, @subject_id, @detail, @prev_hash, @hash)`,
  ).run({ ...row, prev_hash: prevHash, hash: rowHash(prevHash, row) });
}

/**
 * Walks the chain and reports the first row whose hash or link does not match: an edited row
 * breaks its own hash, a deleted row breaks the link of the row after it. (Removing rows from
 * the very end leaves a shorter valid chain; the entry count shown beside the result is how a
 * reviewer notices that.)
 */
export function verifyAuditChain(db: Db): AuditChainReport {
  let prevHash = GENESIS;
  let entries = 0;
  for (const row of db.prepare('SELECT * FROM audit_log ORDER BY id').iterate() as IterableIterator<AuditRow>) {
    entries += 1;
    if (row.prev_hash !== prevHash) {
      return { intact: false, entries, brokenAtId: row.id, reason: 'does not link to the entry before it (an entry was removed or reordered)' };
    }
    if (rowHash(prevHash, row) !== row.hash) {
      return { intact: false, entries, brokenAtId: row.id, reason: 'its content no longer matches its hash (the entry was edited)' };
    }
    prevHash = row.hash;
  }
  return { intact: true, entries };
}

export function listAudit(db: Db, query: Required<Pick<AuditQuery, 'limit'>> & AuditQuery): {
  entries: AuditEntry[];
  nextBeforeId: number | null;
} {
  const where: string[] = [];
  const params: Record<string, unknown> = { limit: query.limit + 1 };
  if (query.action) {
    where.push('a.action LIKE @action');
    params.action = `${query.action}%`;
  }
  if (query.actorId) {
    where.push('a.actor_id = @actorId');
    params.actorId = query.actorId;
  }
  if (query.from) {
    where.push('a.at >= @from');
    params.from = new Date(query.from).toISOString();
  }
  if (query.to) {
    where.push('a.at <= @to');
    params.to = new Date(query.to).toISOString();
  }
  if (query.beforeId) {
    where.push('a.id < @beforeId');
    params.beforeId = query.beforeId;
  }
  const rows = db
    .prepare(
      `SELECT a.id, a.at, a.actor_id, s.display_name AS actor_name, a.action, a.subject_type, a.subject_id, a.detail
       FROM audit_log a LEFT JOIN staff s ON s.id = a.actor_id
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY a.id DESC LIMIT @limit`,
    )
    .all(params) as (Omit<AuditRow, 'prev_hash' | 'hash'> & { actor_name: string | null })[];
  const page = rows.slice(0, query.limit);
  return {
    entries: page.map((row) => ({
      id: row.id,
      at: row.at,
      actorId: row.actor_id,
      actorName: row.actor_name,
      action: row.action,
      subjectType: row.subject_type,
      subjectId: row.subject_id,
      detail: row.detail ? (JSON.parse(row.detail) as Record<string, unknown>) : null,
    })),
    nextBeforeId: rows.length > query.limit ? page[page.length - 1]!.id : null,
  };
}
