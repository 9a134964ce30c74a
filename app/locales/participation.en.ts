import type { participationRu } from "./participation.ru";

export const participationEn: { readonly [K in keyof typeof participationRu]: string } = {
  "materialDigest.subject": "New materials ({count}): meeting No. {n}, {body}",
  "materialDigest.body":
    "{count} new {count:material|materials} {count:has|have} arrived for meeting No. {n} of «{body}» ({when}):",
  "materialDigest.acceptedLate": "submitted after the deadline, accepted by a co-chair",
  "materialDigest.deadline": "Materials are due by {deadline} (the body's time zone: {zone}).",
  "materialDigest.open": "Open the meeting's materials",
  "materialDigest.why": "One such letter covers several materials: everything that arrived since the previous one.",

  "meetingMail.answerOnPlatform":
    "A calendar invitation (.ics) is attached. Please answer the invitation on the platform: {link} — replies to this letter or from your calendar reach nobody.",
  "meetingMail.noReplies":
    "A calendar invitation (.ics) is attached. Replies to this letter or from your calendar reach nobody; everything about the meeting is on the platform: {link}",
  "ics.noReplies":
    "Replies from a calendar or by e-mail reach nobody; everything about the meeting is on the platform: {link}",
  "ics.answerOnPlatform":
    "Answer the invitation on the platform only: {link}. Replies from a calendar or by e-mail reach nobody.",

  "guestProposal.title": "Proposed experts and observers",
  "guestProposal.lead":
    "Members propose; a co-chair (or the deputy acting for them) invites, or declines with a reason (clause 3.11 of the Regulation).",
  "guestProposal.empty": "No proposals yet.",
  "guestProposal.caption": "Proposed experts and observers",
  "guestProposal.col.proposal": "Who is proposed",
  "guestProposal.col.reason": "Reason",
  "guestProposal.col.status": "Decision",
  "guestProposal.by": "proposed by {name}",
  "guestProposal.status.pending": "awaiting a co-chair's decision",
  "guestProposal.status.invited": "invited",
  "guestProposal.status.declined": "declined: {reason}",
  "guestProposal.form.title": "Propose an expert or observer",
  "guestProposal.form.lead": "Say whom to invite and why. A co-chair decides; you will see the decision here.",
  "guestProposal.form.reason": "Reason",
  "guestProposal.form.submit": "Propose",
  "guestProposal.invite": "Invite",
  "guestProposal.declineReason": "Reason for declining",
  "guestProposal.decline": "Decline",
  "guestProposal.closed": "Experts and observers can be proposed only before the meeting begins.",
  "guestProposal.decided": "This proposal has already been decided.",
  "guestProposal.duplicate": "This person has already been proposed for this meeting; no decision yet.",
  "guestProposal.notFound": "There is no such proposal.",

  "audit.guest.proposed": "Expert or observer proposed",
  "audit.guest.proposal_declined": "Proposal of an expert or observer declined",
  "audit.materials.digest_sent": "Digest of new materials sent",
};
