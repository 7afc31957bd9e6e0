import type { z } from 'zod';
import type { SeededRandom } from '../../../electron/synthetic/seeded-random';

/**
 * Malformed inputs for any channel, built from its own input schema: first a value of the
 * schema's shape (so the junk lands deep inside, past the outer checks), then one thing broken
 * in it. Seeded, so a failing input is found again by its seed.
 */

type Path = (string | number)[];

/** An object nested `depth` levels deep, built without recursion. */
export function nested(depth: number): Record<string, unknown> {
  let node: Record<string, unknown> = { leaf: 'x' };
  for (let level = 1; level < depth; level += 1) node = { child: node };
  return node;
}

class Intruder {
  readonly role = 'administrator';
}

/** Values that are wrong somewhere: every kind the brief of the IPC boundary names. */
function junk(random: SeededRandom, recordIds: readonly number[]): unknown {
  const choices: (() => unknown)[] = [
    () => null,
    () => undefined,
    () => random.chance(0.5),
    () => random.pick([0, -1, -(2 ** 31), 1.5, 2 ** 53, Number.MAX_VALUE, -0]),
    () => random.pick([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]),
    () => BigInt(random.int(0, 1_000_000)),
    () => random.pick(recordIds),
    () => random.pick(['', ' ', '\t\n', 'yes', '2025-02-30', '0001-01-01', '9999-12-31', '2025-06-15T25:00:00Z', '1e3', 'null']),
    () => 'x'.repeat(random.pick([101, 5_000, 300_000])),
    () =>
      `Name${random.pick(['\u0000', '\u0007', '\u001B[31m', '\u0085', '\u009B', '\u202E', '\u2066', '\u200B', '\u200D', '\uFEFF', '\uD800', '\uDC00', '<b>', '<script>alert(1)</script>'])}tail`,
    () => [],
    () => [junk(random, recordIds), junk(random, recordIds)],
    () => ({}),
    () => nested(random.pick([21, 100, 5_000])),
    () => new Date(random.int(0, 2 ** 40)),
    () => () => 'called',
    () => Symbol('fuzz'),
    () => new Map([['role', 'administrator']]),
    () => new Uint8Array(4),
    () => new Intruder(),
    () => JSON.parse('{"__proto__": {"role": "administrator"}}'),
    () => ({ constructor: { prototype: { role: 'administrator' } } }),
    () => Object.defineProperty({}, 'name', { enumerable: true, get: () => 'from a getter' }),
  ];
  return random.pick(choices)();
}

/** A value of the schema's shape, or near it: ids are real ones, from any pair. */
function shaped(schema: z.ZodType, random: SeededRandom, recordIds: readonly number[], depth = 0): unknown {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  if (depth > 8) return null;
  const inner = (key: string) => shaped(def[key] as z.ZodType, random, recordIds, depth + 1);
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>;
      return Object.fromEntries(Object.entries(shape).map(([key, value]) => [key, shaped(value, random, recordIds, depth + 1)]));
    }
    case 'string':
      return def.format === 'date' ? '2025-06-01' : def.format === 'datetime' ? '2025-06-01T10:00:00-04:00' : 'Sample text';
    case 'number':
      return random.pick(recordIds);
    case 'boolean':
      return true;
    case 'enum':
      return random.pick(Object.values(def.entries as Record<string, string>));
    case 'literal':
      return (def.values as unknown[])[0];
    case 'array':
      return [inner('element')];
    case 'tuple':
      return (def.items as z.ZodType[]).map((item) => shaped(item, random, recordIds, depth + 1));
    case 'union':
      return shaped(random.pick(def.options as z.ZodType[]), random, recordIds, depth + 1);
    case 'nullable':
    case 'optional':
    case 'default':
      return random.chance(0.2) ? null : inner('innerType');
    case 'pipe':
      return inner('in');
    case 'record':
      return { note: 'Sample text' };
    default:
      return 'Sample text';
  }
}

/** Every path to a value inside `value` (the root included), to choose where to break it. */
function paths(value: unknown, at: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [at];
  const entries = Array.isArray(value) ? value.map((item, index) => [index, item] as const) : Object.entries(value);
  return [at, ...entries.flatMap(([key, item]) => paths(item, [...at, key]))];
}

function replaceAt(value: unknown, path: Path, replacement: (old: unknown) => unknown): unknown {
  if (path.length === 0) return replacement(value);
  const [head, ...rest] = path as [string | number, ...Path];
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[head] = replaceAt(copy[head], rest, replacement);
  return copy;
}

/** One malformed input for `schema`: its shape with one thing broken, or junk outright. */
export function malformedInput(schema: z.ZodType, random: SeededRandom, recordIds: readonly number[]): unknown {
  if (random.chance(0.1)) return junk(random, recordIds);
  const base = shaped(schema, random, recordIds);
  const at = random.pick(paths(base));
  return replaceAt(base, at, (old) => {
    const breakage = random.int(0, 9);
    if (breakage === 0 && old !== null && typeof old === 'object' && !Array.isArray(old)) {
      const keys = Object.keys(old);
      const { [random.pick(keys) ?? '']: _dropped, ...rest } = old as Record<string, unknown>;
      return rest;
    }
    if (breakage === 1 && old !== null && typeof old === 'object') {
      return { ...(old as object), [random.pick(['isAdmin', 'role', 'staffId', 'sql', 'id'])]: junk(random, recordIds) };
    }
    return junk(random, recordIds);
  });
}
