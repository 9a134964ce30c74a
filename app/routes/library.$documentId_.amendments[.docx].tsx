import type { LoaderFunctionArgs } from "@remix-run/node";
import { attachmentHeaders } from "../../db/files/download";
import { amendmentsView } from "../../db/library/amendments-read";
import { refusalResponse } from "~/web/access.server";
import { amendmentsDocx } from "~/web/amendments-docx.server";
import { editionParam } from "~/web/amendments.server";
import { idParam, localeOf, requireUser, translatorFor } from "~/web/request.server";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** The comparison table as a DOCX, for whoever reads the table (the body's members, administrators). */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = requireUser(request, context);
  let view;
  try {
    view = amendmentsView(context.services.db, user, idParam(params.documentId), editionParam(new URL(request.url)));
  } catch (error) {
    throw refusalResponse(error);
  }
  const t = translatorFor(request, context);
  const bytes = await amendmentsDocx(view, t, localeOf(request, context));
  const title = view.doc.title.length > 80 ? `${view.doc.title.slice(0, 80)}…` : view.doc.title;
  const name = `${t("amendments.docx.filename", { title })}, ${view.edition.number}.docx`;
  return new Response(bytes, { headers: attachmentHeaders(name, DOCX, bytes.byteLength) });
}
