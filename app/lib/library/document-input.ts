/**
 * The form that adds a library document (issue 11), read and checked: the catalogue fields, the body and who
 * reads it, and where its text comes from. Pure; every problem is a message key next to its field.
 */
import { countryCodes } from "../countries";
import { normaliseLine, textProblem } from "../text-rules";
import { libraryKinds, libraryVisibilities, type EditionStatus, type LibraryKind } from "./kinds";

export const documentLanguages = ["ru", "en", "kk", "ky", "hy", "be", "uz", "tg", "az"] as const;
/** Pasted text beyond this goes as a file (a form field is capped at 256 KB). */
export const MAX_PASTED_CHARS = 100_000;
const MAX_TOPICS = 12;
const MAX_TOPIC_CHARS = 80;

export interface DocumentFields {
  kind: LibraryKind;
  title: string;
  issuer: string;
  adoptionReference: string;
  adoptedOn: string | null;
  countries: string[];
  topics: string[];
  language: string;
  bodyId: number | null;
  visibility: "public" | "partners" | "body";
  status: Extract<EditionStatus, "adopted" | "draft">;
  pasted: string;
}

/** A submitted document form's text fields (countries as a list), shown again with its messages when refused. */
export type FormValues = Record<string, string | string[]>;

export type DocumentFieldErrors = Partial<Record<keyof DocumentFields | "file", string>>;

export const isDate = (s: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  const year = d.getUTCFullYear();
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s) && year >= 1900 && year <= 2100;
};

export type CatalogueFields = Pick<
  DocumentFields,
  "title" | "issuer" | "adoptionReference" | "adoptedOn" | "countries" | "topics" | "language" | "visibility"
>;

/**
 * The catalogue fields every document form has (adding a document, editing its details): each problem is put in
 * `errors` next to its field.
 */
export function readCatalogue(
  get: (name: string) => string,
  getAll: (name: string) => string[],
  errors: DocumentFieldErrors,
): CatalogueFields {
  const line = (name: keyof DocumentFields, kind: "title" | "name", required = false) => {
    const value = normaliseLine(get(name));
    const problem = textProblem(value, kind, { required });
    if (problem) errors[name] = problem;
    return value;
  };
  const title = line("title", "title");
  const issuer = line("issuer", "title");
  const adoptionReference = line("adoptionReference", "title");
  const adoptedOn = get("adoptedOn").trim() || null;
  if (adoptedOn && !isDate(adoptedOn)) errors.adoptedOn = "libraryEditions.add.error.date";
  const countries = [...new Set(getAll("countries"))];
  if (countries.some((c) => !(countryCodes as readonly string[]).includes(c)))
    errors.countries = "libraryEditions.add.error.countries";
  const topics = [
    ...new Set(
      normaliseLine(get("topics"))
        .split(/\s*[,;]\s*/)
        .filter(Boolean),
    ),
  ];
  if (topics.length > MAX_TOPICS || topics.some((t) => t.length > MAX_TOPIC_CHARS || textProblem(t, "name")))
    errors.topics = "libraryEditions.add.error.topics";
  const language = get("language") || "ru";
  if (!(documentLanguages as readonly string[]).includes(language))
    errors.language = "libraryEditions.add.error.language";
  const visibility = get("visibility") as DocumentFields["visibility"];
  if (!libraryVisibilities.includes(visibility)) errors.visibility = "libraryEditions.add.error.visibility";
  return { title, issuer, adoptionReference, adoptedOn, countries, topics, language, visibility };
}

/**
 * Where a form's text comes from: exactly one of a chosen file (`hasFile`) and the pasted text.
 */
export function readTextSource(get: (name: string) => string, hasFile: boolean, errors: DocumentFieldErrors): string {
  const pasted = get("text").replace(/\r\n?/g, "\n").trim();
  if (hasFile && pasted) errors.file = "libraryEditions.add.error.bothTexts";
  else if (!hasFile && !pasted) errors.file = "libraryEditions.add.error.noText";
  else if (pasted.length > MAX_PASTED_CHARS) errors.file = "libraryEditions.add.error.pastedTooLong";
  else if (textProblem(pasted, "shortText") === "input.hiddenCharacters") errors.file = "input.hiddenCharacters";
  return pasted;
}

/**
 * Reads the fields; `hasFile` says a text file was chosen. The text comes from exactly one of the file and
 * the pasted text. A `body` document needs its body; `bodyIds` are the bodies the user may add to.
 */
export function parseDocumentForm(
  get: (name: string) => string,
  getAll: (name: string) => string[],
  hasFile: boolean,
): { ok: true; fields: DocumentFields } | { ok: false; errors: DocumentFieldErrors } {
  const errors: DocumentFieldErrors = {};
  const kind = get("kind") as LibraryKind;
  if (!libraryKinds.includes(kind)) errors.kind = "libraryEditions.add.error.kind";
  // No title: the text's first heading or line, as the import command does.
  const catalogue = readCatalogue(get, getAll, errors);
  const body = get("bodyId");
  const bodyId = /^[1-9]\d{0,9}$/.test(body) ? Number(body) : null;
  if (body && bodyId === null) errors.bodyId = "libraryEditions.add.error.body";
  if (catalogue.visibility === "body" && bodyId === null) errors.bodyId = "libraryEditions.add.error.bodyRequired";
  const status = get("status") || "adopted";
  if (status !== "adopted" && status !== "draft") errors.status = "libraryEditions.add.error.status";
  const pasted = readTextSource(get, hasFile, errors);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, fields: { kind, ...catalogue, bodyId, status: status as "adopted" | "draft", pasted } };
}
