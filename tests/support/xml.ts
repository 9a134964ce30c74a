import { DOMParser } from "@xmldom/xmldom";

/**
 * Parses XML strictly: every warning, error and fatal error of the parser is collected (a fatal one also throws), and
 * a bare ampersand, which the parser lets through, counts as an error; a test can require none. Used for the Atom
 * feed (issue 12).
 */
export function parseXmlStrictly(xml: string): { doc: Document; errors: string[] } {
  const errors: string[] = [];
  // xmldom 0.8 reads a bare "&" as text without a word; XML 1.0 (2.4) forbids it: checked here.
  const bare = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.exec(xml);
  if (bare) errors.push(`error: a bare "&" at ${bare.index}`);
  const record = (level: string) => (message: unknown) => void errors.push(`${level}: ${String(message)}`);
  let doc: Document;
  try {
    doc = new DOMParser({
      errorHandler: { warning: record("warning"), error: record("error"), fatalError: record("fatal") },
    }).parseFromString(xml, "application/xml") as unknown as Document;
  } catch (error) {
    errors.push(`fatal: ${String(error)}`);
    doc = new DOMParser().parseFromString("<failed/>", "application/xml") as unknown as Document;
  }
  return { doc, errors };
}
