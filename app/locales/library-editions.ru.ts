// Library editions: comparing, exporting, importing, original files, adding (issue 11). Part of ru.ts.
export const libraryEditionsRu = {} as const;
