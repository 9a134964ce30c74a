// The programme of a conference (issue 12): its sessions, panels and breaks, their moderators and speakers. Pure
// rules; the commands in db/commands/conferences/ apply them inside their transactions.
import { z } from "zod";
import { countryCodes } from "../countries";
import { checkbox, lineField, optionalLine, textField } from "../forms";
import type { MessageKey } from "../i18n-core";
import { programmeItemKinds, speakerRoles, type ProgrammeItemKind } from "../conference-kinds";
import { timeOfDay } from "./details-input";

const msg = (message: string) => ({ message });

export const programmeItemSchema = z
  .object({
    kind: z.enum(programmeItemKinds, { errorMap: () => msg("field.invalid") }),
    title: lineField("title", { required: true }),
    description: textField("shortText").default(""),
    startTime: timeOfDay,
    endTime: timeOfDay,
    room: optionalLine("title"),
  })
  .superRefine((item, ctx) => {
    if (item.endTime <= item.startTime)
      ctx.addIssue({ code: "custom", path: ["endTime"], message: "conference.endsBeforeStart" });
  });
export type ProgrammeItemInput = z.output<typeof programmeItemSchema>;

export const speakerSchema = z.object({
  role: z.enum(speakerRoles, { errorMap: () => msg("field.invalid") }),
  name: lineField("name", { required: true }),
  organisation: optionalLine("name"),
  country: z.preprocess(
    (v) => (v === "" || v === undefined ? null : v),
    z.enum(countryCodes, { errorMap: () => msg("field.invalid") }).nullable(),
  ),
  topic: optionalLine("title"),
});
export type SpeakerInput = z.output<typeof speakerSchema>;

export const materialSchema = z.object({
  title: optionalLine("title"),
  isPublic: checkbox,
});

/** An item's hours as instants; `room` "" is the main hall. */
export interface Slot {
  id?: number;
  startsAt: Date;
  endsAt: Date;
  room: string;
}

const overlap = (a: Slot, b: Slot) => a.startsAt < b.endsAt && b.startsAt < a.endsAt;
const sameRoom = (a: Slot, b: Slot) => a.room.trim().toLowerCase() === b.room.trim().toLowerCase();

/**
 * Why this item cannot take that place in the programme, or null. An item lies within the conference's hours (the
 * public page promises them), and two items never share a room at the same time — parallel sessions are in
 * different rooms; an item with no room is in the main hall.
 */
export function slotProblem(
  item: Slot,
  conference: { startsAt: Date; endsAt: Date },
  others: Slot[],
): MessageKey | null {
  if (item.endsAt <= item.startsAt) return "conference.endsBeforeStart";
  if (item.startsAt < conference.startsAt || item.endsAt > conference.endsAt) return "programme.outsideConference";
  if (others.some((o) => o.id !== item.id && sameRoom(o, item) && overlap(o, item))) return "programme.roomTaken";
  return null;
}

/** Nobody speaks in a break; a session or a panel has moderators and speakers. */
export function speakerProblem(kind: ProgrammeItemKind): MessageKey | null {
  return kind === "break" ? "programme.noSpeakersInBreak" : null;
}

/** A new item's place: after every item that starts no later than it (ties keep the order they were added in). */
export function positionFor(item: { startsAt: Date }, items: { startsAt: Date; position: number }[]): number {
  const before = items.filter((i) => i.startsAt <= item.startsAt);
  return before.length === 0 ? 1 : Math.max(...before.map((i) => i.position)) + 1;
}

/**
 * The order after moving one item up or down by one place; null when it is already first (up) or last (down), or
 * not in the list — then nothing changes.
 */
export function moved<T>(ids: readonly T[], id: T, direction: "up" | "down"): T[] | null {
  const at = ids.indexOf(id);
  const to = direction === "up" ? at - 1 : at + 1;
  if (at < 0 || to < 0 || to >= ids.length) return null;
  const order = [...ids];
  [order[at], order[to]] = [order[to]!, order[at]!];
  return order;
}
