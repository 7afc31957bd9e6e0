import type { z } from 'zod';
import {
  contract,
  type Channel,
  type ChannelOutput,
  type ParsedInput,
} from '../../shared/ipc/contract';
import { inputSchema } from '../../shared/ipc/channel';
import { INPUT_LIMITS, plainDataProblem, type DataProblem } from '../../shared/ipc/plain-data';
import type { Reply, ReplyError } from '../../shared/ipc/reply';
import { DatabaseProblem } from '../db/database-problem';
import type { NewAuditEntry } from '../db/audit-log';
import type { Desk } from '../desk';
import type { Session } from '../session';
import { refusalFor } from '../services/participant-access';
import { VaultProblem } from '../vault/vault';
import { UserError } from './user-error';

export type AuditNote = Pick<NewAuditEntry, 'subjectType' | 'subjectId' | 'detail'> & { action?: string };

export interface HandlerContext {
  desk: Desk;
  session: Session;
  /** Queues an audit entry; it is written with the change in `transaction`, or after the handler. */
  audit(note: AuditNote): void;
  /** Runs `fn` in one database transaction together with the audit entries queued so far. */
  transaction<T>(fn: () => T): T;
  /** Writes the queued audit entries now: for a disclosure about to happen outside the database. */
  commitAudit(): void;
}

export type Handler<C extends Channel> = (
  input: ParsedInput<C>,
  context: HandlerContext,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

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
  invoke(session: Session, channel: string, rawInput: unknown): Promise<Reply<unknown>>;
}

/**
 * The one way into the main process: validate -> authorize -> handle -> audit. A channel that
 * declares its subject (a participant) is also checked against the caller's pairs before it is handled. Electron's
 * ipcMain and the end-to-end tests' Playwright binding both call `invoke`.
 */
export function createRouter(desk: Desk, handlers: Handlers): Router {
  return {
    async invoke(session, channel, rawInput) {
      if (typeof channel !== 'string' || !Object.hasOwn(contract, channel)) {
        return failure({ code: 'UNKNOWN_CHANNEL', message: 'That action is not part of LEAD Desk.' });
      }
      const name = channel as Channel;
      // Nothing below may reject: whatever goes wrong, validation included, is a reply.
      try {
        return await answer(session, name, rawInput);
      } catch (error) {
        return failure(describe(name, error));
      }
    },
  };

  async function answer(session: Session, name: Channel, rawInput: unknown): Promise<Reply<unknown>> {
    const spec = contract[name];
    const denied = authorize(desk, session, name);
    if (denied) return failure(denied);

    const input = rawInput ?? {};
    const problem = plainDataProblem(input, INPUT_LIMITS);
    if (problem) return failure(invalidData(problem));
    const parsed = inputSchema(spec.input, { now: desk.now(), today: desk.today() }).safeParse(input);
    if (!parsed.success) return failure(invalidInput(parsed.error));

    const subject = 'subject' in spec && spec.subject ? spec.subject(parsed.data as never) : null;
    const refused = subject && refusalFor(desk, name, subject);
    if (refused) return failure(refused);

    if (session.user) session.lastActivityMs = desk.clock.now().getTime();
    const actorId = session.user?.id ?? null;
    const queued: NewAuditEntry[] = [];
    let recorded = 0;
    const flush = () => {
      if (!desk.isOpen()) return;
      const db = desk.requireDb();
      for (const entry of queued.splice(0)) desk.audit(db, entry);
    };
    const context: HandlerContext = {
      desk,
      session,
      audit(note) {
        recorded += 1;
        queued.push({ at: desk.now(), actorId: session.user?.id ?? actorId, action: note.action ?? name, ...note });
      },
      transaction(fn) {
        return desk.requireDb().transaction(() => {
          const result = fn();
          flush();
          return result;
        })();
      },
      commitAudit() {
        desk.requireDb().transaction(flush)();
      },
    };

    const output = await (handlers[name] as Handler<Channel>)(parsed.data as never, context);
    if ((spec.audit === 'read' || spec.audit === 'write') && recorded === 0) context.audit({});
    if (desk.isOpen()) context.commitAudit();
    const checked = (spec.output as z.ZodType).safeParse(output);
    if (!checked.success) {
      reportInternal(name, new Error('handler output did not match the contract'));
      return failure({ code: 'INTERNAL', message: 'LEAD Desk could not complete that. Nothing was changed.' });
    }
    if ('changesRecords' in spec && spec.changesRecords) desk.emit({ type: 'records.changed' });
    return { ok: true, value: checked.data };
  }
}

function authorize(desk: Desk, session: Session, channel: Channel): ReplyError | null {
  const { access } = contract[channel];
  if (access === 'public') return null;
  const user = session.user;
  if (!user || !desk.isOpen()) return { code: 'NOT_SIGNED_IN', message: 'LEAD Desk is locked. Sign in to continue.' };
  if (user.mustChangePassword && !ALLOWED_BEFORE_PASSWORD_CHANGE.has(channel)) {
    return { code: 'FORBIDDEN', message: 'Choose a new password before doing anything else.' };
  }
  if (access !== 'signedIn' && !access.includes(user.role)) {
    const db = desk.requireDb();
    db.transaction(() => desk.audit(db, { actorId: user.id, action: 'access.denied', detail: { channel } }))();
    return { code: 'FORBIDDEN', message: 'Your role does not allow that.' };
  }
  return null;
}

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

function describe(channel: Channel, error: unknown): ReplyError {
  if (error instanceof UserError) {
    return { code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) };
  }
  if (error instanceof VaultProblem || error instanceof DatabaseProblem) {
    return { code: 'VAULT_PROBLEM', message: error.message };
  }
  reportInternal(channel, error);
  return { code: 'INTERNAL', message: 'LEAD Desk could not complete that. Nothing was changed.' };
}

/**
 * Logs only the channel and the error's kind: messages and stacks can quote the data being
 * saved, and nothing about participants may leave the encrypted store.
 */
function reportInternal(channel: Channel, error: unknown): void {
  const kind = error instanceof Error ? `${error.name}${(error as { code?: string }).code ? ` ${(error as { code?: string }).code}` : ''}` : typeof error;
  console.error(`[lead-desk] ${channel} failed: ${kind}`);
}

function failure(error: ReplyError): Reply<never> {
  return { ok: false, error };
}
