import type { z } from 'zod';
import { contract, RECORDS_CHANNELS, type Channel, type ChannelOutput, type Contract, type ParsedInput } from '../../shared/ipc/contract';
import { inputSchema, RequestId, type ChangedParticipants } from '../../shared/ipc/channel';
import { INPUT_LIMITS, plainDataProblem, type DataProblem } from '../../shared/ipc/plain-data';
import type { Reply, ReplyError } from '../../shared/ipc/reply';
import { DatabaseProblem, DAMAGED_DATABASE_STOPPED, damagedDatabase } from '../db/database-problem';
import type { NewAuditEntry } from '../db/tables/audit-log';
import type { Db } from '../db/open-database';
import { KEYSLOTS_FILE, type Desk } from '../desk';
import type { Session } from '../session';
import { refusalFor } from '../services/participant-access';
import { VaultProblem } from '../vault/vault';
import { describeStorageFault, storageFault } from './storage-faults';
import { UserError } from './user-error';
import type { WindowScope } from './window-scope';

export type AuditNote = Pick<NewAuditEntry, 'subjectType' | 'subjectId' | 'detail'> & { action?: string };

export interface HandlerContext {
  desk: Desk;
  session: Session;
  /** The calling window's scope (electron/ipc/window-scope.ts). */
  scope: WindowScope;
  /** Queues an audit entry; it is written with the change in `transaction`, or after the handler. */
  audit(note: AuditNote): void;
  /** Runs `fn` in one database transaction together with the audit entries queued so far. */
  transaction<T>(fn: () => T): T;
  /** Writes the queued audit entries now: for a disclosure about to happen outside the database. */
  commitAudit(): void;
}

export type SignedInUser = NonNullable<Session['user']>;

/** The context of every channel that is not public: the router has checked who is signed in. */
export interface SignedInContext extends HandlerContext {
  user: SignedInUser;
  /** The open database; read when used, since a key rotation reopens it during a call. */
  readonly db: Db;
}

/** A public channel's handler runs before anyone is signed in; every other one as the signed-in person. */
export type ContextOf<C extends Channel> = Contract[C]['access'] extends 'public' ? HandlerContext : SignedInContext;

