import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { agendaDates, buildAgenda } from '../../shared/domain/agenda';
import { systemClock } from '../../electron/clock';
import { KEYSLOTS_FILE } from '../../electron/desk';
import { openDeskDatabases } from '../../electron/db/desk-databases';
import type { Db } from '../../electron/db/open-database';
import { readSettings } from '../../electron/db/tables/settings';
import { localDate } from '../../electron/local-date';
import { gatherAgendaFacts } from '../../electron/services/agenda';
import { SYNTHETIC_PASSWORD, SYNTHETIC_SUPERVISOR } from '../../electron/synthetic/synthetic-accounts';
import { KeyVault, zeroUnlocked } from '../../electron/vault/vault';
import { DATASET_SCRYPT } from './decade-dataset';
import { measureSideBySide, type Timing } from './measure';

/** Each run gathers and builds the whole agenda: a few dozen runs give a p95 that two stray pauses do not decide. */
const RUNS = 30;

/**
 * A working copy of a data folder opened on one connection as the supervisor's sign-in opens it
 * (opening migrates it, so never the cache itself); `none` is the decrypted copy.
 */
async function openCopy(source: string, cipher: 'sqlcipher' | 'none'): Promise<{ db: Db; dispose(): void }> {
  const dir = mkdtempSync(join(tmpdir(), `lead-bench-agenda-${cipher}-`));
  cpSync(source, dir, { recursive: true });
  const vault = new KeyVault(join(dir, KEYSLOTS_FILE), systemClock, DATASET_SCRYPT);
  const databases = vault.databases();
  if (!databases) throw new Error('bench: the dataset has not been split into its two databases');
  let db: Db;
  if (cipher === 'none') {
    const unused = Buffer.alloc(32);
    db = openDeskDatabases(dir, databases, { desk: unused, records: unused }, { unencrypted: true });
  } else {
    const signIn = await vault.unlockWithPassword(SYNTHETIC_SUPERVISOR.username, SYNTHETIC_PASSWORD);
    if (!signIn.ok || signIn.unlocked.layout !== 'split') throw new Error('bench: the supervisor could not open the dataset');
    try {
      db = openDeskDatabases(dir, databases, signIn.unlocked.keys);
    } finally {
      zeroUnlocked(signIn.unlocked);
    }
  }
  return {
    db,
    dispose() {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Gathering (electron/services/agenda.ts) and building (shared/domain/agenda.ts), as the meeting's channel will. */
function buildOn(db: Db): number {
  const settings = readSettings(db);
  const today = localDate(new Date());
  const { sinceOn } = agendaDates(today, settings.meetingWeekday);
  return buildAgenda(gatherAgendaFacts(db, { today, now: new Date().toISOString(), sinceOn, settings }, [])).entries.length;
}

/** "Build the agenda" on the decade dataset, encrypted and plain in turn (measure.ts). Target: p95 under 50 ms. */
export async function measureAgenda(dataset: { encryptedDir: string; plainDir: string }): Promise<{
  encrypted: Timing;
  plain: Timing;
  entries: number;
}> {
  const encrypted = await openCopy(dataset.encryptedDir, 'sqlcipher');
  const plain = await openCopy(dataset.plainDir, 'none');
  try {
    let entries = 0;
    const [encryptedTiming, plainTiming] = await measureSideBySide(
      RUNS,
      async () => {
        entries = buildOn(encrypted.db);
      },
      async () => {
        buildOn(plain.db);
      },
    );
    return { encrypted: encryptedTiming, plain: plainTiming, entries };
  } finally {
    encrypted.dispose();
    plain.dispose();
  }
}
