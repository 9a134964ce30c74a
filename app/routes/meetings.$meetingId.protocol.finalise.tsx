import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { finaliseProtocol } from "../../db/commands/protocols/finalise";
import { meetingFor, refusalResponse } from "~/web/access.server";
import { readForm } from "~/web/request.server";

/**
 * POST /meetings/:id/protocol/finalise: a secretary freezes the text (R11, R13; decision 0018) and is sent back to
 * the protocol with a notice (`finalised`, or `finalisedNoQuorum`: R9, the text records that nothing was decided).
 */
export function loader(): never {
  throw new Response("Method Not Allowed", { status: 405, headers: { allow: "POST" } });
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { user, meeting } = meetingFor({ request, context, params }, "protocol.finalise");
  await readForm(request, context); // within the body limits, like every form
  try {
    const { quorate } = finaliseProtocol(context.services, user, meeting.id);
    return redirect(`/meetings/${meeting.id}/protocol?notice=${quorate ? "finalised" : "finalisedNoQuorum"}`);
  } catch (error) {
    // Already finalised (409) or a role taken away meanwhile (403): the error page, in the user's language.
    throw refusalResponse(error);
  }
}
