/**
 * The curation forms of a library document (issue 11's gaps), read and checked: a new edition (its text, its
 * status, the act and day of an adopted one) and the document's details (the catalogue fields of `/library/new`).
 * Pure; every problem is a message key next to its field.
 */
import type { MessageKey } from "../i18n-core";
import { normaliseLine, textProblem } from "../text-rules";
import { readCatalogue, readTextSource, type CatalogueFields, type DocumentFieldErrors } from "./document-input";
import { adoptionProblem } from "./edition-status";

export type FieldErrors = Record<string, MessageKey>;

export interface EditionFields {
  status: "draft" | "adopted";
  adoptedOn: string | null;
  adoptionReference: string;
  pasted: string;
}

export function parseEditionForm(
  get: (name: string) => string,
  hasFile: boolean,
): { ok: true; fields: EditionFields } | { ok: false; errors: FieldErrors } {
  const errors: DocumentFieldErrors & FieldErrors = {};
  const pasted = readTextSource(get, hasFile, errors);
  const status = get("status") || "draft";
  if (status !== "adopted" && status !== "draft") errors.status = "libraryEditions.add.error.status";
  const adoptedOn = get("adoptedOn").trim();
  const adoptionReference = normaliseLine(get("adoptionReference"));
  if (status === "adopted") {
    const problem = adoptionProblem(adoptedOn, adoptionReference);
    if (problem) errors[problem.field!] = problem.key;
  }
  const referenceProblem = textProblem(adoptionReference, "title");
  if (referenceProblem) errors.adoptionReference = referenceProblem;
  if (Object.keys(errors).length > 0) return { ok: false, errors: errors as FieldErrors };
  const adopted = status === "adopted";
  return {
    ok: true,
    fields: {
      status: status as EditionFields["status"],
      adoptedOn: adopted ? adoptedOn : null,
      adoptionReference: adopted ? adoptionReference : "",
      pasted,
    },
  };
}

/**
 * The details form: the catalogue fields, a title now required (the document has one), and «members of the
 * body» only for a document that has a body.
 */
export function parseDetailsForm(
  get: (name: string) => string,
  getAll: (name: string) => string[],
  hasBody: boolean,
): { ok: true; fields: CatalogueFields } | { ok: false; errors: FieldErrors } {
  const errors: DocumentFieldErrors = {};
  const fields = readCatalogue(get, getAll, errors);
  if (!fields.title && !errors.title) errors.title = "field.required";
  if (fields.visibility === "body" && !hasBody) errors.visibility = "libraryCuration.details.error.noBody";
  if (Object.keys(errors).length > 0) return { ok: false, errors: errors as FieldErrors };
  return { ok: true, fields };
}
