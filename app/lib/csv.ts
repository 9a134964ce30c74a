// CSV for spreadsheets (RFC 4180 quoting), made for Excel as our users open it: UTF-8 with a byte-order mark (else
// Excel reads Cyrillic as cp1251), CRLF line ends, and a semicolon between cells — the list separator of Excel in
// the Russian and other CIS locales, where a comma-separated file opens as one column.

export const CSV_BOM = "\uFEFF";

/**
 * A cell a spreadsheet would take for a formula (=, +, -, @, or a tab or carriage return before one) is prefixed
 * with an apostrophe, which Excel and LibreOffice show as text (OWASP: CSV injection). Registrants type these
 * values themselves on a public form, and organisers open the file on their own machines.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvValue = string | number | null | undefined;

export function csvCell(value: CsvValue, delimiter = ";"): string {
  if (value === null || value === undefined) return "";
  // Numbers we write ourselves (counts) are numbers, not formulas.
  let text = typeof value === "number" ? String(value) : value;
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  const mustQuote = text.includes('"') || text.includes(delimiter) || /[\r\n]/.test(text) || text !== text.trim();
  return mustQuote ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: the byte-order mark, then one line per row. */
export function csvDocument(rows: readonly (readonly CsvValue[])[], delimiter = ";"): string {
  return CSV_BOM + rows.map((row) => row.map((v) => csvCell(v, delimiter)).join(delimiter)).join("\r\n") + "\r\n";
}
