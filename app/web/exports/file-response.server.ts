/** An exported file as a download: always an attachment, its name in RFC 5987 form (db/files/download.ts). */
import { attachmentHeaders } from "../../../db/files/download";
import type { PrintableDocument } from "~/lib/exports/document";
import { renderDocx } from "~/lib/exports/docx.server";
import { renderPdf } from "~/lib/exports/pdf.server";

export type ExportFormat = "pdf" | "docx";

export const contentTypes: Record<ExportFormat, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

export function fileResponse(bytes: Uint8Array, baseName: string, format: ExportFormat): Response {
  // A file name has no slashes or control characters, whatever the title holds.
  const name = `${baseName.replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, " ").trim() || "document"}.${format}`;
  return new Response(new Uint8Array(bytes), {
    headers: attachmentHeaders(name, contentTypes[format], bytes.byteLength),
  });
}

export async function printableResponse(printable: PrintableDocument, baseName: string, format: ExportFormat) {
  const bytes = format === "pdf" ? renderPdf(printable) : await renderDocx(printable);
  return fileResponse(bytes, baseName, format);
}

/** "3.pdf" → { number: 3, format: "pdf" }; anything else names no file. */
export function numberedFile(value: string | undefined): { number: number; format: ExportFormat } | null {
  const match = /^([1-9][0-9]{0,8})\.(pdf|docx)$/.exec(value ?? "");
  return match ? { number: Number(match[1]), format: match[2] as ExportFormat } : null;
}
