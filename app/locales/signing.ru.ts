// Finalising and signing protocols (issue 10). Part of ru.ts.
export const signingRu = {} as const;
