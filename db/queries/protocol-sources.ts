// What the generated protocol draft is written from (app/lib/protocol-draft.ts): the meeting as the platform knows it.
import type { ProtocolSources } from "../../app/lib/protocol-draft";
import type { Db } from "../client";
import type { Body } from "../schema/bodies";
import type { Meeting } from "../schema/meetings";
import { coChairAwayOn } from "../commands/meetings/acting";
import { rollAndQuorumOf } from "./meeting-rolls";
import { agendaOf, attendanceOf, guestsOf, opinionsOf } from "./meetings";

/** The sources of a meeting's protocol, read in the caller's transaction. */
export function protocolSourcesOf(db: Db, meeting: Meeting, body: Body): ProtocolSources {
  const language = body.workingLanguage;
  // R9 (3.7): a completed meeting's roll and quorum are the ones stored when it completed.
  const { roll, quorum } = rollAndQuorumOf(db, meeting, body);
  const held = meeting.status === "in_progress" || meeting.status === "completed";
  const marks = attendanceOf(db, meeting.id);
  return {
    language,
    bodyTitle: language === "en" && body.titleEn ? body.titleEn : body.titleRu,
    meetingNumber: meeting.number,
    startsAt: meeting.startsAt,
    timeZone: body.timezone,
    place: meeting.place,
    format: meeting.format,
    videoLink: meeting.videoLink,
    held,
    // R5 (3.3): before the session, a co-chair recorded away on its day is replaced by the deputy.
    coChairAwaySides: held
      ? []
      : roll
          .filter(({ seats }) => {
            const coChair = seats.find((s) => s.role === "co_chair");
            return coChair ? coChairAwayOn(db, coChair.membershipId, body.timezone, meeting.startsAt) : false;
          })
          .map(({ side }) => side.id),
    sides: roll.map(({ side, seats }) => ({
      id: side.id,
      name: side.name,
      seats: seats.map((s) => ({
        userId: s.userId,
        name: s.name,
        position: s.position,
        organisation: s.organisation,
        role: s.role,
        presence: s.presence,
      })),
    })),
    quorum,
    guests: guestsOf(db, meeting.id).map((g) => ({
      name: g.name,
      position: "",
      organisation: g.organisation,
      kind: g.kind,
      present: marks.some((m) => m.userId === g.userId),
    })),
    agenda: agendaOf(db, meeting.id)
      .filter((i) => i.status === "accepted")
      .map((i) => ({ id: i.id, title: i.title, speakers: i.speakers })),
    opinions: opinionsOf(db, meeting.id).map((o) => ({
      authorName: o.authorName,
      sideName: o.sideName,
      text: o.text,
      itemIds: o.itemIds,
      readOut: o.readOutAt !== null,
    })),
  };
}
