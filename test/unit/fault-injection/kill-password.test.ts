import { afterAll, beforeAll, expect, it } from 'vitest';
import { ADMIN } from '../../support/core';
import type { ChildCore } from './child-core';
import { copyDesk, KillHarness, makeTemplateDesk, openDesk, recoveryKeyOpens, signIn, tempFilesIn, type TemplateDesk } from './fault-desk';

const KILLS = 30;

let harness: KillHarness;
let template: TemplateDesk;
beforeAll(async () => {
  harness = await KillHarness.create(0x9a55);
  template = await makeTemplateDesk();
  harness.track(template.dir);
}, 60_000);
afterAll(() => harness.dispose());

/** Changes the administrator's password again and again; `state` says which ones were acknowledged. */
function changePasswords(state: { acknowledged: string; inFlight: string | null }, times: number) {
  return async (child: ChildCore) => {
    for (let i = 0; i < times; i += 1) {
      const next = `changed password number ${i}`;
      state.inFlight = next;
      await child.ok('account.changePassword', { currentPassword: state.acknowledged, newPassword: next });
      state.acknowledged = next;
      state.inFlight = null;
    }
  };
}

it(`keeps the desk opening with the acknowledged (or the new) password after a kill during password changes (${KILLS} kills)`, async () => {
  const span = await harness.measure(
    harness.track(copyDesk(template)),
    signIn(ADMIN),
    changePasswords({ acknowledged: ADMIN.password, inFlight: null }, 4),
  );
  for (let run = 0; run < KILLS; run += 1) {
    const dataDir = harness.track(copyDesk(template));
    const child = await harness.start(dataDir);
    await signIn(ADMIN)(child);
    const state = { acknowledged: ADMIN.password as string, inFlight: null as string | null };
    await harness.killDuring(child, harness.random.next() * span, changePasswords(state, Number.POSITIVE_INFINITY));

    const t = openDesk(dataDir);
    expect(tempFilesIn(dataDir)).toEqual([]);
    expect(await t.ok('app.status', {})).toMatchObject({ phase: 'ready' });
    const works = async (password: string) => (await t.call('session.signIn', { username: ADMIN.username, password })).ok;
    const opened = (await works(state.acknowledged)) || (state.inFlight !== null && (await works(state.inFlight)));
    expect(opened).toBe(true);
    t.core.close();
    expect(recoveryKeyOpens(dataDir, template.recoveryKey)).toBe(true);
  }
}, 180_000);
