import type { Reply } from '../../shared/ipc/reply';
import { isAppUrl } from '../app-origin';
import type { LeadCore } from '../lead-core';

/** The parts of Electron's WebFrameMain the check reads. */
export interface FrameIdentity {
  readonly url: string;
  readonly parent: unknown;
  readonly processId: number;
  readonly routingId: number;
}

export interface InvokeEventLike {
  readonly senderFrame: FrameIdentity | null;
}

const FORBIDDEN: Reply<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'This request did not come from the LEAD Desk window.' },
};
const UNKNOWN_CHANNEL: Reply<never> = {
  ok: false,
  error: { code: 'UNKNOWN_CHANNEL', message: 'That action is not part of LEAD Desk.' },
};

/**
 * Any frame can send IPC (an injected iframe, a window that slipped through), so only the top
 * frame of a window the app opened itself (the main window, a print window while it prints),
 * showing the app's own origin, may reach the core. Process and routing id together name one
 * frame in Chromium.
 */
export function isTrustedSender(frame: FrameIdentity | null | undefined, trusted: readonly FrameIdentity[]): boolean {
  if (!frame) return false;
  try {
    return (
      frame.parent === null &&
      trusted.some((own) => frame.processId === own.processId && frame.routingId === own.routingId) &&
      isAppUrl(frame.url)
    );
  } catch {
    // A frame disposed while the message was in flight throws on access: treat it as untrusted.
    return false;
  }
}

/** The ipcMain handler's body: refuse untrusted senders before the core sees anything. */
export function guardInvoke(core: Pick<LeadCore, 'invoke'>, trustedFrames: () => readonly FrameIdentity[]) {
  return async (event: InvokeEventLike, channel: unknown, input: unknown, requestId?: unknown): Promise<Reply<unknown>> => {
    if (!isTrustedSender(event.senderFrame, trustedFrames())) {
      console.warn('LEAD Desk refused a message from a frame that is not its window.');
      return FORBIDDEN;
    }
    if (typeof channel !== 'string') return UNKNOWN_CHANNEL;
    return core.invoke(channel, input, requestId);
  };
}
