// The generated protocol draft, its refresh and its named versions. Part of en.ts.
// `protocolDraft.doc.*` are the words of the document itself, in the body's working language (not the reader's).
import type { protocolDraftRu } from "./protocol-draft.ru";

export const protocolDraftEn: Record<keyof typeof protocolDraftRu, string> = {
  "audit.protocol.drafted": "Protocol draft generated",
  "audit.protocol.regenerated": "Generated parts of the protocol refreshed",
  "audit.protocol.version_saved": "Protocol version saved",
  "protocolDraft.refresh": "Refresh the generated parts",
  "protocolDraft.refreshHint":
    "The heading, presiding, attendance, quorum, agenda and annex are written again from the meeting; the typed text stays exactly as it is.",
  "protocolDraft.notice.regenerated": "The generated parts of the protocol are refreshed; the typed text is kept.",
  "protocolDraft.notice.upToDate": "The generated parts already match the meeting.",

  "protocolDraft.doc.title": "MINUTES No. {n}",
  "protocolDraft.doc.of": "of the meeting of the",
  "protocolDraft.doc.when": "Date and time: {date}, {time} ({zone})",
  "protocolDraft.doc.place": "Place: {place}",
  "protocolDraft.doc.format.in_person": "Format: in person",
  "protocolDraft.doc.format.video": "Format: by videoconference",
  "protocolDraft.doc.format.hybrid": "Format: in person and by videoconference",
  "protocolDraft.doc.video": "Videoconference: {link}",
  "protocolDraft.doc.presiding": "Presiding:",
  "protocolDraft.doc.presiding.co_chair": "{side}: {name}, Co-Chair",
  "protocolDraft.doc.presiding.deputy": "{side}: {name}, Deputy Co-Chair, acting for the Co-Chair in their absence",
  "protocolDraft.doc.presiding.nobody": "{side}: nobody presiding",
  "protocolDraft.doc.attendance": "Present:",
  "protocolDraft.doc.attendance.side": "{side} ({present} of {members})",
  "protocolDraft.doc.attendance.in_person": "in person:",
  "protocolDraft.doc.attendance.video": "by videoconference:",
  "protocolDraft.doc.attendance.absent": "absent:",
  "protocolDraft.doc.attendance.notYet":
    "Attendance is registered at the meeting; this part is refreshed once it opens.",
  "protocolDraft.doc.person": "{name}, {position}",
  "protocolDraft.doc.guests": "Invited experts and observers (no vote, not counted for the quorum):",
  "protocolDraft.doc.guest.expert": "{name}, expert",
  "protocolDraft.doc.guest.observer": "{name}, observer",
  "protocolDraft.doc.guest.absent": "{person} (not present)",
  "protocolDraft.doc.quorum.quorate": "There is a quorum. The meeting may take decisions.",
  "protocolDraft.doc.quorum.notQuorate": "There is no quorum. The meeting may not take decisions.",
  "protocolDraft.doc.quorum.side":
    "{side}: {present} of {members} {members:member|members} present (at least {needed} needed).",
  "protocolDraft.doc.quorum.overall":
    "In all, {present} of {members} {members:member|members} present (at least {needed} needed).",
  "protocolDraft.doc.quorum.notYet": "Whether the meeting is quorate is established when it opens.",
  "protocolDraft.doc.agenda": "AGENDA:",
  "protocolDraft.doc.agenda.empty": "No agenda has been approved.",
  "protocolDraft.doc.agenda.speakers": "{title} (speakers: {speakers})",
  "protocolDraft.doc.item": "{n}. {title}",
  "protocolDraft.doc.item.opinion": "Written opinion read out: {author} ({side}); annex, item {k}.",
  "protocolDraft.doc.heard": "HEARD:",
  "protocolDraft.doc.spoke": "SPOKE:",
  "protocolDraft.doc.decided": "DECIDED:",
  "protocolDraft.doc.annex": "Annex to the minutes No. {n}",
  "protocolDraft.doc.annex.intro":
    "Written opinions of members absent from the meeting, read out at the meeting and attached to the minutes.",
  "protocolDraft.doc.annex.opinion": "{k}. {author} ({side})",
  "protocolDraft.doc.annex.items": "On agenda items: {items}",
  "protocolDraft.doc.noSide": "side not given",
};
