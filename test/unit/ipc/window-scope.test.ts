import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LeadEvent } from '../../../shared/ipc/contract';
import { PRINT_WINDOW, windowScope } from '../../../electron/ipc/window-scope';
import { makeCore, setUpDesk, type CoreUnderTest } from '../../support/core';

/** A window narrower than the signed-in person: it may read the status and hears only record changes. */
const AUDIENCE = windowScope('audience', ['app.status'], ['records.changed']);

describe('window scopes', () => {
  let t: CoreUnderTest;
  beforeEach(() => {
    t = makeCore();
  });
  afterEach(() => t.dispose());

  it('refuse a channel outside the window, whatever the role allows, and audit it without the input', async () => {
    await setUpDesk(t);
    const audience = t.core.connect(AUDIENCE);
    expect(await audience.invoke('app.status', {})).toMatchObject({ ok: true, value: { phase: 'ready' } });
    expect(await audience.invoke('settings.update', { programName: 'Renamed LEAD' })).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'This window does not allow that.' },
    });
    expect(await t.ok('settings.get', {})).not.toMatchObject({ programName: 'Renamed LEAD' });
    const { entries } = await t.ok('audit.list', { limit: 500, action: 'access.denied' });
    expect(entries.map((entry) => entry.detail)).toEqual([{ channel: 'settings.update', window: 'audience' }]);
  });

  it('refuse out-of-scope channels before sign-in too, with nothing to audit', async () => {
    const audience = t.core.connect(AUDIENCE);
    expect(await audience.invoke('setup.create', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await t.ok('app.status', {})).toEqual({ phase: 'setup' });
  });

  it('still answer an unknown channel as unknown', async () => {
    expect(await t.core.connect(AUDIENCE).invoke('fs.readFile', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('send each event only to the connections whose scope asked for it', async () => {
    await setUpDesk(t);
    const seen: Record<string, LeadEvent[]> = { desk: [], audience: [], print: [] };
    t.core.onEvent((event) => seen.desk!.push(event));
    t.core.connect(AUDIENCE).onEvent((event) => seen.audience!.push(event));
    t.core.connect(PRINT_WINDOW).onEvent((event) => seen.print!.push(event));
    await t.ok('settings.update', { contactAgingDays: 4 });
    await t.ok('session.lock', {});
    const changed = { type: 'records.changed', participantIds: null, requestId: null };
    expect(seen.desk).toEqual([changed, { type: 'session.ended', reason: 'lock' }]);
    expect(seen.audience).toEqual([changed]);
    expect(seen.print).toEqual([]);
  });

  it('let a print window read its document and nothing else', async () => {
    await setUpDesk(t);
    const print = t.core.connect(PRINT_WINDOW);
    expect(await print.invoke('app.mode', {})).toMatchObject({ ok: true });
    expect(await print.invoke('staff.list', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'This window does not allow that.' },
    });
    expect(await print.invoke('session.signOut', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await t.ok('app.status', {})).toMatchObject({ phase: 'ready', signedIn: { user: { username: 'avery' } } });
  });
});
