import { afterAll, beforeAll, expect, it } from 'vitest';
import { TEAM } from '../../support/intake';
import type { ChildCore } from './child-core';
import {
  copyDesk,
  KillHarness,
  loggedNotes,
  logContacts,
  makeTemplateDesk,
  openDesk,
  signIn,
  tempFilesIn,
  type TemplateDesk,
} from './fault-desk';

const KILLS = 30;

let harness: KillHarness;
let template: TemplateDesk;
beforeAll(async () => {
  harness = await KillHarness.create(0xc047);
  template = await makeTemplateDesk();
  harness.track(template.dir);
}, 60_000);
afterAll(() => harness.dispose());

it(`keeps every acknowledged contact after a kill during a stream of them (${KILLS} kills)`, async () => {
  const measureNotes: string[] = [];
  const span = await harness.measure(harness.track(copyDesk(template)), signIn(TEAM.caseManager), logContacts(template, measureNotes, 6));
  for (let run = 0; run < KILLS; run += 1) {
    const dataDir = harness.track(copyDesk(template));
    const child: ChildCore = await harness.start(dataDir);
    await signIn(TEAM.caseManager)(child);
    const acknowledged: string[] = [];
    await harness.killDuring(child, harness.random.next() * span, logContacts(template, acknowledged, Number.POSITIVE_INFINITY));

    const t = openDesk(dataDir);
    expect(tempFilesIn(dataDir)).toEqual([]);
    await t.ok('session.signIn', { username: TEAM.caseManager.username, password: TEAM.caseManager.password });
    const notes = await loggedNotes(t, template);
    t.core.close();
    expect(notes).toEqual(expect.arrayContaining(acknowledged));
    // At most the one in flight was written besides them.
    expect(notes.length - acknowledged.length).toBeLessThanOrEqual(1);
  }
}, 180_000);
