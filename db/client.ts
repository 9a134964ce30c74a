import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import fs from "node:fs";
import path from "node:path";
import { projectPath } from "./paths";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export const migrationsFolder = projectPath("migrations");

export function openDatabase(file: string): Db {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  // better-sqlite3 would otherwise run WAL with synchronous=NORMAL: a power cut could lose a signed protocol.
  sqlite.pragma("synchronous = FULL");
  cacheStatements(sqlite);
  return drizzle(sqlite, { schema }) as Db;
}

/** How many compiled statements are kept: the platform's queries are a few hundred distinct texts. */
const STATEMENT_CACHE_SIZE = 1_000;

/**
 * drizzle prepares every query anew, and SQLite compiles each prepare (a fifth of a page's server time in the
 * profile of `npm run bench:http -- --concurrent --cpu-prof`). The compiled statement is kept by its SQL text and
 * reused: the text fully determines the statement, the values are bound at each run. A statement is handed out
 * again only when it is not mid-iteration, and with raw mode reset (drizzle turns it on for some selects).
 */
function cacheStatements(sqlite: Database.Database) {
  const cache = new Map<string, Database.Statement>();
  const compile = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((source: string) => {
    const cached = cache.get(source);
    if (cached && !cached.busy) {
      if (cached.reader) cached.raw(false);
      return cached;
    }
    const statement = compile(source);
    if (!cached) {
      if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
      cache.set(source, statement);
    }
    return statement;
  }) as typeof sqlite.prepare;
}

/** The better-sqlite3 connection of a database or of a transaction on it (drizzle's has no `$client`). */
export function connectionOf(db: Db): Database.Database {
  return db.$client ?? (db as unknown as { session: { client: Database.Database } }).session.client;
}

/**
 * Queries built once per connection, with placeholders for their values, for the paths every request and
 * every collaboration socket takes (the session, the way into a meeting): drizzle building a query is most of
 * the cost of running one there. They run on the connection, so inside a transaction on it too.
 */
export function preparedPerConnection<T>(build: (db: Db) => T): (db: Db) => T {
  const built = new WeakMap<Database.Database, T>();
  return (db) => {
    const connection = connectionOf(db);
    let queries = built.get(connection);
    if (!queries) built.set(connection, (queries = build(db)));
    return queries;
  };
}

export function migrateDatabase(db: Db): void {
  migrate(db, { migrationsFolder });
}

/** Every write transaction is IMMEDIATE: one that reads first would otherwise meet SQLITE_BUSY (STACK.md §17). */
export function writeTransaction<T>(db: Db, fn: (tx: Db) => T): T {
  // drizzle's transaction object has no `$client`; code that prepares its own statements (db/protocols/store.ts)
  // needs it, and it is the same connection.
  return db.transaction((tx) => fn(Object.assign(tx, { $client: db.$client }) as unknown as Db), {
    behavior: "immediate",
  });
}
