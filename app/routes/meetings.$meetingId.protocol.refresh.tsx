import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { regenerateProtocol } from "../../db/commands/protocols/regenerate";
import { meetingFor, refusalResponse } from "~/web/access.server";
import { readForm } from "~/web/request.server";

/**
 * POST /meetings/:id/protocol/refresh: a secretary refreshes the generated parts (decision 0016) and is sent back
 * to the protocol with a notice (`?notice=regenerated` or `upToDate`, the keys `protocolDraft.notice.*`).
 * No page of its own.
 */
/** A GET (a link followed, a reload after the redirect went astray) is told to POST. */
export function loader(): never {
  throw new Response("Method Not Allowed", { status: 405, headers: { allow: "POST" } });
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { user, meeting } = meetingFor({ request, context, params }, "protocol.regenerate");
  await readForm(request, context); // within the body limits, like every form
  let outcome;
  try {
    outcome = regenerateProtocol(context.services, user, meeting.id);
  } catch (error) {
    // A finalised protocol (409) or a role taken away meanwhile (403): the error page, in the user's language.
    throw refusalResponse(error);
  }
  return redirect(`/meetings/${meeting.id}/protocol?notice=${outcome}`);
}
