/** What a library document is (issue 11). */
export const libraryKinds = [
  "model_law",
  "recommendations",
  "resolution",
  "concept",
  "regulation",
  "report",
  "agreement",
  "other",
] as const;
export type LibraryKind = (typeof libraryKinds)[number];

/** Who reads it: anyone; every signed-in user (partners and members of any body); the members of its body. */
export const libraryVisibilities = ["public", "partners", "body"] as const;
export type LibraryVisibility = (typeof libraryVisibilities)[number];

export const editionStatuses = ["draft", "adopted", "superseded"] as const;
export type EditionStatus = (typeof editionStatuses)[number];

/** The decision on an amendment in the comparison table («сравнительная таблица»). */
export const amendmentDecisions = ["accepted", "accepted_in_part", "rejected"] as const;
export type AmendmentDecision = (typeof amendmentDecisions)[number];

/** The original files an edition may carry. */
export const originalFormats = ["docx", "pdf"] as const;
export type OriginalFormat = (typeof originalFormats)[number];
