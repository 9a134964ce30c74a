import { z } from "zod";
import type { MessageKey } from "./i18n-core";

// Zod messages are message keys, translated when shown, so every form error exists in both languages.
const m = (key: MessageKey) => ({ message: key });

export const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, m("field.required"))
  .max(254, m("field.emailInvalid"))
  .email(m("field.emailInvalid"));
export const nameField = z.string().trim().min(1, m("field.required")).max(200, m("field.tooLong"));
export const optionalText = (max = 200) => z.string().trim().max(max, m("field.tooLong")).default("");
export const localeField = z.enum(["ru", "en"], { errorMap: () => m("field.invalid") });
export const idField = z.coerce
  .number({ invalid_type_error: "field.invalid" })
  .int(m("field.invalid"))
  .positive(m("field.invalid"));
export const optionalIdField = z.preprocess(
  (v) => (v === "" || v === undefined || v === null ? null : v),
  idField.nullable(),
);
export const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

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
