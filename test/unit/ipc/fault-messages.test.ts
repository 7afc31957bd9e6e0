import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Desk } from '../../../electron/desk';
import { handlers } from '../../../electron/ipc/handlers';
import { createRouter } from '../../../electron/ipc/router';
import { DESK_WINDOW } from '../../../electron/ipc/window-scope';
import { ADMIN, FAST_SCRYPT } from '../../support/core';
import { makeDataDir, removeDataDir } from '../../support/data-dir';
import { TestClock } from '../../support/test-clock';

describe('what a failed call says about what was saved', () => {
  let dir: string;
  beforeEach(() => {
    dir = makeDataDir('fault-messages');
  });
  afterEach(() => {
    vi.restoreAllMocks();
    removeDataDir(dir);
  });

  it('does not say "nothing was changed" when the change was saved before the call failed', async () => {
    const desk = new Desk({ dataDir: dir, clock: new TestClock(), scryptCost: FAST_SCRYPT, emit: () => {} });
    const router = createRouter(desk, {
      ...handlers,
      'settings.update': async (input, context) => {
        await handlers['settings.update'](input, context);
        return { broken: 'output' } as never;
      },
    });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await router.invoke(desk.session, DESK_WINDOW, 'setup.create', { ...ADMIN })).toMatchObject({ ok: true });
    expect(await router.invoke(desk.session, DESK_WINDOW, 'settings.update', { programName: 'Renamed LEAD' })).toEqual({
      ok: false,
      error: {
        code: 'INTERNAL',
        message: 'LEAD Desk could not complete that because of an unexpected fault. Check whether the change was made before trying again.',
      },
    });
    expect(await router.invoke(desk.session, DESK_WINDOW, 'settings.get', {})).toMatchObject({
      ok: true,
      value: { programName: 'Renamed LEAD' },
    });
    desk.close();
  });
});
