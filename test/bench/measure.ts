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

type Run = (i: number) => Promise<unknown>;

async function timed(run: Run, i: number): Promise<number> {
  const started = performance.now();
  await run(i);
  return performance.now() - started;
}

/**
 * Times two versions of one operation (encrypted and plain) turn about: each iteration runs
 * both, the one going first alternating, so a pause of the machine or of the garbage collector
 * falls on either side alike and their ratio measures the difference between them, not the
 * moment each was run. A few unmeasured runs first warm caches and the JIT.
 */
export async function measureSideBySide(iterations: number, first: Run, second: Run): Promise<[Timing, Timing]> {
  const warmUp = Math.min(3, iterations);
  for (let i = 0; i < warmUp; i += 1) {
    await first(-1 - i);
    await second(-1 - i);
  }
  const samples: [number[], number[]] = [[], []];
  for (let i = 0; i < iterations; i += 1) {
    if (i % 2 === 0) {
      samples[0].push(await timed(first, i));
      samples[1].push(await timed(second, i));
    } else {
      samples[1].push(await timed(second, i));
      samples[0].push(await timed(first, i));
    }
  }
  return [summarize(samples[0]), summarize(samples[1])];
}

export function summarize(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50_ms: round(percentile(sorted, 0.5)), p95_ms: round(percentile(sorted, 0.95)) };
}
