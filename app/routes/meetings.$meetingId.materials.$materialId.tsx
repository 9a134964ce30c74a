import type { LoaderFunctionArgs } from "@remix-run/node";
import fs from "node:fs/promises";
import { filePath } from "../../db/commands/store-file";
import { findFile } from "../../db/queries/bodies";
import { findMaterial } from "../../db/queries/meetings";
import { attachmentHeaders } from "~/lib/download.server";
import { requireMeetingAccess } from "~/lib/meeting-access.server";
import { can } from "~/lib/policy";
import { idParam } from "~/lib/request.server";

/** A material's file, for everyone who may read the meeting (R14); a late one only once accepted, except to its author and to co-chairs (R7). */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { user, meeting, scope } = requireMeetingAccess(request, context, params.meetingId);
  const material = findMaterial(context.services.db, idParam(params.materialId));
  const visible =
    material &&
    material.meetingId === meeting.id &&
    (!material.late ||
      material.acceptedAt ||
      material.submittedById === user.id ||
      can(user, "material.accept", scope));
  const file = visible && material.fileId ? findFile(context.services.db, material.fileId) : null;
  if (!file) throw new Response("Not Found", { status: 404 });
  const bytes = await fs.readFile(filePath(context.services, file.sha256));
  return new Response(bytes, { headers: attachmentHeaders(file.originalName, file.contentType, bytes.length) });
}
