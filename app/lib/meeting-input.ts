import { z } from "zod";
import { meetingFormats, needsVideoLink } from "./meeting-states";
import { isLocalDate } from "./zoned-time";
import { dateField, lineField, optionalLine } from "~/lib/forms";

const msg = (message: string) => ({ message });

/** The details of a meeting as a co-chair enters them: a date and a time in the body's timezone. */
export const meetingDetailsSchema = z
  .object({
    startsOn: dateField("meeting.dateInvalid"),
    startsAtTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, msg("meeting.timeInvalid")),
    durationMinutes: z.coerce
      .number({ invalid_type_error: "meeting.durationRange" })
      .int(msg("meeting.durationRange"))
      .min(15, msg("meeting.durationRange"))
      .max(720, msg("meeting.durationRange")),
    place: optionalLine("title"),
    format: z.enum(meetingFormats, { errorMap: () => msg("field.invalid") }),
    videoLink: z.preprocess(
      (v) => (typeof v === "string" && v.trim() === "" ? null : v),
      lineField("url")
        .pipe(
          z
            .string()
            .url(msg("meeting.linkInvalid"))
            .refine((u) => /^https:\/\//i.test(u), msg("meeting.linkInvalid")),
        )
        .nullable(),
    ),
  })
  .superRefine((m, ctx) => {
    if (needsVideoLink(m.format) && !m.videoLink)
      ctx.addIssue({ code: "custom", path: ["videoLink"], message: "meeting.linkRequired" });
    if (m.format !== "video" && !m.place)
      ctx.addIssue({ code: "custom", path: ["place"], message: "meeting.placeRequired" });
  });
export type MeetingDetailsInput = z.output<typeof meetingDetailsSchema>;
