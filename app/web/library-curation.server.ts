/**
 * What the library's curation routes share: the document a curator works on (404 for a reader who may not read
 * it, 403 for one who may not curate it), and a submitted form as the values the form shows again when refused.
 */
import type { AppLoadContext } from "@remix-run/node";
import { curatedDocument } from "../../db/library/curation-access";
import type { FormValues } from "~/lib/library/document-input";
import { refusalResponse } from "~/web/access.server";
import { idParam, requireUser } from "~/web/request.server";

export function curation(request: Request, context: AppLoadContext, documentIdParam: string | undefined) {
  const user = requireUser(request, context);
  try {
    return { user, ...curatedDocument(context.services.db, user, idParam(documentIdParam)) };
  } catch (error) {
    throw refusalResponse(error);
  }
}

/** The form's text fields (countries as a list), to show again with its messages. */
export function formValues(form: FormData): FormValues {
  const values: FormValues = {};
  for (const [k, v] of form.entries())
    if (typeof v === "string") values[k] = k === "countries" ? [...((values[k] as string[]) ?? []), v] : v;
  return values;
}

export const formString = (values: FormValues) => (name: string) =>
  typeof values[name] === "string" ? (values[name] as string) : "";

export const formList = (values: FormValues) => (name: string) => {
  const value = values[name];
  return Array.isArray(value) ? value : value ? [value] : [];
};

/** The original files chosen (DOCX, PDF), checked later by their content. */
export async function originalUploads(form: FormData) {
  const originals = [];
  for (const value of form.getAll("originals"))
    if (typeof value !== "string" && value.size > 0)
      originals.push({ name: value.name, bytes: new Uint8Array(await value.arrayBuffer()) });
  return originals;
}
