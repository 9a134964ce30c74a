import { type LoaderFunctionArgs } from "@remix-run/node";
import { findOutboxMessage } from "../../db/queries/outbox";
import { requireCan, idParam } from "~/web/request.server";
import fs from "node:fs/promises";
import path from "node:path";

/** The .eml file as written, for any mail program; served as an attachment. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  requireCan(request, context, "outbox.read");
  const message = findOutboxMessage(context.services.db, idParam(params.id));
  if (!message?.emlFile || path.basename(message.emlFile) !== message.emlFile)
    throw new Response("Not Found", { status: 404 });
  const body = await fs
    .readFile(path.join(context.services.config.dataDir, "outbox", message.emlFile))
    .catch(() => null);
  if (!body) throw new Response("Not Found", { status: 404 });
  return new Response(body, {
    headers: {
      "Content-Type": "message/rfc822",
      "Content-Disposition": `attachment; filename="${message.emlFile}"`,
      "Cache-Control": "no-store",
    },
  });
}
