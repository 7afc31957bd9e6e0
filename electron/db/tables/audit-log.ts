import { createHash } from 'node:crypto';
import type { AuditChainReport, AuditEntry, AuditQuery } from '../../../shared/ipc/audit-contract';
import type { Db } from '../open-database';
import { preparedFor, type Build } from '../prepared';

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

/**
 * Which of the two logs: the desk's (staff, sign-in, settings: administrators read it) or the
 * records' (everything about participants, in the records database, read by supervisors). Each
 * entry goes into the database of the change it records, so it commits with that change.
 */
export type AuditLog = 'desk' | 'records';
const LOG_TABLE: Record<AuditLog, string> = { desk: 'main.audit_log', records: 'records.audit_log' };
const LOGS = Object.keys(LOG_TABLE) as AuditLog[];

/** The filters a page of the log can combine; each combination is a statement of its own, so each keeps its plan. */
const FILTERS = {
  action: 'a.action LIKE @action',
  actorId: 'a.actor_id = @actorId',
  from: 'a.at >= @from',
  to: 'a.at <= @to',
  beforeId: 'a.id < @beforeId',
} as const;
type Filter = keyof typeof FILTERS;
const FILTER_NAMES = Object.keys(FILTERS) as Filter[];

function listKey(log: AuditLog, filters: readonly Filter[]): string {
  return `list:${log}:${filters.join(',')}`;
}

/** Every subset of the filters, in FILTER_NAMES order. */
const FILTER_SETS: Filter[][] = FILTER_NAMES.reduce<Filter[][]>((sets, name) => [...sets, ...sets.map((set) => [...set, name])], [[]]);

/** Both logs' statements (docs/architecture.md, "Table modules"); the SQL of audit_log is here only. */
const statements = preparedFor<Record<string, Build>>(
  Object.fromEntries(
    LOGS.flatMap((log) => {
      const table = LOG_TABLE[log];
      const builds: [string, Build][] = [
        [`last:${log}`, (db) => db.prepare(`SELECT hash FROM ${table} ORDER BY id DESC LIMIT 1`)],
        [
          `append:${log}`,
          (db) =>
            db.prepare(
              `INSERT INTO ${table} (at, actor_id, action, subject_type, subject_id, detail, prev_hash, hash)
               VALUES (@at, @actor_id, @action, @subject_type, @subject_id, @detail, @prev_hash, @hash)`,
            ),
        ],
        [`chain:${log}`, (db) => db.prepare(`SELECT * FROM ${table} ORDER BY id`)],
        ...FILTER_SETS.map((filters): [string, Build] => [
          listKey(log, filters),
          (db) =>
            db.prepare(
              `SELECT a.id, a.at, a.actor_id, s.display_name AS actor_name, a.action, a.subject_type, a.subject_id, a.detail
               FROM ${table} a LEFT JOIN main.staff s ON s.id = a.actor_id
               ${filters.length ? `WHERE ${filters.map((filter) => FILTERS[filter]).join(' AND ')}` : ''}
               ORDER BY a.id DESC LIMIT @limit`,
            ),
        ]),
      ];
      return builds;
    }),
  ),
);

/** Appends one entry chained to the one before. Call inside the transaction of the change it records. */
export function appendAudit(db: Db, entry: NewAuditEntry, log: AuditLog = 'desk'): void {
  const last = statements(db)[`last:${log}`]!.get() as { hash: string } | undefined;
  const prevHash = last?.hash ?? GENESIS;
  const row = {
    at: entry.at,
    actor_id: entry.actorId,
    action: entry.action,
    subject_type: entry.subjectType ?? null,
    subject_id: entry.subjectId ?? null,
    detail: entry.detail ? JSON.stringify(entry.detail) : null,
  };
  statements(db)[`append:${log}`]!.run({ ...row, prev_hash: prevHash, hash: rowHash(prevHash, row) });
}

/**
 * Walks the chain and reports the first row whose hash or link does not match: an edited row
 * breaks its own hash, a deleted row breaks the link of the row after it. (Removing rows from
 * the very end leaves a shorter valid chain; the entry count shown beside the result is how a
 * reviewer notices that.)
 */
