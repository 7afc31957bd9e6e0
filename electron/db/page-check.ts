import { Worker } from 'node:worker_threads';

/**
 * What the background page check found: every page read back whole ('ok'), a damaged page
 * ('damaged'), no answer because the check itself could not run ('unchecked'), or no answer
 * because the desk locked first ('stopped').
 */
export type PageVerdict = 'ok' | 'damaged' | 'unchecked' | 'stopped';

export interface PageCheck {
  /** Settles once the worker thread has exited, so nothing of the check is left running. */
  readonly verdict: Promise<PageVerdict>;
  /** Ends the check within one table's check (the desk is locking); the verdict is then 'stopped'. */
  stop(): void;
}

/**
 * The driver's own entry file, passed to the worker: an inline worker resolves modules from the
 * working directory, which in the installed app is not where LEAD Desk's modules are. `require`
 * is there in the bundled main process (CommonJS), under Vitest and under Playwright alike;
 * `import.meta` is not, in Playwright's CommonJS transform.
 */
const DRIVER = require.resolve('better-sqlite3-multiple-ciphers');

/**
 * Runs in the worker thread, as plain CommonJS: an inline script needs no build entry of its
 * own, so Vitest and the bundled main process run the same text. It opens its own read-only
 * connection (WAL gives it a consistent snapshot while the desk writes), keys it with the raw
 * key as open-database.ts does, from bytes, never a hex string, and zeroes them once keyed; it
 * posts back one word and no data.
 *
 * It checks one table (with its indexes) at a time and looks at the stop flag before each step,
 * so that a lock ends it within one table's check. It is never terminated from outside: a worker
 * terminated while the driver is raising an SQLite error aborts the whole process (V8's
 * "ToLocalChecked Empty MaybeLocal" in better-sqlite3's ThrowSqliteError, seen in this project's
 * E2E runs when a lock or a key rotation removed a file the check was opening).
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const { targets, stopFlag } = workerData;
const stopRequested = () => Atomics.load(stopFlag, 0) === 1;

/** The same raw-key form as rawKey in open-database.ts: 'raw:' and the key's bytes. */
function rawKey(key) {
  const raw = Buffer.alloc(4 + key.length);
  raw.write('raw:', 0, 'ascii');
  raw.set(key, 4);
  return raw;
}

function check(file, key) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    if (key) {
      db.pragma("cipher='sqlcipher'");
      db.pragma('legacy=4');
      const raw = rawKey(key);
      try {
        db.key(raw);
      } finally {
        raw.fill(0);
      }
    }
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'").pluck().all();
    for (const table of tables) {
      if (stopRequested()) return 'stopped';
      const found = db.prepare('SELECT quick_check FROM pragma_quick_check(?) LIMIT 1').pluck().get(table);
      if (found !== 'ok') return 'damaged';
    }
    return 'ok';
  } catch (error) {
    return /^SQLITE_(CORRUPT|NOTADB)/.test(String(error.code)) ? 'damaged' : 'unchecked';
  } finally {
    db.close();
  }
}

let verdict = 'ok';
try {
  for (const target of targets) {
    if (stopRequested()) {
      verdict = 'stopped';
      break;
    }
    const found = check(target.file, target.key);
    if (found !== 'ok') verdict = found;
    if (found === 'damaged' || found === 'stopped') break;
  }
} finally {
  for (const target of targets) target.key?.fill(0);
}
parentPort.postMessage(verdict);
`;

let running = 0;

/** How many page checks have a worker thread alive: none once the desk has locked. */
export function runningPageChecks(): number {
  return running;
}

/**
 * Reads every page of every table and index of each database (decrypting each and checking its
 * HMAC) in a worker thread, so unlocking does not wait for it: on a database of a few hundred MB the
 * check takes seconds. The worker gets its own copy of the key, moved to it rather than
 * copied again, so the main thread holds no extra copy.
 */
export function startPageCheck(databases: readonly { file: string; key: Buffer | null }[]): PageCheck {
  const targets = databases.map(({ file, key }) => ({ file, key: key ? new Uint8Array(key) : null }));
  const stopFlag = new Int32Array(new SharedArrayBuffer(4));
  let worker: Worker;
  try {
    worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { driver: DRIVER, targets, stopFlag },
      transferList: targets.flatMap((target) => (target.key ? [target.key.buffer] : [])),
    });
  } catch (error) {
    // Not moved to a worker, so still here: zeroed before the error goes on.
    for (const target of targets) target.key?.fill(0);
    throw error;
  }
  running += 1;
  let stopped = false;
  const verdict = new Promise<PageVerdict>((resolve) => {
    let answer: PageVerdict = 'unchecked';
    worker.on('message', (message: unknown) => {
      if (message === 'ok' || message === 'damaged') answer = message;
    });
    // A check that cannot run (the driver failed to load) leaves the verdict 'unchecked'.
    worker.on('error', () => {});
    worker.on('exit', () => {
      running -= 1;
      resolve(stopped ? 'stopped' : answer);
    });
  });
  return {
    verdict,
    stop() {
      stopped = true;
      Atomics.store(stopFlag, 0, 1);
    },
  };
}
