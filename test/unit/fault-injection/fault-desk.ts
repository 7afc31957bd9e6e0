import { cpSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createLeadCore, type LeadCore } from '../../../electron/lead-core';
import { KeyVault } from '../../../electron/vault/vault';
import { SeededRandom } from '../../../electron/synthetic/seeded-random';
import { completeAssessment, enrollPerson } from '../../support/caseload';
import { callerFor, FAST_SCRYPT, setUpDesk, type Caller } from '../../support/core';
import { makeDataDir, removeDataDir } from '../../support/data-dir';
import { setUpTeam } from '../../support/intake';
import { TestClock } from '../../support/test-clock';
import { bundleChildCore, ChildGone, startChildCore, type ChildCore, type ChildCoreScript } from './child-core';

/** The desk opened in the test's own process, as the app opens it after the crash. */
export interface OpenedDesk extends Caller {
  core: LeadCore;
}

export function openDesk(dataDir: string): OpenedDesk {
  const core = createLeadCore({ dataDir, clock: new TestClock(), scryptCost: FAST_SCRYPT });
  return { core, ...callerFor((channel, input) => core.invoke(channel, input)) };
}

/** Every atomic-write temp file in the folder: none may survive the desk's opening. */
export function tempFilesIn(dataDir: string): string[] {
  return readdirSync(dataDir).filter((name) => name.endsWith('.tmp'));
}

export function recoveryKeyOpens(dataDir: string, recoveryKey: string): boolean {
  return new KeyVault(join(dataDir, 'keyslots.json'), new TestClock(), FAST_SCRYPT).unlockWithRecoveryKey(recoveryKey) !== null;
}

export const PERSON = { name: 'Morgan Faultline', dateOfBirth: '1988-02-14' } as const;

/** A set-up desk with a team and one enrolled participant, closed, for the runs to copy. */
export interface TemplateDesk {
  dir: string;
  recoveryKey: string;
  participantId: number;
}

export async function makeTemplateDesk(): Promise<TemplateDesk> {
  const dir = makeDataDir('fault-template');
  const t = openDesk(dir);
  const recoveryKey = await setUpDesk(t);
  const { pairId } = await setUpTeam(t);
  const participantId = await enrollPerson(t, PERSON, pairId, new Date(Date.now() - 3_600_000).toISOString());
  await completeAssessment(t, participantId, PERSON);
  t.core.close();
  return { dir, recoveryKey, participantId };
}

export function copyDesk(template: TemplateDesk): string {
  const dir = makeDataDir('fault-run');
  cpSync(template.dir, dir, { recursive: true });
  return dir;
}

/**
 * What every kill test shares: the bundled child, a seeded generator for the kill points, and
 * the runs' folders (removed at the end). Each run kills the child `delayMs` after `work` begins;
 * the delays only spread the kills over the work, no assertion depends on them.
 */
export class KillHarness {
  private readonly dirs: string[] = [];
  readonly random: SeededRandom;

  private constructor(
    private readonly script: ChildCoreScript,
    seed: number,
  ) {
    this.random = new SeededRandom(seed);
  }

  static async create(seed: number): Promise<KillHarness> {
    const buildDir = makeDataDir('fault-build');
    const harness = new KillHarness(await bundleChildCore(buildDir), seed);
    harness.dirs.push(buildDir);
    return harness;
  }

  track(dir: string): string {
    this.dirs.push(dir);
    return dir;
  }

  start(dataDir: string, options: { fileSizeLimitKb?: number } = {}): Promise<ChildCore> {
    return startChildCore(this.script, dataDir, options);
  }

  /** Runs `work` in the child and SIGKILLs it after `delayMs`; `work` stops at the first unanswered request. */
  async killDuring(child: ChildCore, delayMs: number, work: (child: ChildCore) => Promise<void>): Promise<void> {
    const done = work(child).catch((error: unknown) => {
      if (!(error instanceof ChildGone)) throw error;
    });
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    await child.kill();
    await done;
  }

  /** How long `work` takes in a child, unkilled: the span the kill points are spread over. */
  async measure(dataDir: string, prepare: (child: ChildCore) => Promise<void>, work: (child: ChildCore) => Promise<void>): Promise<number> {
    const child = await this.start(dataDir);
    await prepare(child);
    const started = performance.now();
    await work(child);
    const took = performance.now() - started;
    await child.kill();
    return took;
  }

  dispose(): void {
    for (const dir of this.dirs) removeDataDir(dir);
  }
}

/** Signs in over the child before the timed work begins. */
export const signIn = (member: { username: string; password: string }) => async (child: ChildCore) => {
  await child.ok('session.signIn', { username: member.username, password: member.password });
};

/** Logs contacts with numbered notes; `acknowledged` gets each note once the child has answered. */
export function logContacts(template: TemplateDesk, acknowledged: string[], times: number) {
  return async (child: Caller) => {
    for (let i = 0; i < times; i += 1) {
      const note = `Fault run contact ${i}: talked about the shelter list.`;
      const occurredAt = new Date(Date.now() - 60_000).toISOString();
      await child.ok('contacts.log', {
        participantId: template.participantId,
        contact: { kind: 'street_outreach', occurredAt, durationMinutes: 10, staff: 'peer', place: 'Lexington Market', note },
      });
      acknowledged.push(note);
    }
  };
}

/** The notes of every contact in the template participant's record. */
export async function loggedNotes(t: Caller, template: TemplateDesk): Promise<string[]> {
  const record = await t.ok('participants.get', { id: template.participantId });
  return record.timeline.filter((event) => event.note?.startsWith('Fault run contact')).map((event) => event.note!);
}
