import { createHash } from "node:crypto";
import type Database from "better-sqlite3";

/**
 * A fingerprint of every row of every table, to prove a request changed nothing. `login_failures` is left
 * out on purpose: a refused sign-in is recorded there by design (the throttle), and that is not a change of data.
 */
export function databaseFingerprint(
  db: Database.Database,
  skip: string[] = ["login_failures"],
): Record<string, string> {
  const tables = db
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
    .all() as { name: string }[];
  const result: Record<string, string> = {};
  for (const { name } of tables) {
    if (skip.includes(name)) continue;
    // Sorted here, not by rowid: the search index's shadow tables (FTS5) are WITHOUT ROWID.
    const rows = db
      .prepare(`select * from "${name}"`)
      .all()
      .map((row) => JSON.stringify(row, (_k, v) => (typeof v === "bigint" ? String(v) : v)))
      .sort();
    result[name] = createHash("sha256").update(JSON.stringify(rows)).digest("hex");
  }
  return result;
}
