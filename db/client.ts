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
  return drizzle(sqlite, { schema }) as Db;
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
