import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNELS } from '../shared/ipc/contract';
import { createLeadApi } from '../shared/ipc/lead-api';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from './ipc/bridge-channels';

/**
 * window.lead is the renderer's only way out. ipcRenderer itself, and the IPC event (whose
 * `sender` is ipcRenderer), never cross the bridge: listeners get the payload alone.
 */
contextBridge.exposeInMainWorld(
  'lead',
  createLeadApi(CHANNELS, {
    invoke: (channel, input, requestId) => ipcRenderer.invoke(INVOKE_CHANNEL, channel, input, requestId),
    subscribe(listener) {
      const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
      ipcRenderer.on(EVENT_CHANNEL, forward);
      return () => {
        ipcRenderer.removeListener(EVENT_CHANNEL, forward);
      };
    },
  }),
);
