/**
 * The real core in a process of its own, so a test can SIGKILL it mid-operation or run it
 * under a file-size limit. Reads one request per line on stdin, `{"id":1,"channel":"…","input":…}`,
 * and answers each on stdout as `{"id":1,"reply":…}` once the core has finished it: an answer
 * is the acknowledgement the renderer would have seen. Argument: the data folder.
 */
import { createInterface } from 'node:readline';
import { createLeadCore } from '../../../electron/lead-core';
import { FAST_SCRYPT } from '../../support/core';
import { TestClock } from '../../support/test-clock';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: core-child <data folder>');
const core = createLeadCore({ dataDir, clock: new TestClock(), scryptCost: FAST_SCRYPT });

// Requests run one after another, as the renderer's calls would on one window.
let queue = Promise.resolve();
createInterface({ input: process.stdin }).on('line', (line) => {
  const { id, channel, input } = JSON.parse(line) as { id: number; channel: string; input: unknown };
  queue = queue.then(async () => {
    const reply = await core.invoke(channel, input);
    process.stdout.write(`${JSON.stringify({ id, reply })}\n`);
  });
});
process.stdout.write(`${JSON.stringify({ ready: true })}\n`);
