import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { personalLinkStatus } from "../../db/queries/conference-registrations";
import { participantCookie } from "~/web/participant-link.server";
import { idParam } from "~/web/request.server";

/**
 * A participant's personal link from their confirmation letter (issue 12): the browser keeps the token for this
 * conference's pages, and the reader lands on the public page (a pending registrant, with the link from the thank-you
 * page, on their own page). A link that names nothing (mistyped, or replaced by
 * a newer confirmation) is a page that does not exist, and sets nothing.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const conferenceId = idParam(params.conferenceId);
  const token = params.token ?? "";
  const status = personalLinkStatus(context.services.db, conferenceId, token);
  if (!status) throw new Response("Not Found", { status: 404 });
  // A pending registrant has nothing on the public page yet that is theirs: they land on their own page.
  return redirect(
    status === "confirmed" ? `/conferences/${conferenceId}` : `/conferences/${conferenceId}/my-registration`,
    {
      headers: {
        "Set-Cookie": participantCookie(conferenceId, token, context.services.config.secureCookies),
        // The token is in this URL: never let it travel to another site in a Referer.
        "Referrer-Policy": "no-referrer",
      },
    },
  );
}
