import type { meetingsLiveRu } from "./meetings-live.ru";

export const meetingsLiveEn: { readonly [K in keyof typeof meetingsLiveRu]: string } = {
  "meetingsLive.title": "Meeting in progress",

  "meetingsLive.stage.draft":
    "The meeting has not been convened yet. Its proceedings will appear here once it is convened and opened.",
  "meetingsLive.stage.convened":
    "The meeting is convened but not yet opened. Secretaries may already register who is present.",
  "meetingsLive.stage.in_progress": "The meeting has been in progress since {when}.",
  "meetingsLive.stage.completed": "The meeting was completed on {when}. Below are the final attendance and quorum.",
  "meetingsLive.stage.cancelled": "The meeting has been cancelled.",

  "meetingsLive.current.title": "Current agenda item",
  "meetingsLive.current.position": "Item {n} of {total}",
  "meetingsLive.current.none": "The chair has not chosen an item yet.",
  "meetingsLive.current.notStarted": "Agenda items are taken once the meeting is opened.",
  "meetingsLive.current.over": "The meeting is over: no more items are taken.",
  "meetingsLive.current.noAgenda": "The agenda has no accepted items yet.",
  "meetingsLive.current.speakers": "Speakers: {speakers}",
  "meetingsLive.current.duration": "Time allowed: {n} min",

  "meetingsLive.preside.title": "Chairing the meeting",
  "meetingsLive.preside.startLead":
    "Open the meeting once the participants have gathered. The first agenda item becomes the current one.",
  "meetingsLive.preside.startNotQuorate":
    "There is no quorum right now. The meeting may be opened, but decisions without a quorum are not valid.",
  "meetingsLive.preside.start": "Open the meeting",
  "meetingsLive.preside.item": "Agenda item",
  "meetingsLive.preside.noItem": "— no item chosen —",
  "meetingsLive.preside.choose": "Go to this item",
  "meetingsLive.preside.next": "Next item: {title}",
  "meetingsLive.preside.lastItem": "This is the last item of the agenda.",
  "meetingsLive.preside.complete": "Complete the meeting",
  "meetingsLive.preside.completeConfirm":
    "Complete the meeting? Afterwards attendance can no longer be registered and the current item can no longer change.",
  "meetingsLive.preside.completeYes": "Yes, complete the meeting",
  "meetingsLive.preside.completeNo": "Do not complete",
  "meetingsLive.preside.busy": "Saving…",

  "meetingsLive.quorum.title": "Quorum",
  "meetingsLive.quorum.yes": "Quorate: the meeting may decide",
  "meetingsLive.quorum.no": "Not quorate: the meeting may not decide",
  "meetingsLive.quorum.why": "Why:",
  "meetingsLive.quorum.sideShort":
    "side “{side}” is {n} {n:person|people} short: {present} of {members} present, at least {needed} needed.",
  "meetingsLive.quorum.sideEmpty": "side “{side}” has nobody seated, and no joint decision is possible without it.",
  "meetingsLive.quorum.overallShort":
    "{n} {n:person|people} short: {present} of {members} members present, at least {needed} needed.",
  "meetingsLive.quorum.rule.each_side_half": "Rule: at least half of the members of each side are present.",
  "meetingsLive.quorum.rule.overall_majority": "Rule: a majority of the body's members are present.",
  "meetingsLive.quorum.rule.overall_percent": "Rule: at least {percent}% of the body's members are present.",
  "meetingsLive.quorum.ruleNote": "Taking part by videoconference counts. Experts and observers do not count.",
  "meetingsLive.quorum.presentOf": "{present} of {members}",
  "meetingsLive.quorum.presentLabel": "present",
  "meetingsLive.quorum.needed": "at least {needed} needed",
  "meetingsLive.quorum.sideMeets": "side is quorate",
  "meetingsLive.quorum.sideMissing": "{n} short",
  "meetingsLive.quorum.bar": "{side}: {present} of {members} present, threshold {needed}",
  "meetingsLive.quorum.overall": "In all, {present} of {members} members present",
  "meetingsLive.quorum.overallNeeded": "In all, {present} of {members} members present, at least {needed} needed",
  "meetingsLive.quorum.guests": "Experts and observers also present: {n}. They do not count towards the quorum.",

  "meetingsLive.chair.title": "Who chairs for each side",
  "meetingsLive.chair.coChair": "{name}, co-chair, is present.",
  "meetingsLive.chair.deputy":
    "Co-chair {coChair} is absent. Deputy co-chair {name} acts as co-chair for this meeting.",
  "meetingsLive.chair.deputyVacant":
    "The co-chair's seat is vacant. Deputy co-chair {name} acts as co-chair for this meeting.",
  "meetingsLive.chair.nobody": "Neither the co-chair nor the deputy has been registered present yet.",

  "meetingsLive.roll.title": "Attendance",
  "meetingsLive.roll.lead":
    "Mark each person with one click: in person, by video, or not present. Taking part by video counts towards the quorum.",
  "meetingsLive.roll.side": "{side}: {present} of {members} present",
  "meetingsLive.roll.empty": "Nobody is seated on this side.",
  "meetingsLive.roll.rsvp": "Answer to the invitation: {answer}",
  "meetingsLive.presence.in_person": "present in person",
  "meetingsLive.presence.video": "present by video",
  "meetingsLive.presence.none": "not marked",
  "meetingsLive.mark.in_person": "In person",
  "meetingsLive.mark.video": "By video",
  "meetingsLive.mark.none": "Not present",
  "meetingsLive.rsvp.in_person": "will attend in person",
  "meetingsLive.rsvp.video": "will attend by video",
  "meetingsLive.rsvp.absent": "cannot attend",
  "meetingsLive.rsvp.none": "no answer",

  "meetingsLive.guests.title": "Experts and observers",
  "meetingsLive.guests.lead": "Invited by a co-chair. They have no vote and do not count towards the quorum.",
  "meetingsLive.guests.empty": "No experts or observers are invited to this meeting.",
  "meetingsLive.guest.expert": "expert",
  "meetingsLive.guest.observer": "observer",

  "meetingsLive.opinions.title": "Written opinions on this item",
  "meetingsLive.opinions.empty": "There are no written opinions on this item.",
  "meetingsLive.opinions.attended": "Submitted by a member who then attended",
  "meetingsLive.opinions.readOut": "Mark as read out",
  "meetingsLive.opinions.readAt": "Read out on {when}",
  "meetingsLive.opinions.readAtBy": "Read out on {when}, marked by {name}",
  "meetingsLive.opinions.notRead": "Not read out yet",

  "meetingsLive.materials.title": "Materials for this item",
  "meetingsLive.materials.empty": "There are no materials for this item.",
  "meetingsLive.materials.by": "Submitted by {name}",
  "meetingsLive.materials.lateHidden":
    "submitted after the deadline, not yet accepted: seen only by its author and the co-chairs",
  "meetingsLive.materials.lateAccepted": "submitted after the deadline, accepted by a co-chair",
  "meetingsLive.materials.file": "File: {name}, {size}",
  "meetingsLive.size.kb": "{n} KB",
  "meetingsLive.size.mb": "{n} MB",

  "meetingsLive.error.forbidden":
    "You may not do this. Secretaries and the chairs register attendance and mark opinions read out; co-chairs and their deputies chair the meeting.",
  "meetingsLive.error.noSuchItem": "There is no such item on the accepted agenda. Please reload the page.",
  "meetingsLive.error.noSuchOpinion": "There is no such written opinion. Please reload the page.",
  "meetingsLive.error.noNext": "This is the last agenda item: there is no next one.",
  "meetingsLive.error.invalid": "The request was not understood. Please reload the page and try again.",
  "meetingsLive.opinions.file": "The file attached to the opinion",
};
