import { type LoaderFunctionArgs } from "@remix-run/node";
import { storedFileResponse } from "../../db/files/send";
import { findMaterial } from "../../db/queries/meetings";
import { canReadMaterial } from "~/lib/policy";
import { idParam } from "~/web/request.server";
import { meetingFor } from "~/web/access.server";

/** A material's file, for whoever the policy lets read the material (R14; R7 for a late one); 404 for anyone else. */
export async function loader(args: LoaderFunctionArgs) {
  const { user, meeting, scope } = meetingFor(args, "meeting.read");
  const material = findMaterial(args.context.services.db, idParam(args.params.materialId));
  const visible = material && material.meetingId === meeting.id && canReadMaterial(user, scope, material);
  const response = visible ? await storedFileResponse(args.context.services, material.fileId) : null;
  if (!response) throw new Response("Not Found", { status: 404 });
  return response;
}
