// The live protocol editor: toolbar, presence, saving, comments, close messages. Part of ru.ts.
export const protocolEditorRu = {
  "protocolEditor.saved": "Все изменения сохранены на сервере",
} as const;
