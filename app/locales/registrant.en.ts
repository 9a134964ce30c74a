// A registrant's own page: change, withdraw, erasure of personal data; speakers edited in place (decision 0027).
// Part of en.ts.
import type { registrantRu } from "./registrant.ru";

export const registrantEn: Record<keyof typeof registrantRu, string> = {
  "registration.status.withdrawn": "Withdrawn",
  "audit.registration.corrected": "A participant corrected their registration",
  "audit.registration.withdrawn": "A participant withdrew their registration and consent; personal data erased",
  "audit.registration.personal_data_erased": "Retention period over: participants' personal data erased",
  "audit.registration.retention_set": "Retention period of participants' personal data changed",
  "audit.programme.speaker_updated": "Moderator or speaker changed",
  "programme.speaker.edit": "Edit",
  "programme.speaker.save": "Save",

  "registrant.title": "My registration",
  "registrant.state": "State of the registration",
  "registrant.state.pending":
    "Your registration awaits the organisers' decision. You will get a letter when they confirm it.",
  "registrant.state.confirmed": "Your participation is confirmed.",
  "registrant.state.declined": "The organisers declined your registration.",
  "registrant.registeredAt": "Registered on {when}.",
  "registrant.checkedIn": "Checked in at the door on {when}.",
  "registrant.details": "Your details",
  "registrant.emailFixed":
    "The address cannot be changed: it is how your registration is recognised and where the organisers write. For another address, withdraw this registration and register again.",
  "registrant.correct": "Correct your details",
  "registrant.correct.submit": "Save the corrections",
  "registrant.corrected": "Your corrections are saved.",
  "registrant.unchanged": "Nothing changed.",
  "registrant.withdraw": "Withdraw the registration",
  "registrant.withdraw.body":
    "Your registration will be withdrawn together with your consent to the processing of personal data. Your name, address, position and organisation are erased at once; only anonymous facts remain for the statistics (country and kind of organisation). This cannot be undone.",
  "registrant.withdraw.submit": "Withdraw the registration and consent",
  "registrant.withdrawn.title": "Registration withdrawn",
  "registrant.withdrawn.body":
    "Your personal data has been erased and unsent letters cancelled. If you wish to take part after all, register again.",
  "registrant.link.title": "Your personal link",
  "registrant.link.body":
    "Keep it: it opens your registration, to correct your details or withdraw, from another device too. When your registration is confirmed, the letter brings a new participant's link and this one stops working.",
  "registrant.link.open": "Open my registration",
  "registrant.retention":
    "Personal data is kept until {date} ({days} days after the conference ends), then erased automatically. You may withdraw your consent at any time on your registration's page.",
  "registrant.retention.over": "The retention period ended on {date}: the personal data has been erased.",
  "registrant.erased": "Data erased",
  "registrant.error.notCorrectable": "This registration can no longer be corrected.",
  "registrant.error.erased": "This registration's personal data has been erased: no decision can be taken on it.",
  "registrant.error.alreadyWithdrawn": "This registration has already been withdrawn.",
  "registrant.retention.title": "Participants' personal data",
  "registrant.retention.days": "Retention period, days after the conference ends",
  "registrant.retention.hint":
    "From 0 to 365. When it is over, participants' names, addresses, positions and organisations are erased; the statistics by country and kind of organisation remain.",
  "registrant.retention.invalid": "Enter a whole number of days from 0 to 365.",
  "registrant.retention.saved": "Retention period saved.",
  "registrant.retention.erasedOn": "The data will be erased on {date}.",
};
