import type { Channel, ChannelInput, ChannelOutput } from '../../shared/ipc/contract';
import type { LeadApi } from '../../shared/ipc/lead-api';
import type { Reply, ReplyError } from '../../shared/ipc/reply';
import { askForCover } from './features/covers/cover-store';
import { endSession, showDatabaseProblem } from './features/session/session-store';
import { storeGeneration } from './state/store';

declare global {
  interface Window {
    readonly lead: LeadApi;
  }
}

/**
 * Every call this window makes has a name, `<prefix>-<n>`, the prefix random so that no other
 * window's names collide with it. The main process puts the name into the `records.changed` the
 * call causes: the code that made the call applies its reply (the moved card, the saved record),
 * so the change is this window's own and needs no reload; changes other actions made do.
 */
const REQUEST_PREFIX = Array.from(crypto.getRandomValues(new Uint8Array(8)), (byte) => byte.toString(16).padStart(2, '0')).join('');
/** The latest calls' names: more than are ever in flight at once, so an event that comes late is still recognised. */
const OWN_REQUESTS_KEPT = 500;
const ownRequests = new Set<string>();
let requestCount = 0;

function nextRequestId(): string {
  requestCount += 1;
  const id = `${REQUEST_PREFIX}-${requestCount}`;
  ownRequests.add(id);
  if (ownRequests.size > OWN_REQUESTS_KEPT) ownRequests.delete(ownRequests.values().next().value as string);
  return id;
}

/** Whether `requestId` names a call this window made (and so a change whose reply it has). */
export function isOwnRequest(requestId: string | null): boolean {
  return requestId !== null && ownRequests.has(requestId);
}

const SESSION_ENDED: ReplyError = { code: 'NOT_SIGNED_IN', message: 'LEAD Desk is locked. Sign in to continue.' };

/**
 * The renderer's only way to the main process. A NOT_SIGNED_IN answer means the main process
 * has locked, so the renderer locks too; DATABASE_DAMAGED means it has closed the database for
 * good, so the problem screen takes over; a reply that arrives after the session ended is
 * dropped, so data asked for before a lock can never land in the cleared stores. NEEDS_COVER
 * (another pair's participant) asks for the cover and, once it is granted, makes the call again.
 */
export async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Reply<ChannelOutput<C>>> {
  const generation = storeGeneration();
  let reply: Reply<ChannelOutput<C>>;
  try {
    reply = await window.lead.invoke(channel, input, nextRequestId());
  } catch {
    // The call may or may not have reached the main process, so nothing can be promised about it.
    reply = failure({ code: 'INTERNAL', message: 'LEAD Desk did not answer. Check whether the change was made before trying again.' });
  }
  if (generation !== storeGeneration()) return failure(SESSION_ENDED);
  if (!reply.ok && reply.error.code === 'NOT_SIGNED_IN') endSession('lock');
  if (!reply.ok && reply.error.code === 'DATABASE_DAMAGED') showDatabaseProblem(reply.error.message);
  if (!reply.ok && reply.error.code === 'NEEDS_COVER' && reply.error.cover && (await askForCover(reply.error.cover)))
    return call(channel, input);
  return reply;
}

/**
 * A form's input as it stands: any question still unanswered goes as missing and a number or
 * date not yet valid goes as typed. Nothing is checked in the renderer that the main process
 * checks: it validates the form like any input and names each field that needs attention.
 */
export type FormInput<T> = T extends readonly (infer E)[]
  ? FormInput<E>[]
  : T extends object
    ? { [K in keyof T]?: FormInput<T[K]> }
    : (T extends boolean ? boolean : T) | string | undefined;

/**
 * `call` for a form (FormInput). The one place a form's input meets the channel's type: the
 * main process parses every input with the channel's schema before anything runs.
 */
export function submit<C extends Channel>(channel: C, input: FormInput<ChannelInput<C>>): Promise<Reply<ChannelOutput<C>>> {
  return call(channel, input as ChannelInput<C>);
}

/** A refusal made in the renderer (e.g. passwords that do not match), shaped like the main process's. */
export function invalid(fields: Record<string, string>): Reply<never> {
  const message = Object.values(fields)[0] ?? 'Some of the information is not valid.';
  return failure({ code: 'INVALID_INPUT', message, fields });
}

/** The main process ends the session (a lock), or ends it for good (a damaged database). */
export function listenForSessionEnd(): void {
  window.lead.onEvent((event) => {
    if (event.type === 'session.ended') endSession(event.reason);
    if (event.type === 'database.damaged') showDatabaseProblem(event.message);
  });
}

function failure(error: ReplyError): Reply<never> {
  return { ok: false, error };
}
