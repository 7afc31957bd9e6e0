import type { Reply } from '../../shared/ipc/reply';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/ipc/contract';
import { systemClock } from '../../electron/clock';
import type { Db } from '../../electron/db/open-database';
import { createLeadCore, type LeadCore } from '../../electron/lead-core';
import type { Printer } from '../../electron/print/printer';
import type { FolderChooser } from '../../electron/directory/folder-chooser';
import { makeDataDir, removeDataDir } from './data-dir';
import { withRecoveryKeyDatabase } from './recovery-db';
import { TestClock } from './test-clock';

/** Cheap scrypt for unit tests; the real cost is exercised by the end-to-end tests. */
export const FAST_SCRYPT = { N: 2 ** 10, r: 8, p: 1 } as const;

export const ADMIN = {
  programName: 'Test District LEAD',
  displayName: 'Avery Testwell',
  username: 'avery',
  password: 'correct horse battery',
} as const;

/** Something that answers channels: the bare core here, or the Electron app booted on its fake. */
export interface Caller {
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Reply<ChannelOutput<C>>>;
  ok<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
}

/** Wraps a raw invoke function as a typed Caller. */
export function callerFor(invoke: (channel: string, input: unknown) => Promise<unknown>): Caller {
  const call = <C extends Channel>(channel: C, input: ChannelInput<C>) => invoke(channel, input) as Promise<Reply<ChannelOutput<C>>>;
  return {
    call,
    async ok(channel, input) {
      const reply = await call(channel, input);
      if (!reply.ok) throw new Error(`${channel} failed: ${reply.error.code} ${reply.error.message}`);
      return reply.value;
    },
  };
}

export interface CoreUnderTest extends Caller {
  core: LeadCore;
  clock: TestClock;
  dataDir: string;
  dispose(): void;
}

/** `dataDir` puts the data folder somewhere particular (on a small test drive); it is removed on dispose. */
export function makeCore(
  options: { printer?: Printer; folders?: FolderChooser; training?: boolean; dataDir?: string } = {},
): CoreUnderTest {
  const dataDir = options.dataDir ?? makeDataDir('unit');
  const clock = new TestClock();
  const core = createLeadCore({
    dataDir,
    clock,
    scryptCost: FAST_SCRYPT,
    printer: options.printer,
    folders: options.folders,
    training: options.training,
  });
  return {
    core,
    clock,
    dataDir,
    ...callerFor((channel, input) => core.invoke(channel, input)),
    dispose() {
      core.close();
      removeDataDir(dataDir);
    },
  };
}

/** A desk set up with an administrator who has confirmed the recovery key; returns the key. */
export async function setUpDesk(t: Caller): Promise<string> {
  const issued = await t.ok('setup.create', { ...ADMIN });
  const groups = issued.check.groups.map((n) => issued.recoveryKey.split('-')[n - 1]!) as [string, string];
  await t.ok('recoveryKey.confirm', { groups });
  recoveryKeys.set(t, issued.recoveryKey);
  return issued.recoveryKey;
}

const recoveryKeys = new WeakMap<Caller, string>();

/** The recovery key setUpDesk was given for this desk: the first supervisor completes their account with it. */
export function recoveryKeyOf(t: Caller): string {
  const key = recoveryKeys.get(t);
  if (!key) throw new Error('recoveryKeyOf: this desk was not set up by setUpDesk');
  return key;
}

/**
 * Runs `fn` on a second connection to the desk's databases, opened with the recovery key: how a
 * test arranges state that a later issue's screens will create (a participant who has exited).
 */
export function withDatabase<T>(t: Pick<CoreUnderTest, 'dataDir'>, recoveryKey: string, fn: (db: Db) => T): T {
  return withRecoveryKeyDatabase(t.dataDir, recoveryKey, systemClock, FAST_SCRYPT, fn);
}
