import Database from 'better-sqlite3-multiple-ciphers';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openDeskDatabases } from '../../electron/db/desk-databases';
import { rawKey, type Db } from '../../electron/db/open-database';
import { generateProgram, type GeneratedProgram } from '../../electron/synthetic/generate-program';
import { KeyVault, zeroUnlocked } from '../../electron/vault/vault';
import { KEYSLOTS_FILE } from '../../electron/desk';
import { systemClock } from '../../electron/clock';
import { MIN_PASSWORD_SCRYPT_N } from '../../electron/vault/kdf';

export const BENCH_SEED = 2016;
/**
 * The scrypt cost the dataset's accounts are made with; the benchmark re-keys one account at the
 * shipped cost. It is the weakest a desk at the shipped cost accepts (MIN_PASSWORD_SCRYPT_N): a
 * cheaper slot would be refused as damaged.
 */
export const DATASET_SCRYPT = { N: MIN_PASSWORD_SCRYPT_N, r: 8, p: 1 } as const;

export interface Dataset {
  /** The encrypted data folder as shipped (keyslots.json and the two databases). */
  encryptedDir: string;
  /** The same folder with the database decrypted: same code, no key. */
  plainDir: string;
  program: GeneratedProgram;
  sizes: Record<string, number>;
}

const ROOT = resolve(__dirname, '../..');
const CACHE = join(ROOT, '.bench-cache');

/**
 * A fingerprint of what shapes the data: the generator. A change rebuilds the cache. A new
 * migration does not: a cached desk at an older schema is migrated when it is opened, as a real
 * desk is after an upgrade.
 */
function sourceFingerprint(): string {
  const hash = createHash('sha256');
  for (const dir of ['electron/synthetic']) {
    for (const file of readdirSync(join(ROOT, dir)).sort()) hash.update(file).update(readFileSync(join(ROOT, dir, file)));
  }
  return hash.digest('hex').slice(0, 12);
}

/** Counts rows as the issue names them, from the decrypted copy. */
/** The decrypted copy's two databases on one connection, as a team member's sign-in opens them. */
export function openPlainDesk(plainDir: string): Db {
  const databases = new KeyVault(join(plainDir, KEYSLOTS_FILE), systemClock, DATASET_SCRYPT).databases();
  if (!databases) throw new Error('bench: the dataset has not been split into its two databases');
  const unused = Buffer.alloc(32);
  return openDeskDatabases(plainDir, databases, { desk: unused, records: unused }, { unencrypted: true });
}

function countRows(plainDir: string): Record<string, number> {
  const db = openPlainDesk(plainDir);
  try {
    const count = (sql: string) => db.prepare(sql).pluck().get() as number;
    return {
      pairs: count('SELECT count(*) FROM pairs'),
      staff: count('SELECT count(*) FROM staff'),
      referrals: count('SELECT count(*) FROM referrals'),
      participants: count('SELECT count(*) FROM participants'),
      participants_on_caseload: count(`SELECT count(*) FROM participants WHERE stage <> 'exited'`),
      contacts: count('SELECT count(*) FROM contacts'),
      contact_notes: count('SELECT count(*) FROM contacts WHERE note IS NOT NULL'),
      timeline_events: count('SELECT count(*) FROM person_events'),
      audit_entries: count('SELECT count(*) FROM audit_log') + count('SELECT count(*) FROM records.audit_log'),
    };
  } finally {
    db.close();
  }
}

function decryptInto(encryptedDir: string, plainDir: string, recoveryKey: string): void {
  cpSync(encryptedDir, plainDir, { recursive: true });
  const vault = new KeyVault(join(plainDir, KEYSLOTS_FILE), systemClock, DATASET_SCRYPT);
  const unlocked = vault.unlockWithRecoveryKey(recoveryKey);
  const databases = vault.databases();
  if (unlocked?.layout !== 'split' || !unlocked.keys.records || !databases)
    throw new Error('bench: the recovery key did not open the generated dataset');
  for (const [file, key] of [
    [databases.desk, unlocked.keys.desk],
    [databases.records, unlocked.keys.records],
  ] as const) {
    const db = new Database(join(plainDir, file));
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    db.key(rawKey(key));
    // Rekeying needs a rollback journal; openDatabase puts WAL back when the benchmark opens it.
    db.pragma('journal_mode = DELETE');
    db.rekey(Buffer.alloc(0));
    db.close();
  }
  zeroUnlocked(unlocked);
}

/**
 * The decade program, built once and kept in .bench-cache (the build takes a long while; it is
 * rebuilt only when the generator changes). It is built on /dev/shm when there
 * is one, since every write would otherwise wait for the disk, then moved beside the repository.
 */
export async function decadeDataset(log: (line: string) => void): Promise<Dataset> {
  const cacheDir = join(CACHE, `decade-${BENCH_SEED}-${sourceFingerprint()}`);
  const manifestFile = join(cacheDir, 'program.json');
  if (!existsSync(manifestFile)) {
    rmSync(CACHE, { recursive: true, force: true });
    const buildRoot = existsSync('/dev/shm') ? '/dev/shm' : CACHE;
    const building = join(buildRoot, `lead-bench-${process.pid}`);
    rmSync(building, { recursive: true, force: true });
    log('Building the decade dataset (once; kept in .bench-cache)…');
    const started = Date.now();
    const program = await generateProgram({
      dataDir: join(building, 'encrypted'),
      size: 'decade',
      seed: BENCH_SEED,
      endAt: new Date('2026-11-01T17:00:00Z'),
      scryptCost: DATASET_SCRYPT,
      onProgress: (done) => log(`  ${Math.round(done * 100)}% after ${Math.round((Date.now() - started) / 1000)} s`),
    });
    decryptInto(join(building, 'encrypted'), join(building, 'plain'), program.recoveryKey);
    writeFileSync(join(building, 'program.json'), JSON.stringify(program));
    mkdirSync(CACHE, { recursive: true });
    if (buildRoot === CACHE) renameSync(building, cacheDir);
    else {
      cpSync(building, cacheDir, { recursive: true });
      rmSync(building, { recursive: true, force: true });
    }
  }
  const program = JSON.parse(readFileSync(manifestFile, 'utf8')) as GeneratedProgram;
  return {
    encryptedDir: join(cacheDir, 'encrypted'),
    plainDir: join(cacheDir, 'plain'),
    program,
    sizes: countRows(join(cacheDir, 'plain')),
  };
}
