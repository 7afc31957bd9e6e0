import type { ListTiming } from './list-paint';
import type { Timing } from './measure';
import type { SlipPrintTiming } from './slip-print';

export interface OperationResult {
  name: string;
  encrypted: Timing;
  plain: Timing;
  ratio: number;
}

export interface BenchReport {
  dataset: Record<string, number>;
  operations: OperationResult[];
  renderer: RendererResult;
  /** The participants and referrals pages' paint, and the name search's keystrokes (list-paint.ts). */
  lists: Record<string, ListTiming>;
  /** The calls one card move and one contact logged from a record make (record-and-actions.ts; target: one each). */
  ipc_calls: IpcCalls;
  /** The meeting's next item, key press to the audience window painted (meeting-step.ts; target: p95 under 100 ms). */
  meeting_step: MeetingStepTiming;
  slip_print: SlipPrintTiming;
}

export type MeetingStepTiming = Timing & { steps: number; items: number };

export type IpcCalls = Record<string, string[]>;

export type BoardTiming = Timing & { cards: number };
interface BundleBytes {
  js: number;
  css: number;
}

/** The board timings by name (`board_paint_400_cards`...), and the size of the renderer bundle. */
export interface RendererResult {
  [name: string]: BoardTiming | BundleBytes;
  bundle_bytes: BundleBytes;
}

const pad = (text: string, width: number) => text.padEnd(width);
const num = (value: number) => value.toFixed(2).padStart(9);

/** The table printed at the end of `npm run bench`: medians and 95th percentiles, and what encryption costs. */
export function formatTable(report: BenchReport): string {
  const width = Math.max(...report.operations.map((op) => op.name.length), 9) + 2;
  const lines = [
    `${pad('operation', width)}${'enc p50'.padStart(9)}${'enc p95'.padStart(9)}${'plain p50'.padStart(10)}${'plain p95'.padStart(10)}${'ratio'.padStart(8)}   (ms; ratio = encrypted p95 / plain p95)`,
    ...report.operations.map(
      (op) =>
        `${pad(op.name, width)}${num(op.encrypted.p50_ms)}${num(op.encrypted.p95_ms)} ${num(op.plain.p50_ms)} ${num(op.plain.p95_ms)}${op.ratio.toFixed(2).padStart(8)}`,
    ),
  ];
  const timings = Object.entries(report.renderer).filter((entry): entry is [string, BoardTiming] => 'p50_ms' in entry[1]);
  const rendererWidth = Math.max(...timings.map(([name]) => name.length), 9) + 2;
  const bundle = report.renderer.bundle_bytes;
  lines.push(
    '',
    `${pad('renderer', rendererWidth)}${'p50'.padStart(9)}${'p95'.padStart(9)}   (ms, in Chromium)`,
    ...timings.map(([name, timing]) => `${pad(name, rendererWidth)}${num(timing.p50_ms)}${num(timing.p95_ms)}`),
    `bundle: ${(bundle.js / 1024).toFixed(0)} KiB of JavaScript, ${(bundle.css / 1024).toFixed(0)} KiB of CSS`,
    '',
    formatLists(report.lists),
    '',
    formatCalls(report.ipc_calls),
    '',
    formatMeetingStep(report.meeting_step),
    formatSlipPrint(report.slip_print),
  );
  return lines.join('\n');
}

/** The list screens: paint (target: under 100 ms) and each keystroke of a name search answered (target: under 50 ms). */
export function formatLists(lists: Record<string, ListTiming>): string {
  const width = Math.max(...Object.keys(lists).map((name) => name.length), 9) + 2;
  return [
    `${pad('lists', width)}${'p50'.padStart(9)}${'p95'.padStart(9)}   (ms, in Chromium; rows drawn, elements in the page)`,
    ...Object.entries(lists).map(
      ([name, timing]) =>
        `${pad(name, width)}${num(timing.p50_ms)}${num(timing.p95_ms)}${timing.rows === undefined ? '' : `   ${timing.rows} rows, ${timing.dom_nodes} elements`}`,
    ),
  ].join('\n');
}

/** One line per action: how many calls it made (target: one) and which. */
export function formatCalls(calls: IpcCalls): string {
  return [
    'calls between the window and the main process, per action (target: 1)',
    ...Object.entries(calls).map(([action, channels]) => `  ${action}: ${channels.length} (${channels.join(', ') || 'none'})`),
  ].join('\n');
}

/** The meeting's next item: key press in the presenter to the audience window's frame (target: p95 under 100 ms). */
export function formatSlipPrint(slip: SlipPrintTiming): string {
  return `printing: a referral slip, click to the print dialog: p50 ${slip.p50_ms} ms, p95 ${slip.p95_ms} ms (${slip.prints} prints; target under 1 s)`;
}

export function formatMeetingStep(step: MeetingStepTiming): string {
  return `meeting: next item, key press to the room's screen painted: p50 ${step.p50_ms} ms, p95 ${step.p95_ms} ms (${step.steps} steps timed of ${step.items} items)`;
}
