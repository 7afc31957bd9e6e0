import type { Channel, ChannelInput, ChannelOutput } from '../../shared/ipc/contract';
import type { LeadApi } from '../../shared/ipc/lead-api';
import type { Reply, ReplyError } from '../../shared/ipc/reply';
import { askForCover } from './features/covers/cover-store';
import { endSession } from './features/session/session-store';
import { storeGeneration } from './state/store';

declare global {
  interface Window {
    readonly lead: LeadApi;
  }
}

const SESSION_ENDED: ReplyError = { code: 'NOT_SIGNED_IN', message: 'LEAD Desk is locked. Sign in to continue.' };

/**
 * The renderer's only way to the main process. A NOT_SIGNED_IN answer means the main process
 * has locked, so the renderer locks too; a reply that arrives after the session ended is
 * dropped, so data asked for before a lock can never land in the cleared stores. NEEDS_COVER
 * (another pair's participant) asks for the cover and, once it is granted, makes the call again.
 */
export async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Reply<ChannelOutput<C>>> {
  const generation = storeGeneration();
  let reply: Reply<ChannelOutput<C>>;
  try {
    reply = await window.lead.invoke(channel, input);
  } catch {
    reply = failure({ code: 'INTERNAL', message: 'LEAD Desk could not complete that. Nothing was changed.' });
  }
  if (generation !== storeGeneration()) return failure(SESSION_ENDED);
  if (!reply.ok && reply.error.code === 'NOT_SIGNED_IN') endSession('lock');
  if (!reply.ok && reply.error.code === 'NEEDS_COVER' && reply.error.cover && (await askForCover(reply.error.cover))) return call(channel, input);
  return reply;
}

/** A refusal made in the renderer (e.g. passwords that do not match), shaped like the main process's. */
export function invalid(fields: Record<string, string>): Reply<never> {
  const message = Object.values(fields)[0] ?? 'Some of the information is not valid.';
  return failure({ code: 'INVALID_INPUT', message, fields });
}

export function listenForSessionEnd(): void {
  window.lead.onEvent((event) => {
    if (event.type === 'session.ended') endSession(event.reason);
  });
}

function failure(error: ReplyError): Reply<never> {
  return { ok: false, error };
}
