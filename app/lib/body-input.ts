import { z } from "zod";
import { countryCodes } from "./countries";
import { isTimeZone } from "./format";
import { optionalIdField } from "./forms";
import { bodyKinds, quorumRules, signatoryRules } from "./quorum-rule-kinds";
import { MAX_SIDES, workingLanguages } from "./body-rules";
import { lineField, nameField, textField } from "../../app/lib/forms";

const msg = (message: string) => ({ message });
const timezone = z.string().max(64, msg("field.invalid")).refine(isTimeZone, msg("field.invalid"));
const optionalCountry = z.preprocess(
  (v) => (v === "" ? null : v),
  z.enum(countryCodes, { errorMap: () => msg("field.invalid") }).nullable(),
);

export const sideSchema = z.object({
  id: optionalIdField,
  name: nameField,
  country: optionalCountry,
  organisationId: optionalIdField,
  workingLanguage: z.enum(workingLanguages, { errorMap: () => msg("field.invalid") }),
  timezone,
});
export type SideInput = z.output<typeof sideSchema>;

export const bodySettingsSchema = z
  .object({
    kind: z.enum(bodyKinds, { errorMap: () => msg("field.invalid") }),
    titleRu: lineField("title", { required: true }),
    titleEn: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? null : v), lineField("title").nullable()),
    description: textField("shortText").default(""),
    timezone,
    quorumRule: z.enum(quorumRules, { errorMap: () => msg("field.invalid") }),
    quorumPercent: z.preprocess(
      (v) => (v === "" || v == null ? null : v),
      z.coerce
        .number()
        .int(msg("body.percentRange"))
        .min(1, msg("body.percentRange"))
        .max(100, msg("body.percentRange"))
        .nullable(),
    ),
    materialsDeadlineDays: z.coerce
      .number({ invalid_type_error: "body.deadlineRange" })
      .int(msg("body.deadlineRange"))
      .min(0, msg("body.deadlineRange"))
      .max(60, msg("body.deadlineRange")),
    signatories: z.enum(signatoryRules, { errorMap: () => msg("field.invalid") }),
  })
  .superRefine((b, ctx) => {
    if (b.quorumRule === "overall_percent" && b.quorumPercent === null)
      ctx.addIssue({ code: "custom", path: ["quorumPercent"], message: "body.percentRequired" });
  });
export type BodySettingsInput = z.output<typeof bodySettingsSchema>;

/** Side rows come from fields side1Name, side1Country … sideNName; rows left entirely blank are ignored. */
export function sideRowsFrom(
  form: FormData | Record<string, unknown>,
): { index: number; raw: Record<string, unknown> }[] {
  const get = (k: string) => (form instanceof FormData ? form.get(k) : form[k]);
  const rows = [];
  for (let i = 1; i <= MAX_SIDES; i++) {
    const raw = {
      id: get(`side${i}Id`) ?? "",
      name: get(`side${i}Name`) ?? "",
      country: get(`side${i}Country`) ?? "",
      organisationId: get(`side${i}OrganisationId`) ?? "",
      workingLanguage: get(`side${i}WorkingLanguage`) ?? "ru",
      timezone: get(`side${i}Timezone`) ?? "",
    };
    if (!raw.id && String(raw.name).trim() === "") continue;
    rows.push({ index: i, raw });
  }
  return rows;
}

export type ParsedBody =
  { ok: true; settings: BodySettingsInput; sides: SideInput[] } | { ok: false; fieldErrors: Record<string, string> };

/** The settings and side rows of the body form, each error under its form field's name. */
export function parseBodyForm(form: FormData | Record<string, unknown>): ParsedBody {
  const fieldErrors: Record<string, string> = {};
  const input = form instanceof FormData ? Object.fromEntries(form) : form;
  const settings = bodySettingsSchema.safeParse(input);
  if (!settings.success) for (const i of settings.error.issues) fieldErrors[String(i.path[0])] ??= i.message;
  const rows = sideRowsFrom(form);
  if (rows.length === 0) fieldErrors.side1Name = "body.sideRequired";
  const sides: SideInput[] = [];
  for (const row of rows) {
    const side = sideSchema.safeParse(row.raw);
    if (side.success) sides.push(side.data);
    else
      for (const i of side.error.issues)
        fieldErrors[`side${row.index}${String(i.path[0])[0]!.toUpperCase()}${String(i.path[0]).slice(1)}`] ??=
          i.message;
  }
  if (Object.keys(fieldErrors).length > 0 || !settings.success) return { ok: false, fieldErrors };
  return { ok: true, settings: settings.data, sides };
}
