import type { LoaderFunctionArgs } from "@remix-run/node";
import { storedFileResponse } from "../../db/files/send";
import { opinionsOf } from "../../db/queries/meetings";
import { can } from "~/lib/policy";
import { idParam } from "~/web/request.server";
import { meetingFor } from "~/web/access.server";

/** The file attached to a written opinion, as `opinion.read` allows (R8: once read out, for every reader); 404 otherwise. */
export async function loader(args: LoaderFunctionArgs) {
  const { user, meeting, scope } = meetingFor(args, "meeting.read");
  const opinionId = idParam(args.params.opinionId);
  const opinion = opinionsOf(args.context.services.db, meeting.id).find((o) => o.id === opinionId);
  const visible = opinion && can(user, "opinion.read", { ...scope, authorId: opinion.authorId });
  const response = visible ? await storedFileResponse(args.context.services, opinion.fileId) : null;
  if (!response) throw new Response("Not Found", { status: 404 });
  return response;
}
