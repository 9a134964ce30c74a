// Library amendments and the comparison table (issue 11). Part of en.ts.
import type { libraryAmendmentsRu } from "./library-amendments.ru";

export const libraryAmendmentsEn: Record<keyof typeof libraryAmendmentsRu, string> = {};
