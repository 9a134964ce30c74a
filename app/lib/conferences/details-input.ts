// A conference's details as its organisers enter them (issue 12): a theme, a day and its hours in the conference's
// timezone (its body's), a venue and/or a video link. Pure: the command turns the hours into instants.
import { z } from "zod";
import { dateField, lineField, optionalLine } from "../forms";
import { zonedDateTimeToInstant, type LocalDate } from "../zoned-time";

const msg = (message: string) => ({ message });
export const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, msg("conference.timeInvalid"));

/** A link people join by: https only (a plain http link would carry a meeting's password in the clear). */
export const videoLinkField = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? null : v),
  lineField("url")
    .pipe(
      z
        .string()
        .url(msg("conference.linkInvalid"))
        .refine((u) => /^https:\/\//i.test(u), msg("conference.linkInvalid")),
    )
    .nullable(),
);

export const conferenceDetailsSchema = z
  .object({
    theme: lineField("title", { required: true }),
    heldOn: dateField("conference.dateInvalid"),
    startTime: timeOfDay,
    endTime: timeOfDay,
    venue: optionalLine("title"),
    videoLink: videoLinkField,
  })
  .superRefine((c, ctx) => {
    if (c.endTime <= c.startTime)
      ctx.addIssue({ code: "custom", path: ["endTime"], message: "conference.endsBeforeStart" });
    // Issue 12: a venue and/or a video link — people must know where to come, or how to join.
    if (!c.venue && !c.videoLink)
      ctx.addIssue({ code: "custom", path: ["venue"], message: "conference.placeRequired" });
  });
export type ConferenceDetailsInput = z.output<typeof conferenceDetailsSchema>;

/** The form's fields, under their names, for the body-creation form and the organisers' page alike. */
export const conferenceDetailFields = ["theme", "heldOn", "startTime", "endTime", "venue", "videoLink"] as const;

export interface ConferenceDetails {
  theme: string;
  startsAt: Date;
  endsAt: Date;
  venue: string;
  videoLink: string | null;
}

/** The hours entered, read in the conference's timezone. */
export function conferenceDetailsIn(input: ConferenceDetailsInput, timeZone: string): ConferenceDetails {
  return {
    theme: input.theme,
    startsAt: zonedDateTimeToInstant(input.heldOn as LocalDate, input.startTime, timeZone),
    endsAt: zonedDateTimeToInstant(input.heldOn as LocalDate, input.endTime, timeZone),
    venue: input.venue,
    videoLink: input.videoLink,
  };
}
