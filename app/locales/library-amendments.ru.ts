// Library amendments and the comparison table (issue 11). Part of ru.ts.
export const libraryAmendmentsRu = {} as const;
