import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { reopenProtocol } from "../../db/commands/protocols/reopen";
import { meetingFor, refusalResponse } from "~/web/access.server";
import { readForm } from "~/web/request.server";

/**
 * POST /meetings/:id/protocol/reopen: a secretary opens the draft again (R13; decision 0018): a plain reopening
 * before the first signature, a correction after one (the signed text stays; the next one is signed again).
 */
export function loader(): never {
  throw new Response("Method Not Allowed", { status: 405, headers: { allow: "POST" } });
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { user, meeting } = meetingFor({ request, context, params }, "protocol.reopen");
  await readForm(request, context);
  try {
    const { correction } = reopenProtocol(context.services, user, meeting.id);
    return redirect(`/meetings/${meeting.id}/protocol?notice=${correction ? "correctionStarted" : "reopened"}`);
  } catch (error) {
    throw refusalResponse(error);
  }
}
