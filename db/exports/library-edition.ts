/**
 * Any edition of a library document as a printable file (issue 11: "Export any edition as DOCX or PDF"), for a
 * reader who may read the document; anyone else gets the 404 of `loadLibraryDocument`, exactly as for the page.
 */
import { and, asc, eq } from "drizzle-orm";
import { DomainError } from "../../app/lib/errors";
import type { PrintableDocument } from "../../app/lib/exports/document";
import { blocksOfSections, type Block } from "../../app/lib/exports/printable";
import { translator, type Locale } from "../../app/lib/i18n";
import type { Db } from "../client";
import { loadLibraryDocument, type Reader } from "../library/read";
import { libraryEditions, librarySections } from "../schema";

export function libraryEditionDocument(db: Db, reader: Reader, documentId: number, number: number) {
  const { doc } = loadLibraryDocument(db, reader, documentId);
  const edition = db
    .select()
    .from(libraryEditions)
    .where(and(eq(libraryEditions.documentId, doc.id), eq(libraryEditions.number, number)))
    .get();
  if (!edition) throw new DomainError("error.notFound.title", 404);
  const sections = db
    .select()
    .from(librarySections)
    .where(eq(librarySections.editionId, edition.id))
    .orderBy(asc(librarySections.position))
    .all();
  const language: Locale = doc.language === "en" ? "en" : "ru";
  const t = translator(language);
  const editionLine = `${t("protocolExport.doc.edition", { n: edition.number })} · ${t(`library.status.${edition.status}`)}`;
  const head: Block[] = [
    { kind: "heading", level: 1, runs: [{ text: doc.title }] },
    ...[
      doc.issuer,
      doc.adoptionReference && t("protocolExport.doc.adopted", { reference: doc.adoptionReference }),
      editionLine,
    ]
      .filter(Boolean)
      .map((text): Block => ({ kind: "paragraph", runs: [{ text, italic: true }] })),
  ];
  const printable: PrintableDocument = {
    language,
    title: doc.title,
    runningHead: [doc.title, t("protocolExport.doc.edition", { n: edition.number })].join(" · "),
    pageLabel: t("protocolExport.doc.page"),
    // The edition's own time: the same edition gives the same file.
    createdAt: edition.createdAt,
    blocks: [...head, ...blocksOfSections(sections)],
  };
  return {
    printable,
    fileName: `${doc.title.slice(0, 120)} (${t("protocolExport.doc.edition", { n: edition.number })})`,
  };
}
