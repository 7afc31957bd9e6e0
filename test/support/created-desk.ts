import type { Desk } from '../../electron/desk';
import { generateRecoveryKey } from '../../electron/vault/recovery-key';
import { newDeskKeys, type DeskKeys } from '../../electron/vault/vault';

/** A desk's two databases and the key file naming them, as setup makes them; returns the keys (the vault keeps copies). */
export async function createDeskFiles(desk: Desk): Promise<DeskKeys & { records: Buffer }> {
  const keys = newDeskKeys();
  const databases = desk.createDatabases(keys);
  await desk.vault.create(
    { desk: Buffer.from(keys.desk), records: Buffer.from(keys.records) },
    databases,
    generateRecoveryKey(),
    'avery',
    'correct horse battery',
  );
  return keys;
}
