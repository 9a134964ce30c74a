import type { Platform } from "../../server/start";

/**
 * Plain SQL against a test platform's database, for checking what a request did (or did not) change.
 * Takes a getter because the platform starts in beforeAll, after the helpers are made.
 */
export function sqlOf(platform: () => Platform) {
  const db = () => platform().services.db.$client;
  const one = <T>(query: string, ...params: unknown[]) =>
    db()
      .prepare(query)
      .get(...params) as T;
  const all = <T>(query: string, ...params: unknown[]) =>
    db()
      .prepare(query)
      .all(...params) as T[];
  const count = (table: string, where = "1", ...params: unknown[]) =>
    one<{ n: number }>(`select count(*) as n from ${table} where ${where}`, ...params).n;
  return { db, one, all, count };
}
