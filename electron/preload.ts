import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS } from '../shared/ipc/contract';
import { createLeadApi } from '../shared/ipc/lead-api';
export const PLACEHOLDER = 1;
void contextBridge; void ipcRenderer; void CHANNELS; void createLeadApi;
