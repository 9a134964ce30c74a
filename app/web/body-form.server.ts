import { type AppLoadContext } from "@remix-run/node";
import { parseBodyForm, type ParsedBody } from "../lib/body-input";
import { type Translate } from "../lib/i18n";
import { readAnyForm, uploadedFile } from "./uploads.server";

export type BodyFormResult =
  | {
      ok: true;
      parsed: Extract<ParsedBody, { ok: true }>;
      regulation: { name: string; bytes: Uint8Array } | null;
      values: Record<string, string>;
    }
  | { ok: false; fieldErrors: Record<string, string>; values: Record<string, string>; tooLarge?: boolean };

/** Reads the body form (multipart, for the regulation file) and translates its errors. */
export async function readBodyForm(request: Request, context: AppLoadContext, t: Translate): Promise<BodyFormResult> {
  const read = await readAnyForm(request, context);
  if (read.tooLarge) return { ok: false, fieldErrors: { regulation: t("file.tooLarge") }, values: {}, tooLarge: true };
  const form = read.form;
  const values = Object.fromEntries(
    [...form.entries()].filter(([, v]) => typeof v === "string").map(([k, v]) => [k, String(v)]),
  );
  const parsed = parseBodyForm(form);
  if (!parsed.ok)
    return {
      ok: false,
      fieldErrors: Object.fromEntries(
        Object.entries(parsed.fieldErrors).map(([k, v]) => [k, t(v as Parameters<Translate>[0])]),
      ),
      values,
    };
  return { ok: true, parsed, regulation: await uploadedFile(form, "regulation"), values };
}
