/**
 * A document's text from a file (issue 11): DOCX through mammoth, Markdown, or plain text, judged by its bytes
 * (a PDF or a renamed binary is refused, whatever its name). The CLI and the browser's form both read here.
 */
import { structureDocx } from "../../app/lib/library/docx.server";
import { structureText, type StructuredText } from "../../app/lib/library/structure";
import { detectFileType } from "../files/types";

/** Why a file gives no text; each is a message `libraryEditions.import.<problem>`. */
export type ImportProblem = "notText" | "brokenDocx" | "empty";

export async function readDocumentFile(
  name: string,
  bytes: Uint8Array,
): Promise<{ ok: true; text: StructuredText } | { ok: false; problem: ImportProblem }> {
  const type = detectFileType(bytes);
  let text: StructuredText | null = null;
  // A name that promises Word over bytes that are not is refused, not read as whatever the bytes are.
  if (/\.docx?$/i.test(name) && type?.kind !== "docx") return { ok: false, problem: "brokenDocx" };
  if (type?.kind === "docx") {
    text = await structureDocx(bytes);
    if (!text) return { ok: false, problem: "brokenDocx" };
  } else if (type?.kind === "text") {
    const markdown = /\.(md|markdown)$/i.test(name);
    text = structureText(new TextDecoder().decode(bytes), markdown ? "markdown" : "text");
  } else if (bytes.length === 0) return { ok: false, problem: "empty" };
  else return { ok: false, problem: "notText" };
  if (text.sections.length === 0 || !text.title) return { ok: false, problem: "empty" };
  return { ok: true, text };
}

/** The CLI's words for a problem (administrators read English there, as the rest of its output). */
export const importProblemInEnglish: Record<ImportProblem, string> = {
  notText: "not a DOCX, Markdown or plain text file",
  brokenDocx: "not a readable DOCX file",
  empty: "the file is empty",
};
