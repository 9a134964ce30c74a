// The registrant's own page's view of their registration (decision 0027): what they typed, its state, and when their
// data is erased — never anything the organisers wrote (the decline reason went in the letter).
import type { AppLoadContext } from "@remix-run/node";
import { loadOwnRegistration } from "../../db/commands/conference-registration/own";
import { bodyTitle } from "~/lib/body-rules";
import { mayCorrect, personalDataErasedAt } from "~/lib/conference-registration/personal-data";
import { formatDate, formatDateTime } from "~/lib/format";
import { refusalResponse } from "~/web/access.server";
import { participantTokenOf } from "~/web/participant-link.server";
import { idParam, localeOf } from "~/web/request.server";

export const visitorOf = (request: Request, context: AppLoadContext, conferenceId: number) => ({
  actor: context.user ?? null,
  participantToken: participantTokenOf(request, conferenceId),
});

export function ownRegistrationPage(request: Request, context: AppLoadContext, conferenceIdParam: string | undefined) {
  const conferenceId = idParam(conferenceIdParam);
  const locale = localeOf(request, context);
  let own;
  try {
    own = loadOwnRegistration(context.services.db, visitorOf(request, context, conferenceId), conferenceId);
  } catch (error) {
    throw refusalResponse(error);
  }
  const { body, conference, registration: r } = own;
  const zone = body.timezone;
  return {
    conferenceId,
    title: bodyTitle(body, locale),
    registration: {
      name: r.name,
      email: r.email,
      organisation: r.organisation,
      organisationKind: r.organisationKind,
      country: r.country,
      position: r.position,
      status: r.status,
      registeredAt: formatDateTime(r.createdAt, locale, zone),
      checkedInAt: r.checkedInAt ? formatDateTime(r.checkedInAt, locale, zone) : null,
    },
    mayCorrect: mayCorrect(r),
    retention: {
      date: formatDate(personalDataErasedAt(conference), locale, zone),
      days: conference.personalDataRetentionDays,
    },
  };
}
