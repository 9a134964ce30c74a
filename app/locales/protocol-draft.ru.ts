// The generated protocol draft, its refresh and its named versions. Part of ru.ts.
export const protocolDraftRu = {
  "protocolDraft.refresh": "Обновить сформированные разделы",
} as const;
