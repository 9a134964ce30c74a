// Library editions: comparing, exporting, importing, original files, adding (issue 11). Part of en.ts.
import type { libraryEditionsRu } from "./library-editions.ru";

export const libraryEditionsEn: Record<keyof typeof libraryEditionsRu, string> = {};
