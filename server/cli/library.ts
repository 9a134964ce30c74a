// Moving an existing archive into the library (issue 11), for administrators:
//   npm run library -- import FILE... --kind KIND --visibility public|partners|body:ID [--title T]
// Same DATA_DIR / DATABASE_FILE as the server. DOCX (through mammoth), Markdown (.md) and plain text keep their
// section structure.
// Every file is read before anything is written: one unreadable file and nothing is imported (exit 1).
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { eq } from "drizzle-orm";
import { libraryKinds, type LibraryKind } from "../../app/lib/library/kinds";
import type { StructuredText } from "../../app/lib/library/structure";
import { migrateDatabase, openDatabase, writeTransaction } from "../../db/client";
import { importProblemInEnglish, readDocumentFile } from "../../db/library/import";
import { addDocument } from "../../db/library/store";
import { bodies } from "../../db/schema";
import { openAuditSeal } from "../audit/seal";
import { configFromEnv } from "../config";

const usage =
  "usage: npm run library -- import FILE... --kind KIND --visibility public|partners|body:ID [--title T]\n" +
  `       KIND: ${libraryKinds.join(", ")}`;

/** A file's text and structure, or why it cannot be imported. */
export async function readForImport(file: string): Promise<StructuredText | string> {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    return `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`;
  }
  const read = await readDocumentFile(path.basename(file), bytes);
  return read.ok ? read.text : `cannot import ${file}: ${importProblemInEnglish[read.problem]}`;
}

async function main(argv: string[]): Promise<number> {
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
  const read = await Promise.all(files.map(async (file) => ({ file, text: await readForImport(file) })));
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

process.exitCode = await main(process.argv.slice(2));
