/**
 * /meetings/:id/protocol.pdf and .docx (issue 10): a final or signed protocol for whoever may read it
 * (`protocol.readFinal`, through the one access path: a stranger gets 404); a page saying there is no final text yet.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { writeTransaction } from "../../../db/client";
import { exportableFinal, exportProtocolPdf, protocolDocument } from "../../../db/exports/protocol";
import { renderDocx } from "~/lib/exports/docx.server";
import { can } from "~/lib/policy";
import { meetingFor } from "~/web/access.server";
import { fileResponse, type ExportFormat } from "~/web/exports/file-response.server";
import { refusalPage } from "~/web/exports/refusal-page.server";
import { localeOf, translatorFor } from "~/web/request.server";

export async function protocolFile(args: LoaderFunctionArgs, format: ExportFormat): Promise<Response> {
  // A stranger gets 404 from the access path; a reader of a meeting not yet completed (no final text possible)
  // gets the same page as for a completed one whose text is not final yet.
  const { meeting, user, scope } = meetingFor(args, "meeting.read");
  const { db, config } = args.context.services;
  const final = can(user, "protocol.readFinal", scope) ? exportableFinal(db, meeting.id) : null;
  if (!final) {
    const t = translatorFor(args.request, args.context);
    return refusalPage(409, {
      lang: localeOf(args.request, args.context),
      title: t("protocolExport.noFinal.title"),
      message: t("protocolExport.noFinal.message"),
      back: { href: `/meetings/${meeting.id}/protocol`, label: t("protocol.title") },
    });
  }
  if (format === "pdf") {
    // Recorded as it is handed out: /verify then recognises this very file.
    const pdf = writeTransaction(db, (tx) => exportProtocolPdf(tx, final, config.appUrl));
    return fileResponse(pdf.bytes, pdf.fileName, "pdf");
  }
  const doc = protocolDocument(db, final, config.appUrl);
  return fileResponse(await renderDocx(doc.printable), doc.fileName, "docx");
}
