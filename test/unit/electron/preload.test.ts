import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { LeadApi } from '../../../shared/ipc/lead-api';
import type { FakeElectron } from './boot-main';

let fake: FakeElectron;
let lead: LeadApi;

beforeEach(async () => {
  vi.resetModules();
  fake = await import('../fakes/electron');
  await import('../../../electron/preload');
  lead = fake.contextBridge.exposed.lead as LeadApi;
});

describe('the preload', () => {
  it('exposes exactly one key, lead, with only invoke and onEvent', () => {
    expect(Object.keys(fake.contextBridge.exposed)).toEqual(['lead']);
    expect(Object.keys(lead).sort()).toEqual(['invoke', 'onEvent']);
    expect(Object.isFrozen(lead)).toBe(true);
  });

  it('forwards a contract channel to ipcRenderer.invoke on lead:invoke', async () => {
    fake.ipcRenderer.reply = { ok: true, value: { phase: 'setup' } };
    expect(await lead.invoke('app.status', {}, 'w1-1')).toEqual({ ok: true, value: { phase: 'setup' } });
    expect(fake.ipcRenderer.invocations).toEqual([['lead:invoke', 'app.status', {}, 'w1-1']]);
  });

  it('refuses a channel outside the contract without sending anything', async () => {
    const reply = await (lead.invoke as (channel: string, input: unknown) => Promise<unknown>)('fs.readFile', { path: '/etc/passwd' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    expect(fake.ipcRenderer.invocations).toEqual([]);
  });

  it('hands event listeners the payload only, never the IPC event', () => {
    const received: unknown[][] = [];
    const stop = lead.onEvent((...args) => received.push(args));
    fake.ipcRenderer.receive('lead:event', { type: 'session.ended', reason: 'idle' });
    stop();
    fake.ipcRenderer.receive('lead:event', { type: 'session.ended', reason: 'lock' });
    expect(received).toEqual([[{ type: 'session.ended', reason: 'idle' }]]);
    expect(fake.ipcRenderer.listenerCount('lead:event')).toBe(0);
  });
});
