// Exporting, verifying and circulating protocols (issue 10). Part of ru.ts.
export const protocolExportRu = {} as const;
