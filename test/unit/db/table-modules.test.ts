import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../..', import.meta.url).pathname;
const ELECTRON = join(ROOT, 'electron');

/**
 * Where SQL may be written (docs/architecture.md, "Table modules"): each table's module, the
 * migrations (frozen history), and the files that open, attach, split and check connections.
 */
const ALLOWED = [
  /^electron\/db\/tables\/[^/]+\.ts$/,
  /^electron\/db\/migrations\/[^/]+\.ts$/,
  /^electron\/db\/(open-database|desk-databases|page-check)\.ts$/,
];

/**
 * A call of a database's prepare() or exec(). RegExp's exec() is the one other exec in electron/:
 * its receiver is a constant (DATE_QUERY) or a regex literal, never a database.
 */
function callsSql(line: string): boolean {
  if (/\.\s*prepare\s*\(/.test(line)) return true;
  return [...line.matchAll(/(\S*?)\s*\.\s*exec\s*\(/g)].some(([, receiver]) => !/(^|[^\w])[A-Z][A-Z0-9_]*$|\/[a-z]*$/.test(receiver!));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('table modules', () => {
  it('are the only place outside migrations and the connection files that prepares or runs SQL', () => {
    const offenders = sourceFiles(ELECTRON).flatMap((file) => {
      const path = relative(ROOT, file);
      if (ALLOWED.some((allowed) => allowed.test(path))) return [];
      return readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) => (callsSql(line) ? [`${path}:${index + 1}: ${line.trim()}`] : []));
    });
    expect(offenders).toEqual([]);
  });

  it('finds a statement prepared outside them', () => {
    expect(callsSql("db.prepare('SELECT 1').get();")).toBe(true);
    expect(callsSql('desk.requireDb().prepare(`SELECT 1`)')).toBe(true);
    expect(callsSql('    .prepare(')).toBe(true);
    expect(callsSql("db.exec('DELETE FROM staff')")).toBe(true);
    expect(callsSql("desk.requireDb().exec('VACUUM')")).toBe(true);
    expect(callsSql('const match = DATE_QUERY.exec(query.trim());')).toBe(false);
    expect(callsSql('const match = /^x$/u.exec(query);')).toBe(false);
  });
});
