import mammoth from "mammoth";
import { DOCX_STYLE_MAP, structureDocxHtml } from "./docx-html";
import type { StructuredText } from "./structure";

/** A DOCX file's structured text (issue 11), or null when mammoth cannot read it (not a Word document, broken). */
export async function structureDocx(bytes: Uint8Array): Promise<StructuredText | null> {
  try {
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: DOCX_STYLE_MAP });
    return structureDocxHtml(value);
  } catch {
    return null;
  }
}