export type Handler<C extends Channel> = (input: ParsedInput<C>, context: ContextOf<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

export type Handlers = { [C in Channel]: Handler<C> };

/** While a temporary password is in force, these are the only channels that answer. */
const ALLOWED_BEFORE_PASSWORD_CHANGE = new Set<string>([
  'app.status',
  'session.touch',
  'session.lock',
  'session.signOut',
  'account.changePassword',
]);

export interface Router {
  /**
   * `scope`: what the calling window may do; `requestId`: the window's name for the call,
   * optional; anything but a RequestId is refused.
   */
  invoke(session: Session, scope: WindowScope, channel: string, rawInput: unknown, requestId?: unknown): Promise<Reply<unknown>>;
}

/**
 * The one way into the main process: validate -> authorize -> handle -> audit. A channel that
 * declares its subject (a participant) is also checked against the caller's pairs before it is handled. Electron's
 * ipcMain and the end-to-end tests' Playwright binding both call `invoke`.
 */
export function createRouter(desk: Desk, handlers: Handlers): Router {
  return {
    async invoke(session, scope, channel, rawInput, rawRequestId) {
      if (typeof channel !== 'string' || !Object.hasOwn(contract, channel)) {
        return failure({ code: 'UNKNOWN_CHANNEL', message: 'That action is not part of LEAD Desk.' });
      }
      const name = channel as Channel;
      const requestId = rawRequestId === undefined || rawRequestId === null ? null : RequestId.safeParse(rawRequestId);
      if (requestId && !requestId.success) {
        return failure({
          code: 'INVALID_INPUT',
          message: 'LEAD Desk could not tell which request this was. Nothing was changed.',
          fields: { requestId: 'Not a request id.' },
        });
      }
      // Nothing below may reject: whatever goes wrong, validation included, is a reply.
      const writes: Writes = { committed: 0, rolledBack: false };
      try {
        return await answer(session, scope, name, rawInput, requestId?.data ?? null, writes);
      } catch (error) {
        return failure(describe(desk, name, error, writes));
      }
    },
  };

  async function answer(
    session: Session,
    scope: WindowScope,
    name: Channel,
    rawInput: unknown,
    requestId: RequestId | null,
    writes: Writes,
  ): Promise<Reply<unknown>> {
    const spec = contract[name];
    const verdict = authorize(desk, session, scope, name);
    if ('denied' in verdict) return failure(verdict.denied);

    const input = rawInput ?? {};
    const limits = 'maxInputBytes' in spec && spec.maxInputBytes ? { ...INPUT_LIMITS, maxBytes: spec.maxInputBytes } : INPUT_LIMITS;
    const problem = plainDataProblem(input, limits);
    if (problem) return failure(invalidData(problem));
    const parsed = inputSchema(spec.input, { now: desk.now(), today: desk.today() }).safeParse(input);
    if (!parsed.success) return failure(invalidInput(parsed.error));

    const subject = 'subject' in spec && spec.subject ? spec.subject(parsed.data as never) : null;
    const refused = subject && verdict.user && refusalFor(desk, verdict.user, name, subject);
    if (refused) return failure(refused);

    if (session.user) session.lastActivityMs = desk.clock.now().getTime();
    const actorId = session.user?.id ?? null;
    const queued: NewAuditEntry[] = [];
    let recorded = 0;
    const inTransaction = <T>(fn: () => T): T => {
      try {
        const result = desk.requireDb().transaction(fn)();
        writes.committed += 1;
        return result;
      } catch (error) {
        writes.rolledBack = true;
        throw error;
      }
    };
    const flush = () => {
      if (!desk.isOpen()) return;
      const db = desk.requireDb();
      const log = RECORDS_CHANNELS.has(name) ? 'records' : 'desk';
      for (const entry of queued.splice(0)) desk.audit(db, entry, log);
    };
    const context: HandlerContext = {
      desk,
      session,
      scope,
      audit(note) {
        recorded += 1;
        queued.push({ at: desk.now(), actorId: session.user?.id ?? actorId, action: note.action ?? name, ...note });
      },
      transaction(fn) {
        return inTransaction(() => {
          const result = fn();
          flush();
          return result;
        });
      },
      commitAudit() {
        inTransaction(flush);
      },
    };

    const handle = handlers[name] as (input: unknown, context: HandlerContext) => unknown;
    const output = await handle(parsed.data, verdict.user ? signedIn(context, verdict.user) : context);
    if ((spec.audit === 'read' || spec.audit === 'write') && recorded === 0) context.audit({});
    if (desk.isOpen()) context.commitAudit();
    const checked = (spec.output as z.ZodType).safeParse(output);
    if (!checked.success) return failure(describe(desk, name, new Error('handler output did not match the contract'), writes));
    if ('changesRecords' in spec && spec.changesRecords) {
      // Who changed, by the contract's rule; and which call, so its own window can skip a reload it does not need.
      const changed = (spec.changesRecords as (input: unknown, output: unknown) => ChangedParticipants)(parsed.data, checked.data);
      desk.emit({ type: 'records.changed', participantIds: changed === null ? null : [...new Set(changed)], requestId });
    }
    return { ok: true, value: checked.data };
  }
}

/** Who the call acts as (null on a public channel), or why it is refused. */
type Verdict = { user: SignedInUser | null } | { denied: ReplyError };

function authorize(desk: Desk, session: Session, scope: WindowScope, channel: Channel): Verdict {
  const { access } = contract[channel];
  if (!scope.channels.has(channel)) {
    auditDenied(desk, session, { channel, window: scope.name });
    return { denied: { code: 'FORBIDDEN', message: 'This window does not allow that.' } };
  }
  if (access === 'public') return { user: null };
  if (desk.isDamaged()) return { denied: { code: 'DATABASE_DAMAGED', message: damagedDatabase().message } };
  const user = session.user;
  if (!user || !desk.isOpen()) return { denied: { code: 'NOT_SIGNED_IN', message: 'LEAD Desk is locked. Sign in to continue.' } };
  if (user.mustChangePassword && !ALLOWED_BEFORE_PASSWORD_CHANGE.has(channel)) {
    return { denied: { code: 'FORBIDDEN', message: 'Choose a new password before doing anything else.' } };
  }
  if (access !== 'signedIn' && !access.includes(user.role)) {
    auditDenied(desk, session, { channel });
    return { denied: { code: 'FORBIDDEN', message: 'Your role does not allow that.' } };
  }
  if (RECORDS_CHANNELS.has(channel) && !desk.hasRecords()) return { denied: AWAITING_SUPERVISOR };
  return { user };
}

/** A refused call, in the desk's log: the channel and why, never its input. Nothing to write while locked. */
function auditDenied(desk: Desk, session: Session, detail: { channel: Channel; window?: string }): void {
  const user = session.user;
  if (!user || !desk.isOpen() || desk.isDamaged()) return;
  const db = desk.requireDb();
  db.transaction(() => desk.audit(db, { actorId: user.id, action: 'access.denied', detail }))();
}

function signedIn(context: HandlerContext, user: SignedInUser): SignedInContext {
  const { desk } = context;
  return {
    ...context,
    user,
    get db() {
      return desk.requireDb();
    },
  };
}

/**
 * A team account an administrator created, reset or gave a team role holds no records key
 * until a supervisor completes it (docs/architecture.md, "The vault"): it signs in and sees why.
 */
const AWAITING_SUPERVISOR: ReplyError = {
  code: 'AWAITING_SUPERVISOR',
  message:
    'Your account cannot open participant records yet: a supervisor must complete it first. Ask a supervisor to open their home page and complete your account.',
};

function invalidInput(error: z.ZodError): ReplyError {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.join('.') || '_';
    fields[path] ??= issue.message;
  }
  const first = Object.values(fields)[0];
  return { code: 'INVALID_INPUT', message: first ?? 'Some of the information is not valid.', fields };
}

