/**
 * What an exported file says besides its text: its title, the line at the top of every page, the words of its
 * page numbers, and, for a protocol, the signature page. Every string comes already in the document's language
 * (a protocol's is its body's working language, never the reader's), so the writers translate nothing.
 */
import type { Block } from "./printable";

export interface SignaturePage {
  heading: string;
  /** «Подписи отсутствуют» and the like, when nobody has signed yet. */
  empty: string;
  columns: { name: string; capacity: string; side: string; signedAt: string };
  signatures: { name: string; capacity: string; side: string; signedAt: string }[];
  hashLabel: string;
  sha256: string;
  verifyLabel: string;
  verifyUrl: string;
}

export interface PrintableDocument {
  language: "ru" | "en";
  /** The file's title (PDF metadata, DOCX core properties). */
  title: string;
  /** The heading block repeated on every page: the body, the meeting's number, date and place (or the document). */
  runningHead: string;
  /** «Страница {n} из {total}» with both placeholders. */
  pageLabel: string;
  /**
   * The file's own creation time: the final's time for a protocol, so that the same text and signatures give
   * the same bytes (STACK.md pitfall 26) and /verify can recognise a copy by its SHA-256.
   */
  createdAt: Date;
  blocks: Block[];
  signaturePage?: SignaturePage;
}

export const pageLabelOf = (label: string, n: number, total: number) =>
  label.replace("{n}", String(n)).replace("{total}", String(total));
