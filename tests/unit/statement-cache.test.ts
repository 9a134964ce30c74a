import { describe, expect, it } from "vitest";
import { openDatabase } from "../../db/client";

// db/client.ts keeps compiled statements by their SQL text; reusing one must never change what a query returns.
describe("compiled statements are reused safely", () => {
  const db = openDatabase(":memory:");
  const sql = db.$client;
  sql.exec("create table t (id integer primary key, name text); insert into t (name) values ('а'), ('б'), ('в')");

  it("the same text gives the same compiled statement", () => {
    expect(sql.prepare("select * from t")).toBe(sql.prepare("select * from t"));
  });

  it("raw mode set by one caller does not leak into the next", () => {
    expect(sql.prepare("select id, name from t where id = ?").raw().get(1)).toEqual([1, "а"]);
    expect(sql.prepare("select id, name from t where id = ?").get(1)).toEqual({ id: 1, name: "а" });
  });

  it("a statement mid-iteration is not handed out again: the same query runs inside the loop", () => {
    const seen: string[] = [];
    for (const row of sql.prepare("select id, name from t order by id").iterate() as Iterable<{ id: number }>) {
      const again = sql.prepare("select id, name from t order by id").all() as { name: string }[];
      seen.push(`${row.id}:${again.length}`);
    }
    expect(seen).toEqual(["1:3", "2:3", "3:3"]);
  });

  it("statements that return nothing are cached too", () => {
    sql.prepare("insert into t (name) values (?)").run("г");
    sql.prepare("insert into t (name) values (?)").run("д");
    expect(sql.prepare("select count(*) as n from t").get()).toEqual({ n: 5 });
  });
});
