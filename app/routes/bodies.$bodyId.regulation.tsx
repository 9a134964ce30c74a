import type { LoaderFunctionArgs } from "@remix-run/node";
import fs from "node:fs/promises";
import { filePath } from "../../db/commands/store-file";
import { findFile } from "../../db/queries/bodies";
import { requireBodyAccess } from "~/lib/body-access.server";
import { attachmentHeaders } from "~/lib/download.server";

/** The regulation document, for every member of the body (R14), as an attachment with a safe name. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { body } = requireBodyAccess(request, context, params.bodyId);
  const file = body.regulationFileId ? findFile(context.services.db, body.regulationFileId) : null;
  if (!file) throw new Response("Not Found", { status: 404 });
  const bytes = await fs.readFile(filePath(context.services, file.sha256));
  return new Response(bytes, { headers: attachmentHeaders(file.originalName, file.contentType, bytes.length) });
}
