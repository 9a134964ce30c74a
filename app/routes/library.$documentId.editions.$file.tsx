import type { LoaderFunctionArgs } from "@remix-run/node";
import { libraryEditionDocument } from "../../db/exports/library-edition";
import { readerOf } from "../../db/library/read";
import { refusalResponse } from "~/web/access.server";
import { numberedFile, printableResponse } from "~/web/exports/file-response.server";
import { idParam } from "~/web/request.server";

/**
 * /library/:id/editions/:n.pdf and /library/:id/editions/:n.docx (issue 11): any edition of a document, for
 * whoever may read the document (public ones signed out too); a 404 for anyone else, as for the page itself.
 */
export async function loader({ params, context }: LoaderFunctionArgs) {
  const documentId = idParam(params.documentId);
  const file = numberedFile(params.file);
  if (!file) throw new Response("Not Found", { status: 404 });
  const db = context.services.db;
  let exported;
  try {
    exported = libraryEditionDocument(db, readerOf(db, context.user ?? null), documentId, file.number);
  } catch (error) {
    throw refusalResponse(error);
  }
  return printableResponse(exported.printable, exported.fileName, file.format);
}