export function verifyAuditChain(db: Db, log: AuditLog = 'desk'): AuditChainReport {
  let prevHash = GENESIS;
  let entries = 0;
  for (const row of statements(db)[`chain:${log}`]!.iterate() as IterableIterator<AuditRow>) {
    entries += 1;
    if (row.prev_hash !== prevHash) {
      return {
        intact: false,
        entries,
        brokenAtId: row.id,
        reason: 'does not link to the entry before it (an entry was removed or reordered)',
      };
    }
    if (rowHash(prevHash, row) !== row.hash) {
      return { intact: false, entries, brokenAtId: row.id, reason: 'its content no longer matches its hash (the entry was edited)' };
    }
    prevHash = row.hash;
  }
  return { intact: true, entries };
}

export function listAudit(
  db: Db,
  query: Required<Pick<AuditQuery, 'limit'>> & AuditQuery,
  log: AuditLog = 'desk',
): {
  entries: AuditEntry[];
  nextBeforeId: number | null;
} {
  const params: Record<string, unknown> = { limit: query.limit + 1 };
  if (query.action) params.action = `${query.action}%`;
  if (query.actorId) params.actorId = query.actorId;
  if (query.from) params.from = new Date(query.from).toISOString();
  if (query.to) params.to = new Date(query.to).toISOString();
  if (query.beforeId) params.beforeId = query.beforeId;
  const filters = FILTER_NAMES.filter((name) => name in params);
  const rows = statements(db)[listKey(log, filters)]!.all(params) as (Omit<AuditRow, 'prev_hash' | 'hash'> & {
    actor_name: string | null;
  })[];
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

/**
 * Detail that earlier versions wrote into the one log and administrators, who read the desk's
 * log, must not see: which need, and what kind of contact, outcome or justice event.
 */
const FACTS_ABOUT_THE_PERSON: Record<string, readonly string[]> = {
  'needs.update': ['need', 'status'],
  'services.refer': ['need'],
  'contacts.log': ['kind'],
  'outcomes.record': ['kind'],
  'justiceEvents.record': ['kind'],
};

export function withoutFacts(action: string, detail: Record<string, unknown> | null): Record<string, unknown> | null {
  const hidden = FACTS_ABOUT_THE_PERSON[action];
  if (!hidden || !detail) return detail;
  const kept = Object.fromEntries(Object.entries(detail).filter(([key]) => !hidden.includes(key)));
  return Object.keys(kept).length ? kept : null;
}

/**
 * At the split, the desk database's copy of the old log: the same entries without the facts
 * above, chained afresh (an edited entry would break the old chain). The records database keeps
 * the old log whole, chain and all. Runs on the copy, whose append-only triggers are set aside
 * and put back.
 */
export function rewriteAuditWithoutFacts(db: Db): void {
  const schema = db
    .prepare(`SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'audit_log' AND sql IS NOT NULL ORDER BY type = 'table' DESC`)
    .all() as { type: string; name: string; sql: string }[];
  const rows = db.prepare('SELECT * FROM audit_log ORDER BY id').all() as AuditRow[];
  // Dropping the table drops its indexes and triggers with it; they are made again from their own SQL.
  db.exec('DROP TABLE audit_log');
  for (const item of schema) if (item.type !== 'trigger') db.exec(item.sql);
  let prevHash = GENESIS;
  const insert = db.prepare(
    `INSERT INTO audit_log (id, at, actor_id, action, subject_type, subject_id, detail, prev_hash, hash)
     VALUES (@id, @at, @actor_id, @action, @subject_type, @subject_id, @detail, @prev_hash, @hash)`,
  );
  for (const row of rows) {
    const detail = withoutFacts(row.action, row.detail ? (JSON.parse(row.detail) as Record<string, unknown>) : null);
    const entry = {
      at: row.at,
      actor_id: row.actor_id,
      action: row.action,
      subject_type: row.subject_type,
      subject_id: row.subject_id,
      detail: detail ? JSON.stringify(detail) : null,
    };
    const hash = rowHash(prevHash, entry);
    insert.run({ ...entry, id: row.id, prev_hash: prevHash, hash });
    prevHash = hash;
  }
  for (const item of schema) if (item.type === 'trigger') db.exec(item.sql);
}
