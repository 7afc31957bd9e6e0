export interface Timing {
  p50_ms: number;
  p95_ms: number;
}

/** The value below which `share` of the sorted samples fall (nearest rank). */
function percentile(sorted: number[], share: number): number {
  const rank = Math.max(0, Math.ceil(share * sorted.length) - 1);
  return sorted[rank]!;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

/** Runs `run` a few times unmeasured (caches, JIT), then `iterations` times measured. */
export async function measure(iterations: number, run: (i: number) => Promise<unknown>): Promise<Timing> {
  const warmUp = Math.min(3, iterations);
  for (let i = 0; i < warmUp; i += 1) await run(-1 - i);
  const samples: number[] = [];
  for (let i = 0; i < iterations; i += 1) {
    const started = performance.now();
    await run(i);
    samples.push(performance.now() - started);
  }
  return summarize(samples);
}

export function summarize(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50_ms: round(percentile(sorted, 0.5)), p95_ms: round(percentile(sorted, 0.95)) };
}
