import fs from "node:fs";

// The tables in docs/permissions.md are the specification: the policy tests read them and hold the code to them.
const doc = fs.readFileSync("docs/permissions.md", "utf8");

/** The table between `<!-- marker:start -->` and `<!-- marker:end -->`: its column names and its rows of cells. */
export function tableBetween(marker: string): { columns: string[]; body: string[][] } {
  const text = doc.slice(doc.indexOf(`<!-- ${marker}:start -->`), doc.indexOf(`<!-- ${marker}:end -->`));
  const rows = text
    .split("\n")
    .filter((line) => line.startsWith("|") && !/^\|[\s:|-]+\|$/.test(line))
    .map((line) =>
      line
        .split("|")
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
  const [header, ...body] = rows;
  return { columns: header!.slice(1), body };
}