function invalidData(problem: DataProblem): ReplyError {
  return { code: 'INVALID_INPUT', message: problem.message, fields: { [problem.path.join('.') || '_']: problem.message } };
}

/** The database writes one call made: what its error may truthfully say about what was saved. */
interface Writes {
  committed: number;
  /** A transaction failed and was rolled back: none of its changes were kept. */
  rolledBack: boolean;
}

function describe(desk: Desk, channel: Channel, error: unknown, writes: Writes): ReplyError {
  if (error instanceof UserError) {
    return { code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) };
  }
  if (error instanceof DatabaseProblem && error.problem === 'damaged') {
    return { code: 'DATABASE_DAMAGED', message: error.message };
  }
  // Signing in and setting up save only LEAD Desk's own bookkeeping, never something typed in a form.
  const saving = contract[channel].audit === 'write' && contract[channel].access !== 'public';
  // A transaction rolls back whole, SQLite runs a lone statement whole or not at all, and the
  // key-slot file is replaced whole: a storage fault with nothing committed before it saved nothing.
  const outcome =
    writes.committed > 0
      ? 'part of it was saved before the fault, so check it before trying again'
      : saving
        ? 'this was not saved'
        : 'nothing was changed';
  if (error instanceof VaultProblem) {
    return {
      code: 'VAULT_PROBLEM',
      message: `${error.message} Because of that, ${outcome}. Ask the program’s administrator or IT support to restore ${KEYSLOTS_FILE} from a backup of the data folder.`,
    };
  }
  if (error instanceof DatabaseProblem) {
    return { code: 'VAULT_PROBLEM', message: error.message };
  }
  const fault = storageFault(error);
  reportInternal(channel, error);
  if (fault === 'damaged') {
    desk.markDamaged();
    return { code: 'DATABASE_DAMAGED', message: `The database is damaged: ${outcome}. ${DAMAGED_DATABASE_STOPPED}` };
  }
  if (fault) return describeStorageFault(fault, outcome, saving && writes.committed === 0);
  if (writes.committed === 0 && (writes.rolledBack || !saving)) {
    return { code: 'INTERNAL', message: 'LEAD Desk could not complete that. Nothing was changed.' };
  }
  return {
    code: 'INTERNAL',
    message: 'LEAD Desk could not complete that because of an unexpected fault. Check whether the change was made before trying again.',
  };
}

/**
 * Logs only the channel and the error's kind: messages and stacks can quote the data being
 * saved, and nothing about participants may leave the encrypted store.
 */
function reportInternal(channel: Channel, error: unknown): void {
  const kind =
    error instanceof Error
      ? `${error.name}${(error as { code?: string }).code ? ` ${(error as { code?: string }).code}` : ''}`
      : typeof error;
  console.error(`[lead-desk] ${channel} failed: ${kind}`);
}

function failure(error: ReplyError): Reply<never> {
  return { ok: false, error };
}
