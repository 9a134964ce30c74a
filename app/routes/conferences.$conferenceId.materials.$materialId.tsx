import { type LoaderFunctionArgs } from "@remix-run/node";
import { storedFileResponse } from "../../db/files/send";
import { findProgrammeMaterial } from "../../db/queries/conference-programme";
import { conferenceFor } from "~/web/access.server";
import { idParam } from "~/web/request.server";

/**
 * A programme material's file (issue 12), for whoever the policy lets read it: public ones for anyone once the
 * conference is published, the others for its confirmed participants and organisers. A bare 404 for a material
 * that is not this conference's; 403 for one its reader may not have (they can see it is listed to participants).
 */
export async function loader(args: LoaderFunctionArgs) {
  const found = findProgrammeMaterial(args.context.services.db, idParam(args.params.materialId));
  if (!found || found.bodyId !== idParam(args.params.conferenceId)) throw new Response("Not Found", { status: 404 });
  conferenceFor(args, "conferenceMaterial.read", { isPublic: found.material.isPublic });
  const response = await storedFileResponse(args.context.services, found.material.fileId);
  if (!response) throw new Response("Not Found", { status: 404 });
  return response;
}
