// Library curation: new editions from the browser, edition status, document details (this session). Part of en.ts.
import type { libraryCurationRu } from "./library-curation.ru";

export const libraryCurationEn: Record<keyof typeof libraryCurationRu, string> = {
  "libraryCuration.placeholder": "—",
};
