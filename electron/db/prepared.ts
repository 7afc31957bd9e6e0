import type Database from 'better-sqlite3-multiple-ciphers';
import type { Db } from './open-database';

type Statement = Database.Statement;

/** How a table module makes one statement: its SQL, and its mode (pluck, raw, expand) if any. */
export type Build = (db: Db) => Statement;

export type Statements<B extends Record<string, Build>> = { readonly [K in keyof B]: Statement };

/** Bumped when a database is attached or detached: statements compiled before are not handed out again. */
const schemaGenerations = new WeakMap<Db, number>();

/** Called after ATTACH or DETACH on `db` (electron/db/desk-databases.ts). */
export function schemaChanged(db: Db): void {
  schemaGenerations.set(db, (schemaGenerations.get(db) ?? 0) + 1);
}

/**
 * A table module's statements (docs/architecture.md, "Table modules"), each compiled the first
 * time it is used on a connection and kept for that connection: compiling was a fifth of all
 * the time the synthetic program spent. A mode (pluck, raw, expand) sticks to a statement, so
 * each mode is a statement of its own. Attaching or detaching the records starts afresh. A
 * statement still being iterated is busy: a fresh one is compiled for that use, and not kept.
 */
export function preparedFor<B extends Record<string, Build>>(builds: B): (db: Db) => Statements<B> {
  const byConnection = new WeakMap<Db, { generation: number; statements: Statements<B> }>();
  return (db) => {
    const generation = schemaGenerations.get(db) ?? 0;
    const known = byConnection.get(db);
    if (known && known.generation === generation) return known.statements;
    const compiled = new Map<string, Statement>();
    const statements = {} as Statements<B>;
    for (const [name, build] of Object.entries(builds)) {
      Object.defineProperty(statements, name, {
        get() {
          const kept = compiled.get(name);
          if (kept && !kept.busy) return kept;
          const statement = build(db);
          if (!kept) compiled.set(name, statement);
          return statement;
        },
      });
    }
    byConnection.set(db, { generation, statements });
    return statements;
  };
}
