import type { Timing } from './measure';

export interface OperationResult {
  name: string;
  encrypted: Timing;
  plain: Timing;
  ratio: number;
}

export interface BenchReport {
  dataset: Record<string, number>;
  operations: OperationResult[];
  renderer: Record<string, unknown>;
}

const pad = (text: string, width: number) => text.padEnd(width);
const num = (value: number) => value.toFixed(2).padStart(9);

/** The table printed at the end of `npm run bench`: medians and 95th percentiles, and what encryption costs. */
export function formatTable(report: BenchReport): string {
  const width = Math.max(...report.operations.map((op) => op.name.length), 9) + 2;
  const lines = [
    `${pad('operation', width)}${'enc p50'.padStart(9)}${'enc p95'.padStart(9)}${'plain p50'.padStart(10)}${'plain p95'.padStart(10)}${'ratio'.padStart(8)}   (ms; ratio = encrypted p95 / plain p95)`,
    ...report.operations.map(
      (op) => `${pad(op.name, width)}${num(op.encrypted.p50_ms)}${num(op.encrypted.p95_ms)} ${num(op.plain.p50_ms)} ${num(op.plain.p95_ms)}${op.ratio.toFixed(2).padStart(8)}`,
    ),
  ];
  return lines.join('\n');
}
