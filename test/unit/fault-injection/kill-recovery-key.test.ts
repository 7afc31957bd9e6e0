import { afterAll, beforeAll, expect, it } from 'vitest';
import { ADMIN } from '../../support/core';
import type { ChildCore } from './child-core';
import { copyDesk, KillHarness, makeTemplateDesk, openDesk, recoveryKeyOpens, signIn, tempFilesIn, type TemplateDesk } from './fault-desk';

const KILLS = 30;

let harness: KillHarness;
let template: TemplateDesk;
beforeAll(async () => {
  harness = await KillHarness.create(0x4ec0);
  template = await makeTemplateDesk();
  harness.track(template.dir);
}, 60_000);
afterAll(() => harness.dispose());

/** The keys the administrator holds on paper: the last one confirmed, and one being typed back. */
interface Paper {
  confirmed: string;
  beingConfirmed: string | null;
}

/** Replaces and confirms the recovery key again and again, as an administrator would. */
function replaceKeys(paper: Paper, times: number) {
  return async (child: ChildCore) => {
    for (let i = 0; i < times; i += 1) {
      const issued = await child.ok('recoveryKey.replace', {});
      const groups = issued.check.groups.map((n) => issued.recoveryKey.split('-')[n - 1]!) as [string, string];
      paper.beingConfirmed = issued.recoveryKey;
      await child.ok('recoveryKey.confirm', { groups });
      paper.confirmed = issued.recoveryKey;
      paper.beingConfirmed = null;
    }
  };
}

it(`keeps the written-down recovery key working, and the confirmed flag truthful, after a kill during replacement (${KILLS} kills)`, async () => {
  const span = await harness.measure(
    harness.track(copyDesk(template)),
    signIn(ADMIN),
    replaceKeys({ confirmed: template.recoveryKey, beingConfirmed: null }, 4),
  );
  for (let run = 0; run < KILLS; run += 1) {
    const dataDir = harness.track(copyDesk(template));
    const child = await harness.start(dataDir);
    await signIn(ADMIN)(child);
    const paper: Paper = { confirmed: template.recoveryKey, beingConfirmed: null };
    await harness.killDuring(child, harness.random.next() * span, replaceKeys(paper, Number.POSITIVE_INFINITY));

    const t = openDesk(dataDir);
    expect(tempFilesIn(dataDir)).toEqual([]);
    const session = await t.ok('session.signIn', { username: ADMIN.username, password: ADMIN.password });
    t.core.close();
    const onPaperOpens =
      recoveryKeyOpens(dataDir, paper.confirmed) || (paper.beingConfirmed !== null && recoveryKeyOpens(dataDir, paper.beingConfirmed));
    // The flag never vouches for a key that no longer works; and in fact the key on paper always does.
    expect({ confirmed: session.recoveryKeyConfirmed, onPaperOpens }).not.toEqual({ confirmed: true, onPaperOpens: false });
    expect(onPaperOpens).toBe(true);
  }
}, 180_000);
