import type Database from 'better-sqlite3-multiple-ciphers';

/**
 * Services prepare their SQL where they use it, and better-sqlite3 compiles it afresh on every
 * prepare(): profiling the synthetic program showed compiling as a fifth of all the time spent.
 * This hands back the statement compiled the first time. pluck(), raw() and expand() are modes
 * that stick to a statement, so a reused one is set back to returning plain rows; a statement
 * still being iterated is busy, and then a fresh one is compiled.
 */
export function cacheStatements(db: Database.Database): void {
  const cache = new Map<string, Database.Statement>();
  const compile = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    const cached = cache.get(sql);
    if (cached && !cached.busy) {
      if (cached.reader) cached.pluck(false).expand(false).raw(false);
      return cached;
    }
    const statement = compile(sql);
    if (!cached) cache.set(sql, statement);
    return statement;
  }) as Database.Database['prepare'];
}
