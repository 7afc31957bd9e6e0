import { afterAll, describe, expect, it } from 'vitest';
import { createLeadCore } from '../../../electron/lead-core';
import { guardInvoke, isTrustedSender, type FrameIdentity } from '../../../electron/ipc/sender-guard';
import { makeDataDir, removeDataDir } from '../../support/data-dir';

const top: FrameIdentity = { url: 'app://lead/', parent: null, processId: 4, routingId: 1 };

describe('isTrustedSender', () => {
  it('trusts the main window top frame on the app origin', () => {
    expect(isTrustedSender({ ...top }, [top])).toBe(true);
  });

  it.each<[string, FrameIdentity | null]>([
    ['no frame', null],
    ['a subframe', { ...top, parent: top, routingId: 2 }],
    ['another frame of the same process', { ...top, routingId: 2 }],
    ['another process', { ...top, processId: 5 }],
    ['another origin', { ...top, url: 'https://example.com/' }],
  ])('refuses %s', (_name, frame) => {
    expect(isTrustedSender(frame, [top])).toBe(false);
  });

  it('refuses everything when there is no main window', () => {
    expect(isTrustedSender(top, [])).toBe(false);
  });

  it('refuses a frame disposed mid-message', () => {
    const disposed = {
      ...top,
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    };
    expect(isTrustedSender(disposed, [top])).toBe(false);
  });
});

describe('guardInvoke', () => {
  const dataDir = makeDataDir('sender-guard');
  const core = createLeadCore({ dataDir });
  afterAll(() => {
    core.close();
    removeDataDir(dataDir);
  });
  const handler = guardInvoke(() => [{ frame: top, connection: core }]);

  it('passes a trusted message to the core', async () => {
    expect(await handler({ senderFrame: { ...top } }, 'app.status', {})).toEqual({ ok: true, value: { phase: 'setup' } });
  });

  it('refuses an untrusted one with FORBIDDEN', async () => {
    expect(await handler({ senderFrame: null }, 'app.status', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
