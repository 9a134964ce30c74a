import { z } from "zod";
import type { MessageKey } from "./i18n-core";
import { parseId } from "./ids";
import { EMAIL_MAX_LENGTH, isSaneDate, normaliseLine, textProblem, type LineKind, type TextKind } from "./text-rules";
import { isLocalDate } from "./zoned-time";

// Zod messages are message keys, translated when shown, so every form error exists in both languages.
const m = (key: MessageKey) => ({ message: key });

export const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, m("field.required"))
  .max(EMAIL_MAX_LENGTH, m("field.emailInvalid"))
  .email(m("field.emailInvalid"));

/** A one-line field of that kind (names, titles …): lengths from the one table, no hidden characters. */
export const lineField = (kind: LineKind, options: { required?: boolean } = {}) =>
  z.string(m("field.invalid")).transform((raw, ctx) => {
    const value = normaliseLine(raw);
    const problem = textProblem(value, kind, options);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
    return value;
  });

/** A multi-line field (a description, an opinion): line breaks kept, length from the table, no NUL. */
export const textField = (kind: Exclude<TextKind, LineKind>, options: { required?: boolean } = {}) =>
  z.string(m("field.invalid")).transform((raw, ctx) => {
    const value = raw.trim();
    const problem = textProblem(value, kind, options);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
    return value;
  });

export const nameField = lineField("name", { required: true });
/** An optional one-line field; absent is the same as empty. */
export const optionalLine = (kind: LineKind = "name") => lineField(kind).default("");
export const localeField = z.enum(["ru", "en"], { errorMap: () => m("field.invalid") });

/** An id as a form sends it: the one canonical spelling (see ids.ts), nothing else. */
export const idField = z.unknown().transform((value, ctx) => {
  const id = parseId(value);
  if (id === null) {
    ctx.addIssue({ code: "custom", message: "field.invalid" });
    return z.NEVER;
  }
  return id;
});
export const optionalIdField = z.preprocess(
  (v) => (v === "" || v === undefined || v === null ? null : v),
  idField.nullable(),
);
export const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

/** A calendar date (YYYY-MM-DD) within the years a meeting or membership may fall in. */
export const dateField = (invalid: MessageKey = "field.invalid") =>
  z
    .string(m(invalid))
    .refine(isLocalDate, m(invalid))
    .refine((d) => !isLocalDate(d) || isSaneDate(d), m("input.dateRange"));

export type FieldErrors = Record<string, MessageKey>;
export type Parsed<T> = { ok: true; data: T } | { ok: false; fieldErrors: FieldErrors };

export function parseForm<S extends z.ZodTypeAny>(
  schema: S,
  form: FormData | Record<string, unknown>,
): Parsed<z.output<S>> {
  const input = form instanceof FormData ? Object.fromEntries([...form.keys()].map((k) => [k, form.get(k)])) : form;
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  const fieldErrors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "form");
    fieldErrors[field] ??= (issue.message.includes(".") ? issue.message : "field.invalid") as MessageKey;
  }
  return { ok: false, fieldErrors };
}
