import type { LoaderFunctionArgs } from "@remix-run/node";
import { calendarFeedFor } from "../../db/calendar/feed";

/** GET /calendar/<secret>.ics — the subscription a calendar app polls; no sign-in, the address is the secret. */
export async function loader({ params, context }: LoaderFunctionArgs) {
  const token = (params.token ?? "").replace(/\.ics$/, "");
  const feed = /^[a-z2-7]{32}$/.test(token) ? calendarFeedFor(context.services, token) : null;
  if (!feed) throw new Response("Not Found", { status: 404 });
  return new Response(feed, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Cache-Control": "private, max-age=300",
      "Content-Disposition": 'inline; filename="meetings.ics"',
    },
  });
}
