/**
 * What may cross the IPC boundary: plain JSON data, bounded. Electron's structured clone can
 * deliver BigInts, Dates, Maps, NaN, sparse arrays; an in-process caller anything at all. Each is
 * refused here, before any schema walks the input, and the walk itself stops at the first limit
 * passed, so a 5,000-deep or 50 MB input costs no more than a small one.
 */

export interface DataLimits {
  /** Levels of objects and lists, the outermost one counted. */
  maxDepth: number;
  /** UTF-8 bytes of the input written as JSON. */
  maxBytes: number;
}

/** Every channel's input as a whole: far above any form, far below what could slow the desk. */
export const INPUT_LIMITS: DataLimits = { maxDepth: 20, maxBytes: 256 * 1024 };

export interface DataProblem {
  /** Where in the input, as a form field path ("data.notes.0"); empty for the input itself. */
  path: (string | number)[];
  message: string;
}

/** Keys that would reach an object's prototype when the data is copied or merged. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const NOT_PLAIN = 'only text, numbers, true or false, lists and plain objects can be sent';

export function kibibytes(bytes: number): string {
  return `${Math.round(bytes / 1024)} KiB`;
}

/** Why `value` is not plain JSON data within `limits`, or null when it is. Never throws. */
export function plainDataProblem(value: unknown, limits: DataLimits): DataProblem | null {
  const budget = { bytes: 0 };
  const tooLarge = (path: (string | number)[]): DataProblem => ({
    path,
    message: `This is too large: at most ${kibibytes(limits.maxBytes)} can be sent at once.`,
  });
  const spend = (bytes: number) => (budget.bytes += bytes) > limits.maxBytes;

  const walk = (node: unknown, path: (string | number)[], depth: number): DataProblem | null => {
    switch (typeof node) {
      case 'string':
        // Never fewer UTF-8 bytes than UTF-16 units: a huge string is refused before it is read.
        if (spend(node.length + 2) || spend(utf8Extra(node))) return tooLarge(path);
        return null;
      case 'number':
        if (!Number.isFinite(node)) return { path, message: `A number must be finite (not ${String(node)}): ${NOT_PLAIN}.` };
        return spend(String(node).length) ? tooLarge(path) : null;
      case 'boolean':
        return spend(5) ? tooLarge(path) : null;
      case 'bigint':
        return { path, message: `A BigInt is not a number LEAD Desk accepts: ${NOT_PLAIN}.` };
      case 'undefined':
        return { path, message: `An undefined value is not data: ${NOT_PLAIN}.` };
      case 'function':
      case 'symbol':
        return { path, message: `A ${typeof node} is not data: ${NOT_PLAIN}.` };
    }
    if (node === null) return spend(4) ? tooLarge(path) : null;
    if (depth >= limits.maxDepth) {
      return { path, message: `This is nested too deeply: at most ${limits.maxDepth} levels of lists and objects.` };
    }
    if (Array.isArray(node)) return walkList(node, path, depth + 1);
    const prototype = Object.getPrototypeOf(node);
    if (prototype !== Object.prototype && prototype !== null) {
      return { path, message: `${kindOf(node as object)} is not plain data: ${NOT_PLAIN}.` };
    }
    return walkObject(node as object, path, depth + 1);
  };

  const walkList = (list: unknown[], path: (string | number)[], depth: number): DataProblem | null => {
    if (Object.getPrototypeOf(list) !== Array.prototype) return { path, message: `This list is not plain data: ${NOT_PLAIN}.` };
    if (spend(list.length + 1)) return tooLarge(path);
    for (let index = 0; index < list.length; index += 1) {
      if (!Object.hasOwn(list, index)) return { path: [...path, index], message: `A list cannot have gaps: ${NOT_PLAIN}.` };
      const problem = walk(list[index], [...path, index], depth);
      if (problem) return problem;
    }
    return Reflect.ownKeys(list).length === list.length + 1 ? null : { path, message: `A list cannot carry named fields: ${NOT_PLAIN}.` };
  };

  const walkObject = (object: object, path: (string | number)[], depth: number): DataProblem | null => {
    const keys = Reflect.ownKeys(object);
    if (spend(keys.length + 1)) return tooLarge(path);
    for (const key of keys) {
      if (typeof key === 'symbol') return { path, message: `A symbol cannot name a field: ${NOT_PLAIN}.` };
      if (PROTOTYPE_KEYS.has(key)) return { path: [...path, key], message: `A field cannot be called "${key}".` };
      const descriptor = Object.getOwnPropertyDescriptor(object, key)!;
      if (!('value' in descriptor) || !descriptor.enumerable) {
        return { path: [...path, key], message: `This field is not plain data: ${NOT_PLAIN}.` };
      }
      // Absent, as JSON would have it: the renderer may leave an optional field undefined.
      if (descriptor.value === undefined) continue;
      if (spend(key.length + 3) || spend(utf8Extra(key))) return tooLarge(path);
      const problem = walk(descriptor.value, [...path, key], depth);
      if (problem) return problem;
    }
    return null;
  };

  try {
    return walk(value, [], 0);
  } catch {
    // A proxy's traps can throw: whatever it is, it is not plain data.
    return { path: [], message: `This is not plain data: ${NOT_PLAIN}.` };
  }
}

function kindOf(object: object): string {
  if (object instanceof Date) return 'A date object';
  if (object instanceof Map || object instanceof Set) return 'A Map or Set';
  if (ArrayBuffer.isView(object) || object instanceof ArrayBuffer) return 'Binary data';
  return 'An object of a class';
}

/** The UTF-8 bytes a string takes beyond one per UTF-16 unit (JSON's escapes aside). */
function utf8Extra(text: string): number {
  let extra = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    // U+0080–U+07FF take two bytes, the rest of the BMP three; a surrogate pair four for two units.
    if (unit >= 0x80) extra += unit < 0x800 || (unit >= 0xd800 && unit <= 0xdfff) ? 1 : 2;
  }
  return extra;
}
