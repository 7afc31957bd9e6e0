import type { Channel, ChannelInput, ChannelOutput, LeadEvent } from './contract';
import type { Reply } from './reply';

/** How the API object reaches the main process: ipcRenderer in Electron, a Playwright binding in tests. */
export interface LeadTransport {
  invoke(channel: string, input: unknown, requestId: string | undefined): Promise<unknown>;
  subscribe(listener: (event: unknown) => void): () => void;
}

/** The object the renderer sees as `window.lead`. */
export interface LeadApi {
  /**
   * Calls one channel. `requestId` (shared/ipc/channel.ts RequestId) names the call: a
   * `records.changed` it causes carries it back, so the caller can tell its own changes apart.
   */
  invoke<C extends Channel>(channel: C, input: ChannelInput<C>, requestId?: string): Promise<Reply<ChannelOutput<C>>>;
  onEvent(listener: (event: LeadEvent) => void): () => void;
}

/**
 * Builds `window.lead`. It only forwards the contract's channels; anything else is answered
 * here without reaching the main process. The preload and the end-to-end test page both call
 * this one function, so what the tests exercise is what the app ships.
 *
 * It must stay self-contained (no imports at run time, no closures over module state): the test
 * harness injects its source text into the page as an init script.
 */
export function createLeadApi(channels: readonly string[], transport: LeadTransport): LeadApi {
  const known = new Set(channels);
  const api = {
    invoke(channel: string, input: unknown, requestId?: string) {
      if (!known.has(channel)) {
        return Promise.resolve({
          ok: false,
          error: { code: 'UNKNOWN_CHANNEL', message: 'That action is not part of LEAD Desk.' },
        });
      }
      return transport.invoke(channel, input, requestId);
    },
    onEvent(listener: (event: unknown) => void) {
      return transport.subscribe(listener);
    },
  };
  return Object.freeze(api) as LeadApi;
}
