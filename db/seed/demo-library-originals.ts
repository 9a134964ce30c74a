// Library curation: original files for a few demo documents, so «Оригиналы» has something to download. They are
// generated at seed time with the project's own writers (the edition export, app/lib/exports), nothing downloaded:
// the qualifications recommendations get a DOCX of edition 1 and a PDF of edition 2, the training ones a PDF.
import { eq } from "drizzle-orm";
import type { Services } from "../../app/context";
import { renderDocx } from "../../app/lib/exports/docx.server";
import { renderPdf } from "../../app/lib/exports/pdf.server";
import { structureText } from "../../app/lib/library/structure";
import { writeTransaction } from "../client";
import { libraryEditionDocument } from "../exports/library-edition";
import { recordFile, writeBlob } from "../files/store";
import { checkUpload, MAX_UPLOAD_BYTES, type DetectedType } from "../files/types";
import { attachOriginal } from "../library/originals";
import { readerOf } from "../library/read";
import { libraryDocuments, users } from "../schema";
import * as t1 from "./library/texts-1";

const ORIGINALS: [markdown: string, edition: number, format: "pdf" | "docx"][] = [
  [t1.qualificationsV1, 1, "docx"],
  [t1.qualificationsV1, 2, "pdf"],
  [t1.trainingText, 1, "pdf"],
];

export async function seedDemoLibraryOriginals(services: Services): Promise<void> {
  const { db } = services;
  const admin = db.select().from(users).where(eq(users.email, "admin@example.org")).get()!;
  const reader = readerOf(db, admin);
  const made: {
    documentId: number;
    edition: number;
    name: string;
    type: DetectedType;
    bytes: Buffer;
    sha256: string;
  }[] = [];
  for (const [markdown, edition, format] of ORIGINALS) {
    const title = structureText(markdown, "markdown").title;
    const doc = db.select().from(libraryDocuments).where(eq(libraryDocuments.title, title)).get()!;
    const { printable, fileName } = libraryEditionDocument(db, reader, doc.id, edition);
    const bytes = format === "pdf" ? renderPdf(printable) : await renderDocx(printable);
    // Checked by content as an upload is: what the demo offers is what a curator could have uploaded.
    const checked = checkUpload({
      name: `${fileName}.${format}`,
      bytes,
      allowed: [format],
      maxBytes: MAX_UPLOAD_BYTES,
    });
    if (!checked.ok) throw new Error(`demo original of «${title}»: ${checked.problem}`);
    made.push({
      documentId: doc.id,
      edition,
      name: checked.safeName,
      type: checked.type,
      bytes,
      sha256: writeBlob(services, bytes),
    });
  }
  writeTransaction(db, (tx) => {
    for (const m of made) {
      const file = recordFile(tx, {
        name: m.name,
        type: m.type,
        size: m.bytes.length,
        sha256: m.sha256,
        uploadedById: admin.id,
      });
      attachOriginal(tx, admin.id, m.documentId, m.edition, file);
    }
  });
}
