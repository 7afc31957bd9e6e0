import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const FEATURES = new URL('../../../renderer/src/features/', import.meta.url).pathname;

/** Which features each feature imports (through their index, as the lint rule allows). */
function featureImports(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const feature of readdirSync(FEATURES)) {
    const uses = new Set<string>();
    for (const file of readdirSync(join(FEATURES, feature))) {
      const source = readFileSync(join(FEATURES, feature, file), 'utf8');
      for (const [, used] of source.matchAll(/from '\.\.\/([a-z-]+)'/g)) uses.add(used!);
    }
    graph.set(feature, uses);
  }
  return graph;
}

/** A cycle through `from`, as the list of features on it, or null. */
function cycleFrom(graph: Map<string, Set<string>>, from: string, path: string[] = []): string[] | null {
  if (path.includes(from)) return [...path.slice(path.indexOf(from)), from];
  for (const next of graph.get(from) ?? []) {
    const cycle = cycleFrom(graph, next, [...path, from]);
    if (cycle) return cycle;
  }
  return null;
}

describe('features', () => {
  it('depend on each other one way only: no feature reaches itself through others', () => {
    const graph = featureImports();
    expect(graph.get('participants')).toContain('contacts');
    for (const feature of graph.keys()) expect(cycleFrom(graph, feature)).toBeNull();
  });
});
