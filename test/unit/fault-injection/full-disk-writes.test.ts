import { cpSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { TEAM } from '../../support/intake';
import { ChildGone, type ChildCore } from './child-core';
import {
  KillHarness,
  loggedNotes,
  logContacts,
  makeTemplateDesk,
  openDesk,
  recoveryKeyOpens,
  signIn,
  tempFilesIn,
  type TemplateDesk,
} from './fault-desk';
import { CAN_MOUNT, mountSmallDisk, type SmallDisk } from './full-disk';

/** Room left on the disk when the writes start: the disk fills mid-way through different writes. */
const ROOM_LEFT = [12 * 1024, 40 * 1024, 96 * 1024, 200 * 1024];
const NEW_PASSWORD = 'a password set on a full disk';

let harness: KillHarness;
let template: TemplateDesk;
let disk: SmallDisk;
beforeAll(async () => {
  if (!CAN_MOUNT) return;
  harness = await KillHarness.create(0xf011);
  template = await makeTemplateDesk();
  harness.track(template.dir);
  disk = mountSmallDisk(8 * 1024);
}, 60_000);
afterAll(() => {
  if (!CAN_MOUNT) return;
  disk.unmount();
  harness.dispose();
});

/** Logs contacts until the full disk refuses one, then tries a password change (a key-file write). */
async function writeUntilRefused(
  child: ChildCore,
  acknowledged: string[],
  passwords: { acknowledged: string; inFlight: string | null },
): Promise<boolean> {
  try {
    await logContacts(template, acknowledged, 500)(child);
    return false;
  } catch (error) {
    if (error instanceof ChildGone) throw error;
  }
  passwords.inFlight = NEW_PASSWORD;
  const changed = await child.call('account.changePassword', { currentPassword: passwords.acknowledged, newPassword: NEW_PASSWORD });
  if (changed.ok) passwords.acknowledged = NEW_PASSWORD;
  passwords.inFlight = null;
  return true;
}

it.runIf(CAN_MOUNT)(
  'loses nothing acknowledged and leaves no temp file when the disk fills during writes',
  async () => {
    for (const room of ROOM_LEFT) {
      for (const name of readdirSync(disk.dir)) rmSync(join(disk.dir, name), { recursive: true, force: true });
      cpSync(template.dir, disk.dir, { recursive: true });
      const child = await harness.start(disk.dir);
      await signIn(TEAM.caseManager)(child);
      // Filled once the database is open (its shared-memory file is 32 KiB): the writes then hit the wall.
      disk.fill(room);
      const acknowledged: string[] = [];
      const passwords = { acknowledged: TEAM.caseManager.password as string, inFlight: null as string | null };
      expect(await writeUntilRefused(child, acknowledged, passwords)).toBe(true);
      await child.kill();
      disk.free();

      const t = openDesk(disk.dir);
      expect(tempFilesIn(disk.dir)).toEqual([]);
      expect(await t.ok('app.status', {})).toMatchObject({ phase: 'ready' });
      await t.ok('session.signIn', { username: TEAM.caseManager.username, password: passwords.acknowledged });
      const notes = await loggedNotes(t, template);
      t.core.close();
      expect(notes.sort()).toEqual(acknowledged.sort());
      expect(recoveryKeyOpens(disk.dir, template.recoveryKey)).toBe(true);
    }
  },
  120_000,
);
