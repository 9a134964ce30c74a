import { type AppLoadContext } from "@remix-run/node";
import { parseBodyForm, type ParsedBody } from "../lib/body-input";
import { conferenceDetailsIn, conferenceDetailsSchema, type ConferenceDetails } from "../lib/conferences/details-input";
import { parseForm } from "../lib/forms";
import { type Translate } from "../lib/i18n";
import { readAnyForm, uploadedFile } from "./uploads.server";

export type BodyFormResult =
  | {
      ok: true;
      parsed: Extract<ParsedBody, { ok: true }>;
      regulation: { name: string; bytes: Uint8Array } | null;
      /** A conference's details (issue 12); null for every other kind of body. */
      conference: ConferenceDetails | null;
      values: Record<string, string>;
    }
  | { ok: false; fieldErrors: Record<string, string>; values: Record<string, string>; tooLarge?: boolean };

/**
 * Reads the body form (multipart, for the regulation file) and translates its errors. On creation a conference's
 * details come with it (`withConference`); afterwards its organisers edit them on their own page.
 */
export async function readBodyForm(
  request: Request,
  context: AppLoadContext,
  t: Translate,
  { withConference = false } = {},
): Promise<BodyFormResult> {
  const read = await readAnyForm(request, context);
  if (read.tooLarge) return { ok: false, fieldErrors: { regulation: t("file.tooLarge") }, values: {}, tooLarge: true };
  const form = read.form;
  const values = Object.fromEntries(
    [...form.entries()].filter(([, v]) => typeof v === "string").map(([k, v]) => [k, String(v)]),
  );
  const parsed = parseBodyForm(form);
  // A conference's details are asked for with the body, and checked with the rest of the form.
  const conference = withConference && values.kind === "conference" ? parseForm(conferenceDetailsSchema, form) : null;
  const fieldErrors = {
    ...(parsed.ok ? {} : parsed.fieldErrors),
    ...(conference && !conference.ok ? conference.fieldErrors : {}),
  };
  if (!parsed.ok || (conference && !conference.ok))
    return {
      ok: false,
      fieldErrors: Object.fromEntries(
        Object.entries(fieldErrors).map(([k, v]) => [k, t(v as Parameters<Translate>[0])]),
      ),
      values,
    };
  return {
    ok: true,
    parsed,
    conference: conference?.ok ? conferenceDetailsIn(conference.data, parsed.settings.timezone) : null,
    regulation: await uploadedFile(form, "regulation"),
    values,
  };
}
