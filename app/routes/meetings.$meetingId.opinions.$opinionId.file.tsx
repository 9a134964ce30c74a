import type { LoaderFunctionArgs } from "@remix-run/node";
import fs from "node:fs/promises";
import { filePath } from "../../db/commands/store-file";
import { findFile } from "../../db/queries/bodies";
import { opinionsOf } from "../../db/queries/meetings";
import { attachmentHeaders } from "~/lib/download.server";
import { requireMeetingAccess } from "~/lib/meeting-access.server";
import { idParam } from "~/lib/request.server";

/** The file attached to a written opinion: for everyone at the meeting, where the opinion is read out (R8). */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { meeting } = requireMeetingAccess(request, context, params.meetingId);
  const opinion = opinionsOf(context.services.db, meeting.id).find((o) => o.id === idParam(params.opinionId));
  const file = opinion?.fileId ? findFile(context.services.db, opinion.fileId) : null;
  if (!file) throw new Response("Not Found", { status: 404 });
  const bytes = await fs.readFile(filePath(context.services, file.sha256));
  return new Response(bytes, { headers: attachmentHeaders(file.originalName, file.contentType, bytes.length) });
}
