import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureAgenda } from './agenda';
import { BenchDesk } from './bench-desk';
import { decadeDataset } from './decade-dataset';
import { measureDirectorySearch, type DirectoryBench } from './directory-search';
import { measureSideBySide } from './measure';
import { OPERATIONS, chooseSubjects } from './operations';
import { measureListPaint } from './list-paint';
import { measureMeetingStep } from './meeting-step';
import { measureRecordAndActions } from './record-and-actions';
import { measureRendererPaint } from './renderer-paint';
import { measureSlipPrint } from './slip-print';
import {
  formatCalls,
  formatLists,
  formatMeetingStep,
  formatSlipPrint,
  formatTable,
  type BenchReport,
  type OperationResult,
} from './report';

/**
 * `npm run bench`: every main-process operation a person waits for, through the router, on the
 * decade dataset, encrypted as shipped and unencrypted (same code, no key), each iteration on
 * both desks in turn so that both see the same machine load; then the renderer in Chromium.
 * Prints a table, and writes bench.json to $BENCH_OUT when it is set. Reports; never asserts.
 * BENCH_ONLY=lists measures only the list screens (their paint and the name search's keystrokes);
 * BENCH_ONLY=directory only the provider directory's search, on a directory of its own (no dataset);
 * BENCH_ONLY=meeting only the meeting: building its agenda and stepping through it on the room's screen;
 * BENCH_ONLY=printing only a referral slip's print, from the click to the print dialog.
 */
async function main(): Promise<void> {
  const log = (line: string) => process.stdout.write(`${line}\n`);
  if (process.env.BENCH_ONLY === 'directory') {
    log(formatDirectory(await measureDirectory(log)));
    return;
  }
  const dataset = await decadeDataset(log);
  log(
    `Dataset: ${Object.entries(dataset.sizes)
      .map(([key, value]) => `${value} ${key.replace(/_/g, ' ')}`)
      .join(', ')}`,
  );
  if (process.env.BENCH_ONLY === 'meeting') {
    await measureMeeting(dataset, log);
    return;
  }
  if (process.env.BENCH_ONLY === 'printing') {
    log(formatSlipPrint(await measureSlipPrintOf(dataset, log)));
    return;
  }
  const subjects = chooseSubjects(dataset.plainDir);
  const onlyLists = process.env.BENCH_ONLY === 'lists';
  const encrypted = await BenchDesk.open(dataset.encryptedDir, 'sqlcipher');
  const plain = await BenchDesk.open(dataset.plainDir, 'none');
  const operations: OperationResult[] = [];
  try {
    for (const operation of OPERATIONS.filter((op) => !onlyLists || op.lists)) {
      log(`Measuring: ${operation.name}`);
      const [encryptedTiming, plainTiming] = await measureSideBySide(
        operation.iterations,
        await operation.prepare(encrypted, subjects),
        await operation.prepare(plain, subjects),
      );
      const result = {
        name: operation.name,
        encrypted: encryptedTiming,
        plain: plainTiming,
        ratio: Math.round((encryptedTiming.p95_ms / plainTiming.p95_ms) * 100) / 100,
      };
      operations.push(result);
      log(
        `  encrypted p50 ${result.encrypted.p50_ms} ms, p95 ${result.encrypted.p95_ms} ms; plain p50 ${result.plain.p50_ms} ms, p95 ${result.plain.p95_ms} ms`,
      );
    }
  } finally {
    encrypted.dispose();
    plain.dispose();
  }
  if (!onlyLists) operations.push(await measureAgendaBuild(dataset, log));
  if (onlyLists) {
    log('Measuring: list screens in Chromium');
    const lists = await measureListPaint(dataset.encryptedDir);
    const { record_paint_busiest, ipc_calls } = await measureRecordAndActions(dataset, subjects);
    log(formatLists({ ...lists, record_paint_busiest }));
    log(formatCalls(ipc_calls));
    log(operations.map((op) => `${op.name}: encrypted p50 ${op.encrypted.p50_ms} ms, p95 ${op.encrypted.p95_ms} ms`).join('\n'));
    return;
  }
  log('Measuring: board paint in Chromium');
  const renderer = await measureRendererPaint(dataset.encryptedDir);
  log('Measuring: list screens in Chromium');
  const lists = await measureListPaint(dataset.encryptedDir);
  log('Measuring: the busiest record in Chromium, and the calls one action makes');
  const { record_paint_busiest, ipc_calls } = await measureRecordAndActions(dataset, subjects);
  log('Measuring: the meeting, from the key press for the next item to the room’s screen painted');
  const meeting_step = await measureMeetingStepOn(dataset.encryptedDir);
  const slip_print = await measureSlipPrintOf(dataset, log);
  const directory = await measureDirectory(log);
  const report: BenchReport = {
    dataset: dataset.sizes,
    operations,
    renderer,
    lists: { ...lists, record_paint_busiest },
    ipc_calls,
    meeting_step,
    slip_print,
  };
  log('');
  log(formatTable(report));
  log(formatDirectory(directory));
  if (process.env.BENCH_OUT) {
    mkdirSync(process.env.BENCH_OUT, { recursive: true });
    writeFileSync(join(process.env.BENCH_OUT, 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
    log(`Wrote ${join(process.env.BENCH_OUT, 'bench.json')}`);
  }
}

type Dataset = Awaited<ReturnType<typeof decadeDataset>>;

async function measureAgendaBuild(dataset: Dataset, log: (line: string) => void): Promise<OperationResult> {
  log('Measuring: build the agenda (gather + build)');
  const agenda = await measureAgenda(dataset);
  const ratio = Math.round((agenda.encrypted.p95_ms / agenda.plain.p95_ms) * 100) / 100;
  log(`  encrypted p50 ${agenda.encrypted.p50_ms} ms, p95 ${agenda.encrypted.p95_ms} ms; plain p95 ${agenda.plain.p95_ms} ms`);
  return { name: `build the agenda (${agenda.entries} entries)`, encrypted: agenda.encrypted, plain: agenda.plain, ratio };
}

/** BENCH_ONLY=meeting: the agenda's build and the room's screen, the two numbers issue 12 sets. */
async function measureMeeting(dataset: Dataset, log: (line: string) => void): Promise<void> {
  await measureAgendaBuild(dataset, log);
  log('Measuring: the meeting, from the key press for the next item to the room’s screen painted');
  log(formatMeetingStep(await measureMeetingStepOn(dataset.encryptedDir)));
}

async function measureSlipPrintOf(dataset: Dataset, log: (line: string) => void) {
  log('Measuring: printing a referral slip, from the click to the print dialog');
  return measureSlipPrint(dataset);
}

async function measureDirectory(log: (line: string) => void): Promise<DirectoryBench> {
  log('Measuring: the provider directory, 2,000 services, searched as typed');
  return measureDirectorySearch(log);
}

function formatDirectory(bench: DirectoryBench): string {
  return `Directory search as you type (${bench.services} services, ${bench.searches} keystrokes, encrypted): p50 ${bench.search.p50_ms} ms, p95 ${bench.search.p95_ms} ms (target p95 < 20 ms); import ${bench.import_ms} ms`;
}

/** On a fresh copy of the encrypted desk: the meeting it plans is that copy's alone. */
async function measureMeetingStepOn(encryptedDir: string) {
  const desk = await BenchDesk.open(encryptedDir, 'sqlcipher');
  try {
    return await measureMeetingStep({
      invoke: (channel, input, requestId) => desk.invokeRaw(channel, input, requestId),
      onEvent: (listener) => desk.onEvent(listener),
      connect: (scope) => desk.connect(scope),
    });
  } finally {
    desk.dispose();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
