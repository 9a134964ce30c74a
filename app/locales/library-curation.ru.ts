// Library curation: new editions from the browser, edition status, document details (this session). Part of ru.ts.
export const libraryCurationRu = {
  "libraryCuration.placeholder": "—",
} as const;
