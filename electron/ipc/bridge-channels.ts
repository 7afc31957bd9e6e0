/** The two Electron IPC channels between preload and main; the contract's channels travel inside them. */
export const INVOKE_CHANNEL = 'lead:invoke';
export const EVENT_CHANNEL = 'lead:event';
