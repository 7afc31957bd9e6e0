import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { build } from 'esbuild';
import type { Reply } from '../../../shared/ipc/reply';
import { callerFor, type Caller } from '../../support/core';

/** core-child.ts bundled once into plain JavaScript: a child then starts in a third of a second, not two. */
export interface ChildCoreScript {
  path: string;
}

/** Bundles core-child.ts into `dir`; the native database module stays outside, found through NODE_PATH. */
export async function bundleChildCore(dir: string): Promise<ChildCoreScript> {
  const path = join(dir, 'core-child.cjs');
  await build({
    entryPoints: [fileURLToPath(new URL('./core-child.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3-multiple-ciphers'],
    outfile: path,
    logLevel: 'warning',
  });
  return { path };
}

const NODE_MODULES = fileURLToPath(new URL('../../../node_modules', import.meta.url));

/** The child was killed (or died) before it answered: the request is unacknowledged. */
export class ChildGone extends Error {
  constructor() {
    super('the child core is gone');
  }
}

export interface ChildCore extends Caller {
  /** Sends a request; it settles with the child's answer, or rejects with ChildGone if it was killed first. */
  send(channel: string, input: unknown): Promise<Reply<unknown>>;
  /** SIGKILLs the child (nothing is flushed, no handler runs) and waits until it is gone. */
  kill(): Promise<void>;
}

/**
 * Starts the bundled core on `dataDir` and waits until it is ready. `fileSizeLimitKb` runs it
 * under `ulimit -f`, so the kernel itself cuts writes short (EFBIG) past that size.
 */
export async function startChildCore(
  script: ChildCoreScript,
  dataDir: string,
  options: { fileSizeLimitKb?: number } = {},
): Promise<ChildCore> {
  const command = `${options.fileSizeLimitKb ? `ulimit -f ${options.fileSizeLimitKb}; ` : ''}exec "$0" "$1" "$2"`;
  const child: ChildProcess = spawn('bash', ['-c', command, process.execPath, script.path, dataDir], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, NODE_PATH: NODE_MODULES },
  });
  // Writing to a child just killed fails with EPIPE; its requests are rejected with ChildGone instead.
  child.stdin!.on('error', () => {});
  const pending = new Map<number, { resolve: (reply: Reply<unknown>) => void; reject: (error: Error) => void }>();
  const exited = once(child, 'exit');
  let gone = false;
  void exited.then(() => {
    gone = true;
    for (const request of pending.values()) request.reject(new ChildGone());
  });
  let ready: () => void;
  const isReady = new Promise<void>((resolve) => (ready = resolve));
  createInterface({ input: child.stdout! }).on('line', (line) => {
    const message = JSON.parse(line) as { ready?: true; id?: number; reply?: Reply<unknown> };
    if (message.ready) ready();
    else pending.get(message.id!)?.resolve(message.reply!);
  });
  await Promise.race([isReady, exited.then(() => Promise.reject(new Error('the child core exited before it was ready')))]);
  let nextId = 0;
  const send = (channel: string, input: unknown) => {
    nextId += 1;
    const id = nextId;
    if (gone) return Promise.reject(new ChildGone());
    const answered = new Promise<Reply<unknown>>((resolve, reject) => pending.set(id, { resolve, reject }));
    child.stdin!.write(`${JSON.stringify({ id, channel, input })}\n`);
    return answered;
  };
  return {
    send,
    ...callerFor(send),
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
