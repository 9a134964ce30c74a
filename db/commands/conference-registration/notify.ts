// The registrant's letters, queued inside the deciding transaction (they go only if the decision commits), each
// linked to its registration so that a withdrawal cancels or erases them (decision 0027).
import type { Services } from "../../../app/context";
import { bodyTitle } from "../../../app/lib/body-rules";
import { confirmationMail, declineMail } from "../../../app/lib/conference-registration/mail";
import { icsMessage, type IcsEvent } from "../../../app/lib/ics";
import type { Db } from "../../client";
import { mailbox } from "../../calendar/event";
import { enqueueMail } from "../../outbox";
import { registrationLetters, type Body, type Conference, type Registration } from "../../schema";

export const conferencePageLink = (services: Services, bodyId: number) =>
  new URL(`/conferences/${bodyId}`, services.config.appUrl).toString();

export const personalLink = (services: Services, bodyId: number, token: string) =>
  new URL(`/conferences/${bodyId}/participant/${token}`, services.config.appUrl).toString();

/** The conference as one calendar event: one UID for its whole life, so a later update replaces it. */
function conferenceEvent(
  services: Services,
  ctx: { body: Body; conference: Conference },
  registration: Registration,
  now: Date,
): IcsEvent {
  const link = conferencePageLink(services, ctx.body.id);
  return {
    uid: `conference-${ctx.body.id}@${new URL(services.config.appUrl).hostname}`,
    sequence: 0,
    start: ctx.conference.startsAt,
    end: ctx.conference.endsAt,
    summary: bodyTitle(ctx.body, registration.locale),
    description: [ctx.conference.theme, link].filter(Boolean).join("\n\n"),
    location: [ctx.conference.venue, ctx.conference.videoLink].filter(Boolean).join(" · "),
    url: link,
    organizer: mailbox(services.config.mailFrom),
    attendees: [{ name: registration.name, email: registration.email }],
    status: "CONFIRMED",
    stamp: now,
  };
}

const mailInput = (services: Services, ctx: { body: Body; conference: Conference }, registration: Registration) => ({
  locale: registration.locale,
  name: registration.name,
  body: ctx.body,
  conference: ctx.conference,
  pageLink: conferencePageLink(services, ctx.body.id),
});

export function queueConfirmation(
  services: Services,
  tx: Db,
  ctx: { body: Body; conference: Conference },
  registration: Registration,
  token: string,
  now: Date,
): void {
  const mail = confirmationMail({
    ...mailInput(services, ctx, registration),
    personalLink: personalLink(services, ctx.body.id, token),
  });
  const ics = icsMessage("REQUEST", conferenceEvent(services, ctx, registration, now));
  const outboxId = enqueueMail(
    tx,
    {
      to: registration.email,
      ...mail,
      attachments: [
        { filename: "conference.ics", contentType: "text/calendar; charset=utf-8; method=REQUEST", content: ics },
      ],
    },
    now,
  );
  tx.insert(registrationLetters).values({ registrationId: registration.id, outboxId }).run();
}

export function queueDecline(
  services: Services,
  tx: Db,
  ctx: { body: Body; conference: Conference },
  registration: Registration,
  reason: string,
  now: Date,
): void {
  const outboxId = enqueueMail(
    tx,
    { to: registration.email, ...declineMail({ ...mailInput(services, ctx, registration), reason }) },
    now,
  );
  tx.insert(registrationLetters).values({ registrationId: registration.id, outboxId }).run();
}
