// Moving an existing archive into the library (issue 11), for administrators:
//   npm run library -- import FILE... --kind KIND --visibility public|partners|body:ID [--title T]
// Same DATA_DIR / DATABASE_FILE as the server. Markdown (.md) and plain text keep their section structure.
// Every file is read before anything is written: one unreadable file and nothing is imported (exit 1).
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { eq } from "drizzle-orm";
import { libraryKinds, type LibraryKind } from "../../app/lib/library/kinds";
import { structureText, type StructuredText } from "../../app/lib/library/structure";
import { migrateDatabase, openDatabase, writeTransaction } from "../../db/client";
import { addDocument } from "../../db/library/store";
import { bodies } from "../../db/schema";
import { openAuditSeal } from "../audit/seal";
import { configFromEnv } from "../config";

const usage =
  "usage: npm run library -- import FILE... --kind KIND --visibility public|partners|body:ID [--title T]\n" +
  `       KIND: ${libraryKinds.join(", ")}`;

/** A file's text and structure, or why it cannot be imported. */
export function readForImport(file: string): StructuredText | string {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    return `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`;
  }
  const ext = path.extname(file).toLowerCase();
  if (ext === ".docx" || ext === ".doc" || ext === ".pdf")
    return `cannot import ${file}: ${ext} is not supported yet (Markdown or plain text only)`;
  if (bytes.includes(0)) return `cannot import ${file}: not a text file`;
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  if (text.includes("\uFFFD")) return `cannot import ${file}: not UTF-8 text`;
  const structured = structureText(text, ext === ".md" || ext === ".markdown" ? "markdown" : "text");
  if (structured.sections.length === 0 || !structured.title) return `cannot import ${file}: the file is empty`;
  return structured;
}

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { kind: { type: "string" }, visibility: { type: "string" }, title: { type: "string" } },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  const { positionals, values } = parsed;
  const [command, ...files] = positionals;
  const kind = values.kind as LibraryKind | undefined;
  const visibility = /^(public|partners|body:(\d+))$/.exec(values.visibility ?? "");
  if (command !== "import" || files.length === 0 || !kind || !libraryKinds.includes(kind) || !visibility) {
    console.error(usage);
    return 2;
  }
  const read = files.map((file) => ({ file, text: readForImport(file) }));
  const failed = read.filter((r) => typeof r.text === "string");
  if (failed.length > 0) {
    for (const f of failed) console.error(f.text);
    console.error("Nothing was imported.");
    return 1;
  }
  const config = configFromEnv();
  const db = openDatabase(config.databaseFile);
  try {
    migrateDatabase(db);
    openAuditSeal(db, { dataDir: config.dataDir, auditKey: config.auditKey });
    const bodyId = visibility[2] ? Number(visibility[2]) : null;
    if (bodyId !== null && !db.select({ id: bodies.id }).from(bodies).where(eq(bodies.id, bodyId)).get()) {
      console.error(`no body ${bodyId}. Nothing was imported.`);
      return 1;
    }
    const ids = writeTransaction(db, (tx) =>
      read.map(({ text }) => {
        const { title, sections } = text as StructuredText;
        return addDocument(
          tx,
          null,
          {
            kind,
            title: values.title ?? title,
            bodyId,
            visibility: bodyId === null ? (visibility[1] as "public" | "partners") : "body",
          },
          { status: "adopted", sections },
        );
      }),
    );
    read.forEach(({ file, text }, i) =>
      console.log(`${file}: ${(text as StructuredText).sections.length} sections → /library/${ids[i]}`),
    );
    return 0;
  } finally {
    db.$client.close();
  }
}

process.exitCode = main(process.argv.slice(2));
