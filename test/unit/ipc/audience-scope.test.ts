import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AUDIENCE_WINDOW } from '../../../electron/ipc/window-scope';
import { CHANNELS, type LeadEvent } from '../../../shared/ipc/contract';
import { ADMIN, makeCore, setUpDesk, type CoreUnderTest } from '../../support/core';
import { setUpTeam, signInAs, TEAM } from '../../support/intake';

const WINDOW_REFUSAL = { ok: false, error: { code: 'FORBIDDEN', message: 'This window does not allow that.' } };

/**
 * The meeting's audience window sits on a projector in a room of partner agencies: whatever
 * its renderer sends, the router answers it the room view and nothing else (issue 12).
 */
describe('the audience window scope', () => {
  let t: CoreUnderTest;
  beforeEach(async () => {
    t = makeCore();
    await setUpDesk(t);
    await setUpTeam(t);
    await signInAs(t, TEAM.supervisor);
  });
  afterEach(() => t.dispose());

  it('refuses every channel but meetings.roomView, though the supervisor signed in may call them all', async () => {
    const audience = t.core.connect(AUDIENCE_WINDOW);
    const others = CHANNELS.filter((channel) => channel !== 'meetings.roomView');
    expect(others.length).toBe(CHANNELS.length - 1);
    for (const channel of others) {
      const reply = await audience.invoke(channel, {});
      expect({ channel, reply }).toEqual({ channel, reply: WINDOW_REFUSAL });
    }
    expect(await audience.invoke('meetings.roomView', {})).toEqual({ ok: true, value: { kind: 'blank' } });
    // Nothing it sent reached a handler: the supervisor is still signed in, every refusal audited.
    expect(await t.ok('app.status', {})).toMatchObject({ phase: 'ready', signedIn: { user: { username: TEAM.supervisor.username } } });
    const { entries } = await t.ok('audit.list', { limit: 500, action: 'access.denied' });
    expect(entries.filter((entry) => (entry.detail as { window?: string }).window === 'audience')).toHaveLength(others.length);
  });

  it('still checks the role behind the window: an administrator gets no room view', async () => {
    await signInAs(t, ADMIN);
    expect(await t.core.connect(AUDIENCE_WINDOW).invoke('meetings.roomView', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('hears the end of the session, not record changes; it names meeting.room too', async () => {
    const heard: LeadEvent[] = [];
    t.core.connect(AUDIENCE_WINDOW).onEvent((event) => heard.push(event));
    await t.ok('pairs.list', {});
    await signInAs(t, ADMIN);
    await t.ok('settings.update', { contactAgingDays: 4 });
    await t.ok('session.lock', {});
    expect(heard).toEqual([
      { type: 'session.ended', reason: 'signOut' },
      { type: 'session.ended', reason: 'lock' },
    ]);
    expect([...AUDIENCE_WINDOW.events].sort()).toEqual(['meeting.room', 'session.ended']);
  });
});
