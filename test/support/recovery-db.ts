import { join } from 'node:path';
import type { Clock } from '../../electron/clock';
import { KEYSLOTS_FILE } from '../../electron/desk';
import { openDeskDatabases } from '../../electron/db/desk-databases';
import type { Db } from '../../electron/db/open-database';
import type { ScryptCost } from '../../electron/vault/kdf';
import { KeyVault, zeroUnlocked } from '../../electron/vault/vault';

/**
 * Runs `fn` on a second connection to the desk's two databases, opened with the recovery key:
 * how a test arranges state that a later issue's screens will create (a participant who has exited).
 */
export function withRecoveryKeyDatabase<T>(dataDir: string, recoveryKey: string, clock: Clock, cost: ScryptCost, fn: (db: Db) => T): T {
  const vault = new KeyVault(join(dataDir, KEYSLOTS_FILE), clock, cost);
  const unlocked = vault.unlockWithRecoveryKey(recoveryKey);
  const databases = vault.databases();
  if (!unlocked || unlocked.layout !== 'split' || !databases) throw new Error('recovery key did not open the vault');
  try {
    const db = openDeskDatabases(dataDir, databases, unlocked.keys);
    try {
      return fn(db);
    } finally {
      db.close();
    }
  } finally {
    zeroUnlocked(unlocked);
  }
}
