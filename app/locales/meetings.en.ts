import type { meetingsRu } from "./meetings.ru";

export const meetingsEn: { readonly [K in keyof typeof meetingsRu]: string } = {
  "meeting.format.in_person": "in person",
  "meeting.format.video": "by videoconference",
  "meeting.format.hybrid": "hybrid",
  "meetingMail.when": "When: {when}",
  "meetingMail.bodyTime": "in the body's time: {when}",
  "meetingMail.video": "Join link: {link}",
  "meetingMail.agenda": "Agenda:",
  "meetingMail.agendaLater": "The agenda will follow.",
  "meetingMail.open": "Open the meeting's page",
  "meetingMail.calendar": "A calendar invitation (.ics) is attached.",
  "meetingMail.convened.subject": "Meeting No. {n}: {body}",
  "meetingMail.convened.body": "Meeting No. {n} of \"{body}\" is convened.",
  "meetingMail.updated.subject": "Changed: meeting No. {n}, {body}",
  "meetingMail.updated.body": "The details of meeting No. {n} of \"{body}\" have changed. As they now stand:",
  "meetingMail.cancelled.subject": "Cancelled: meeting No. {n}, {body}",
  "meetingMail.cancelled.body": "Meeting No. {n} of \"{body}\" is cancelled.",
  "meetingMail.guest.subject": "Invitation to meeting No. {n}: {body}",
  "meetingMail.guest.body": "A co-chair invites you to meeting No. {n} of \"{body}\" as an expert or observer.",
};
