import type { LoaderFunctionArgs } from "@remix-run/node";
import { registrationsOf } from "../../db/queries/conference-registrations";
import { registrationStatuses, type RegistrationStatus } from "~/lib/conference-kinds";
import { participantsCsv, statisticsCsv } from "~/lib/conference-registration/csv";
import { registrationStatistics } from "~/lib/conference-registration/statistics";
import { conferenceFor } from "~/web/access.server";
import { localeOf, translatorFor } from "~/web/request.server";

/**
 * Issue 12: the participants list (`?status=` as on the page) or its statistics (`?of=statistics`) as a CSV file for
 * Excel. Personal data: never cached on the way.
 */
export async function loader(args: LoaderFunctionArgs) {
  const { request, context } = args;
  const { body } = conferenceFor(args, "participants.read");
  const params = new URL(request.url).searchParams;
  const locale = localeOf(request, context);
  const t = translatorFor(request, context);
  const status = params.get("status");
  const filter = (registrationStatuses as readonly string[]).includes(status ?? "")
    ? (status as RegistrationStatus)
    : null;
  const all = registrationsOf(context.services.db, body.id, { status: filter });
  const statistics = params.get("of") === "statistics";
  const text = statistics
    ? statisticsCsv(registrationStatistics(all), t, locale)
    : participantsCsv(all, t, locale, body.timezone);
  const name = `conference-${body.id}-${statistics ? "statistics" : "participants"}.csv`;
  return new Response(text, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
