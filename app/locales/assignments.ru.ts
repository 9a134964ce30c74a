// Decisions, assignments and execution control (issue 10). Part of ru.ts.
export const assignmentsRu = {} as const;
