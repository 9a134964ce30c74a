// The live protocol editor: toolbar, presence, saving, comments, close messages. Part of en.ts.
import type { protocolEditorRu } from "./protocol-editor.ru";

export const protocolEditorEn: Record<keyof typeof protocolEditorRu, string> = {
  "protocolEditor.saved": "Everything is saved on the server",
};
