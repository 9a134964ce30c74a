// What a text field may hold: one table of lengths for every form, and the characters refused in names and
// titles. Pure rules; the zod fields in forms.ts and the commands that read free text both use them.

/** The longest value of each kind of field, in characters (UTF-16 code units, as browsers count `maxlength`). */
export const textLimits = {
  /** a person's, organisation's or side's name; a position */
  name: 200,
  /** an organisation's short name */
  shortName: 60,
  /** a body's, agenda item's or material's title; a meeting's place; speakers */
  title: 500,
  /** a description, a reason for declining */
  shortText: 2_000,
  /** a written opinion, a text material, an agenda item's description */
  longText: 50_000,
  /** a link, such as a meeting's video link */
  url: 2_000,
} as const;
export type TextKind = keyof typeof textLimits;

/** An e-mail address: RFC 5321's limit for a path. */
export const EMAIL_MAX_LENGTH = 254;

/** Kinds shown on one line: whitespace runs become one space, and hidden characters are refused. */
export const lineKinds = ["name", "shortName", "title", "url"] as const satisfies readonly TextKind[];
export type LineKind = (typeof lineKinds)[number];

// NUL, and the other C0 controls and DEL: never typed by a person; a NUL breaks C strings and some renderers.
const CONTROL_IN_LINE = /[\u0000-\u001f\u007f]/;
// In multi-line text, tab and line breaks are text.
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
// Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) reorder what a reader sees:
// «Протокол\u202Efdp.exe» reads as «Протоколexe.pdf». No name or title in Russian, English or Kazakh needs them.
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;

export type TextProblem = "field.required" | "input.hiddenCharacters" | `input.tooLong.${TextKind}`;

/** A one-line value as stored: line breaks and tabs (pasted from elsewhere) become spaces, ends trimmed. */
export function normaliseLine(value: string): string {
  return value.replace(/[\t\n\r]+/g, " ").trim();
}

/** What is wrong with an already normalised value of that kind, or null. */
export function textProblem(value: string, kind: TextKind, options: { required?: boolean } = {}): TextProblem | null {
  if (options.required && value.length === 0) return "field.required";
  if (value.length > textLimits[kind]) return `input.tooLong.${kind}`;
  const line = (lineKinds as readonly string[]).includes(kind);
  if ((line ? CONTROL_IN_LINE : CONTROL_IN_TEXT).test(value)) return "input.hiddenCharacters";
  if (line && BIDI_CONTROL.test(value)) return "input.hiddenCharacters";
  return null;
}

/** Years a meeting or a membership may fall in: anything else is a typing slip (or a probe). */
export const DATE_YEARS = { min: 2000, max: 2100 } as const;

/** Whether a calendar date `YYYY-MM-DD` (already known to be one) falls within DATE_YEARS. */
export function isSaneDate(date: string): boolean {
  const year = Number(date.slice(0, 4));
  return /^\d{4}-/.test(date) && year >= DATE_YEARS.min && year <= DATE_YEARS.max;
}
